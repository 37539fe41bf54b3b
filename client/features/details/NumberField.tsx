import { type Component, createSignal, Show } from 'solid-js'

/**
 * A whole number of the edition's details, written when it leaves the field.
 * A value out of bounds is refused in place, its reason beside it, and
 * nothing is written; with `emptyMeansUnknown`, an empty field writes null.
 */
export const NumberField: Component<{
  label: string
  testId: string
  value: number | null
  min: number
  max: number
  invalid: string
  readOnly: boolean
  emptyMeansUnknown?: boolean
  onChange: (value: number | null) => void
}> = (props) => {
  const [bad, setBad] = createSignal(false)
  const errorId = () => `${props.testId}-error`
  const change = (input: HTMLInputElement) => {
    const typed = input.value.trim()
    // The browser reads "-" or "1e" as empty while the field shows them: those are no blank.
    if (typed === '' && !input.validity.badInput && props.emptyMeansUnknown) {
      setBad(false)
      props.onChange(null)
      return
    }
    const value = Number(typed)
    const valid =
      typed !== '' &&
      !input.validity.badInput &&
      Number.isInteger(value) &&
      value >= props.min &&
      value <= props.max
    setBad(!valid)
    if (valid) props.onChange(value)
  }
  return (
    <label class="select-field narrow">
      <span class="field-label">{props.label}</span>
      <input
        type="number"
        min={props.min}
        max={props.max}
        step="1"
        data-testid={props.testId}
        value={props.value ?? ''}
        readOnly={props.readOnly}
        aria-invalid={bad()}
        aria-describedby={bad() ? errorId() : undefined}
        onChange={(event) => change(event.currentTarget)}
      />
      <Show when={bad()}>
        <span id={errorId()} class="field-error" role="alert">
          {props.invalid}
        </span>
      </Show>
    </label>
  )
}
