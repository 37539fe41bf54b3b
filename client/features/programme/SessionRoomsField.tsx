import { type Component, createSignal, For, Show } from 'solid-js'
import type { Id, Room } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { editorMessages } from './editor-messages'

/** The rooms of a session, as the place fields report them. */
export interface SessionRooms {
  roomIds: Id[]
  allRooms: boolean
}

// The select's values besides a room's id; ids never hold these characters.
const SEVERAL = ':several'
const ALL = ':all'

/**
 * Where a session is held: no room, one room, several (checkboxes in the
 * grid's order) or all of them. The select's test id is `${testIdPrefix}-room`,
 * each checkbox's `${testIdPrefix}-room-<roomId>`.
 */
export const SessionRoomsField: Component<{
  testIdPrefix: string
  /** In the grid's order. */
  rooms: readonly Room[]
  roomIds: readonly Id[]
  allRooms: boolean
  disabled?: boolean
  onRooms: (rooms: SessionRooms) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const m = useCatalogue(editorMessages)
  // Choosing "several" with one room or none shows the checkboxes before a second is ticked.
  const [several, setSeveral] = createSignal(false)
  const own = () =>
    props.rooms.filter((room) => props.roomIds.includes(room.id)).map((room) => room.id)
  const choice = () => {
    if (props.allRooms) return ALL
    if (several() || own().length > 1) return SEVERAL
    return own()[0] ?? ''
  }
  const choose = (value: string) => {
    setSeveral(value === SEVERAL)
    if (value === ALL) props.onRooms({ roomIds: own(), allRooms: true })
    else if (value !== SEVERAL) props.onRooms({ roomIds: value ? [value] : [], allRooms: false })
    // "Several" from all rooms keeps the rooms it had; from one or none, it only shows the boxes.
    else if (props.allRooms) props.onRooms({ roomIds: own(), allRooms: false })
  }
  const toggle = (roomId: Id, checked: boolean) => {
    const ids = new Set(own())
    if (checked) ids.add(roomId)
    else ids.delete(roomId)
    const roomIds = props.rooms.filter((room) => ids.has(room.id)).map((room) => room.id)
    props.onRooms({ roomIds, allRooms: false })
  }
  const name = (room: Room) => pickText(room.name, locale()).main || room.id

  return (
    <>
      <label class="select-field wide">
        <span class="field-label">{t().edition.editor.room}</span>
        <select
          data-testid={`${props.testIdPrefix}-room`}
          disabled={props.disabled}
          value={choice()}
          onChange={(event) => choose(event.currentTarget.value)}
        >
          <option value="">{t().edition.noRoom}</option>
          <For each={props.rooms}>{(room) => <option value={room.id}>{name(room)}</option>}</For>
          <option value={SEVERAL}>{m().severalRooms}</option>
          <option value={ALL}>{m().allRooms}</option>
        </select>
      </label>
      <Show when={choice() === SEVERAL}>
        <fieldset class="room-checks wide" data-testid={`${props.testIdPrefix}-rooms`}>
          <legend class="field-label">{m().roomsOfSession}</legend>
          <For each={props.rooms}>
            {(room) => (
              <label class="room-check">
                <input
                  type="checkbox"
                  data-testid={`${props.testIdPrefix}-room-${room.id}`}
                  disabled={props.disabled}
                  checked={own().includes(room.id)}
                  onChange={(event) => toggle(room.id, event.currentTarget.checked)}
                />
                <span>{name(room)}</span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
    </>
  )
}
