import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import {
  type Day,
  DEFAULT_DAY_BOUNDS,
  DEFAULT_SESSION_MINUTES,
  type EditionSnapshot,
  editionDays,
  type Id,
  type Room,
  SLOT_MINUTES,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { formatDay } from '../../lib/times'
import { editorMessages } from './editor-messages'
import { START_TIMES } from './grid-layout'
import { type SessionRooms, SessionRoomsField } from './SessionRoomsField'

/** A day a session may go on, with the label the committee gave it. */
export type PlaceDay = Pick<Day, 'id' | 'label'>

/**
 * The days a session may go on: the edition's, and `ownDay` too when it lies
 * outside them (a session left on a day the dates no longer reach).
 */
export function placeDays(
  edition: Pick<EditionSnapshot, 'meta' | 'days'>,
  ownDay: string | null = null,
): PlaceDay[] {
  const days: PlaceDay[] = editionDays(edition)
  if (ownDay !== null && !days.some((day) => day.id === ownDay)) {
    days.push({ id: ownDay, label: { fr: '', ja: '', en: '' } })
    days.sort((a, b) => (a.id < b.id ? -1 : 1))
  }
  return days
}

/**
 * Where and when a session goes: its day (or no slot yet), start, duration
 * and rooms, each field reporting its value to the caller. Test ids are
 * `${testIdPrefix}-day`, `-start`, `-duration`, `-room` and `-room-<id>`.
 */
export const SessionPlaceFields: Component<{
  testIdPrefix: string
  days: readonly PlaceDay[]
  /** In the grid's order. */
  rooms: readonly Room[]
  /** Null: no slot yet. */
  day: string | null
  start: string | null
  duration: number
  roomIds: readonly Id[]
  allRooms: boolean
  /** Null: no slot yet. */
  onDay: (day: string | null) => void
  onStart: (start: string) => void
  onDuration: (minutes: number) => void
  onRooms: (rooms: SessionRooms) => void
  disabled?: boolean
  /** Report the duration once committed (`change`) rather than as typed (`input`): for live edits. */
  durationOnChange?: boolean
}> = (props) => {
  const { t, locale } = useI18n()
  const m = useCatalogue(editorMessages)
  const dayName = (day: PlaceDay) => {
    const label = pickText(day.label, locale()).main
    const date = formatDay(day.id, locale(), 'tab')
    return label ? `${date} · ${label}` : date
  }
  return (
    <>
      <label class="select-field">
        <span class="field-label">{t().edition.editor.day}</span>
        <select
          data-testid={`${props.testIdPrefix}-day`}
          disabled={props.disabled}
          value={props.day ?? ''}
          onChange={(event) => props.onDay(event.currentTarget.value || null)}
        >
          <option value="">{m().noSlot}</option>
          <For each={props.days}>{(day) => <option value={day.id}>{dayName(day)}</option>}</For>
        </select>
      </label>
      <label class="select-field">
        <span class="field-label">{t().edition.editor.start}</span>
        <select
          data-testid={`${props.testIdPrefix}-start`}
          disabled={props.disabled || props.day === null}
          value={props.start ?? ''}
          onChange={(event) => props.onStart(event.currentTarget.value)}
        >
          <Show when={props.start === null}>
            <option value="">—</option>
          </Show>
          <For each={START_TIMES}>{(time) => <option value={time}>{time}</option>}</For>
        </select>
      </label>
      <label class="select-field">
        <span class="field-label">{t().edition.editor.duration}</span>
        <input
          type="number"
          min={SLOT_MINUTES}
          step={SLOT_MINUTES}
          data-testid={`${props.testIdPrefix}-duration`}
          disabled={props.disabled}
          value={props.duration}
          onInput={(event) => {
            if (!props.durationOnChange) props.onDuration(Number(event.currentTarget.value))
          }}
          onChange={(event) => {
            if (props.durationOnChange) props.onDuration(Number(event.currentTarget.value))
          }}
        />
      </label>
      <SessionRoomsField
        testIdPrefix={props.testIdPrefix}
        rooms={props.rooms}
        roomIds={props.roomIds}
        allRooms={props.allRooms}
        disabled={props.disabled}
        onRooms={props.onRooms}
      />
    </>
  )
}

/** The edition's rooms in the grid's order. */
export const gridRooms = (edition: Pick<EditionSnapshot, 'rooms'>): Room[] =>
  [...edition.rooms].sort((a, b) => a.position - b.position)

/**
 * Where a new session goes, as a form chooses it: at first the edition's
 * first day at its opening hour, the default length, no room; or no slot yet.
 */
export function createSessionPlace(edition: EditionSnapshot) {
  const days = createMemo(() => placeDays(edition))
  const first = days()[0]
  const [day, setDay] = createSignal<string | null>(first?.id ?? null)
  const [start, setStart] = createSignal<string>(DEFAULT_DAY_BOUNDS.start)
  const [duration, setDuration] = createSignal(DEFAULT_SESSION_MINUTES)
  const [rooms, setRooms] = createSignal<SessionRooms>({ roomIds: [], allRooms: false })
  return {
    days,
    rooms: () => gridRooms(edition),
    day,
    setDay,
    start,
    setStart,
    duration,
    setDuration,
    chosenRooms: rooms,
    setRooms,
    /** The place chosen, as the edition's changes take it: no day means no time either. */
    value: () => {
      const chosenDay = day()
      return {
        day: chosenDay,
        start: chosenDay === null ? null : start(),
        durationMinutes: duration(),
        ...rooms(),
      }
    },
  }
}
export type SessionPlace = ReturnType<typeof createSessionPlace>

/** The fields of a place made by `createSessionPlace`. */
export const NewSessionPlaceFields: Component<{ place: SessionPlace; testIdPrefix: string }> = (
  props,
) => (
  <SessionPlaceFields
    testIdPrefix={props.testIdPrefix}
    days={props.place.days()}
    rooms={props.place.rooms()}
    day={props.place.day()}
    start={props.place.day() === null ? null : props.place.start()}
    duration={props.place.duration()}
    roomIds={props.place.chosenRooms().roomIds}
    allRooms={props.place.chosenRooms().allRooms}
    onDay={props.place.setDay}
    onStart={props.place.setStart}
    onDuration={props.place.setDuration}
    onRooms={props.place.setRooms}
  />
)
