import { type Component, createSignal, For, Show } from 'solid-js'
import { type Room, updateRoom, type Venue } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { roomsMessages } from './rooms-messages'

const MAX_CAPACITY = 1_000_000

/** A capacity as typed: null for an empty field, undefined for something that is not one. */
function parseCapacity(value: string): number | null | undefined {
  if (value.trim() === '') return null
  const seats = Number(value)
  return Number.isInteger(seats) && seats >= 1 && seats <= MAX_CAPACITY ? seats : undefined
}

/** A room's capacity, booths and venue. */
export const RoomFacts: Component<{
  session: EditionSession
  room: Room
  venues: Venue[]
  readOnly: boolean
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(roomsMessages)
  const [badCapacity, setBadCapacity] = createSignal(false)
  const id = props.room.id
  const update = (patch: Parameters<typeof updateRoom>[2]) =>
    props.onError(props.session.edit((doc, origin) => updateRoom(doc, id, patch, origin)))
  const changeCapacity = (input: HTMLInputElement) => {
    const capacity = parseCapacity(input.value)
    setBadCapacity(capacity === undefined)
    if (capacity !== undefined) update({ capacity })
  }
  return (
    <div class="room-facts">
      <label class="select-field">
        <span class="field-label">{t().capacity}</span>
        <input
          type="number"
          min="1"
          step="1"
          inputMode="numeric"
          data-testid={`room-${id}-capacity`}
          value={props.room.capacity ?? ''}
          readOnly={props.readOnly}
          aria-invalid={badCapacity()}
          aria-describedby={
            badCapacity() ? `room-${id}-capacity-error` : `room-${id}-capacity-hint`
          }
          onChange={(event) => changeCapacity(event.currentTarget)}
        />
        <Show
          when={badCapacity()}
          fallback={
            <span id={`room-${id}-capacity-hint`} class="muted hint">
              {t().capacityHint}
            </span>
          }
        >
          <span id={`room-${id}-capacity-error`} class="field-error" role="alert">
            {t().capacityInvalid}
          </span>
        </Show>
      </label>
      <label class="check-field">
        <input
          type="checkbox"
          data-testid={`room-${id}-booths`}
          checked={props.room.booths}
          disabled={props.readOnly}
          onChange={(event) => update({ booths: event.currentTarget.checked })}
        />
        <span>{t().booths}</span>
      </label>
      <label class="select-field">
        <span class="field-label">{t().venue}</span>
        <select
          data-testid={`room-${id}-venue`}
          value={props.room.venueId ?? ''}
          disabled={props.readOnly}
          onChange={(event) => update({ venueId: event.currentTarget.value || null })}
        >
          <option value="" selected={props.room.venueId === null}>
            {t().noVenue}
          </option>
          <For each={props.venues}>
            {(venue) => (
              <option value={venue.id} selected={venue.id === props.room.venueId}>
                {pickText(venue.name, locale()).main || t().untitledVenue}
              </option>
            )}
          </For>
        </select>
      </label>
    </div>
  )
}
