import { type Component, For } from 'solid-js'
import { type Room, SLOT_MINUTES } from '../../shared/doc/edition'
import { formatDay } from '../edition/format'
import { START_TIMES } from '../edition/grid-layout'
import { pickText } from '../edition/list'
import { useI18n } from '../i18n'

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
