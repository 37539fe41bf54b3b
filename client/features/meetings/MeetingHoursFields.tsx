import { type Component, createSignal, createUniqueId, Show } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { type HoursProblem, hoursProblem } from './hours'
import { meetingMessages } from './meeting-messages'
import './meetings.css'

/** Five minutes, the programme's grid: the time pickers step by it. */
const STEP_SECONDS = 300

/**
 * A meeting's start and end, on the edition's clocks. An end not after its
 * start is refused with a reason and nothing is written; emptied, an end
 * reads as unknown. `onChange` returns why the document refused, or null.
 */
export const MeetingHoursFields: Component<{
  start: string | null
  end: string | null
  testIdPrefix: string
  disabled?: boolean
  onChange: (hours: { start: string | null; end: string | null }) => string | null
}> = (props) => {
  const { t } = useI18n()
  const m = useCatalogue(meetingMessages)
  const [problem, setProblem] = createSignal<HoursProblem | null>(null)
  const [refused, setRefused] = createSignal<string | null>(null)
  let startInput: HTMLInputElement | undefined
  let endInput: HTMLInputElement | undefined
  const change = () => {
    const start = startInput?.value ?? ''
    const end = endInput?.value ?? ''
    const found = hoursProblem(start, end)
    setProblem(found)
    if (found) {
      setRefused(null)
      return
    }
    setRefused(props.onChange({ start: start || null, end: end || null }))
  }
  const errorId = createUniqueId()
  const invalid = () => problem() !== null || refused() !== null
  return (
    <div class="meeting-hours-fields">
      <label class="select-field">
        <span class="field-label">{m().start}</span>
        <input
          ref={startInput}
          type="time"
          step={STEP_SECONDS}
          value={props.start ?? ''}
          disabled={props.disabled}
          aria-invalid={invalid()}
          aria-describedby={invalid() ? errorId : undefined}
          data-testid={`${props.testIdPrefix}-start`}
          onChange={change}
        />
      </label>
      <label class="select-field">
        <span class="field-label">{m().end}</span>
        <input
          ref={endInput}
          type="time"
          step={STEP_SECONDS}
          value={props.end ?? ''}
          disabled={props.disabled}
          aria-invalid={invalid()}
          aria-describedby={invalid() ? errorId : undefined}
          data-testid={`${props.testIdPrefix}-end`}
          onChange={change}
        />
      </label>
      <Show when={problem() ?? refused()}>
        <p
          class="field-error"
          id={errorId}
          role="alert"
          data-testid={`${props.testIdPrefix}-hours-error`}
        >
          {problem()
            ? m().hoursProblem[problem() as HoursProblem]
            : t().edition.editor.refused(refused() ?? '')}
        </p>
      </Show>
      <p class="muted hint">{m().hoursHint}</p>
    </div>
  )
}
