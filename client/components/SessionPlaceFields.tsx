import { type Component, createMemo, createSignal, For } from 'solid-js'
import {
  DEFAULT_SESSION_MINUTES,
  type EditionSnapshot,
  type Room,
  SLOT_MINUTES,
} from '../../shared/doc/edition'
import { formatDay } from '../edition/format'
import { pickText } from '../edition/list'
import { START_TIMES } from '../features/programme/grid-layout'
import { useI18n } from '../i18n'
import { editionDays } from '../proposals/format'

/**
 * Where and when a session goes: its day, start, duration and room, each
 * field reporting its value to the caller. Test ids are
 * `${testIdPrefix}-day`, `-start`, `-duration` and `-room`.
 */
export const SessionPlaceFields: Component<{
  testIdPrefix: string
  days: readonly string[]
  rooms: readonly Room[]
  day: string
  start: string
  duration: number
  /** `''` for no room. */
  roomId: string
  onDay: (day: string) => void
  onStart: (start: string) => void
  onDuration: (minutes: number) => void
  /** `''` for no room. */
  onRoom: (roomId: string) => void
  disabled?: boolean
  /** Report the duration once committed (`change`) rather than as typed (`input`): for live edits. */
  durationOnChange?: boolean
}> = (props) => {
  const { t, locale } = useI18n()
  return (
    <>
      <label class="select-field">
        <span class="field-label">{t().edition.editor.day}</span>
        <select
          data-testid={`${props.testIdPrefix}-day`}
          disabled={props.disabled}
          value={props.day}
          onChange={(event) => props.onDay(event.currentTarget.value)}
        >
          <For each={props.days}>
            {(each) => <option value={each}>{formatDay(each, locale(), 'tab')}</option>}
          </For>
        </select>
      </label>
      <label class="select-field">
        <span class="field-label">{t().edition.editor.start}</span>
        <select
          data-testid={`${props.testIdPrefix}-start`}
          disabled={props.disabled}
          value={props.start}
          onChange={(event) => props.onStart(event.currentTarget.value)}
        >
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
      <label class="select-field wide">
        <span class="field-label">{t().edition.editor.room}</span>
        <select
          data-testid={`${props.testIdPrefix}-room`}
          disabled={props.disabled}
          value={props.roomId}
          onChange={(event) => props.onRoom(event.currentTarget.value)}
        >
          <option value="">{t().edition.noRoom}</option>
          <For each={props.rooms}>
            {(room) => <option value={room.id}>{pickText(room.name, locale()).main}</option>}
          </For>
        </select>
      </label>
    </>
  )
}

/** Where a new session goes, as a form chooses it: at first the edition's first day at 09:00, the default length, no room. */
export function createSessionPlace(edition: EditionSnapshot) {
  const days = createMemo(() => editionDays(edition))
  const rooms = () => [...edition.rooms].sort((a, b) => a.position - b.position)
  const [day, setDay] = createSignal(days()[0] ?? '')
  const [start, setStart] = createSignal('09:00')
  const [duration, setDuration] = createSignal(DEFAULT_SESSION_MINUTES)
  const [roomId, setRoomId] = createSignal('')
  return {
    days,
    rooms,
    day,
    setDay,
    start,
    setStart,
    duration,
    setDuration,
    roomId,
    setRoomId,
    /** The place chosen, as the edition's changes take it. */
    value: () => ({
      day: day(),
      start: start(),
      durationMinutes: duration(),
      roomId: roomId() || null,
    }),
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
    start={props.place.start()}
    duration={props.place.duration()}
    roomId={props.place.roomId()}
    onDay={props.place.setDay}
    onStart={props.place.setStart}
    onDuration={props.place.setDuration}
    onRoom={props.place.setRoomId}
  />
)
