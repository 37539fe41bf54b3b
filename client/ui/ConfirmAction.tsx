import { type Component, createSignal, Show } from 'solid-js'

/** A button for an action that cannot be undone: it asks `question` first, in place. */
export const ConfirmAction: Component<{
  label: string
  question: string
  confirm: string
  cancel: string
  /** The first button's test id; the confirming one's is `confirm-<testId>`. */
  testId: string
  disabled?: boolean
  onConfirm: () => void
}> = (props) => {
  const [asking, setAsking] = createSignal(false)
  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class="btn danger"
          data-testid={props.testId}
          disabled={props.disabled}
          onClick={() => setAsking(true)}
        >
          {props.label}
        </button>
      }
    >
      <span class="confirm" role="alert">
        <span>{props.question}</span>
        <button
          type="button"
          class="btn danger"
          data-testid={`confirm-${props.testId}`}
          onClick={() => {
            setAsking(false)
            props.onConfirm()
          }}
        >
          {props.confirm}
        </button>
        <button type="button" class="btn" onClick={() => setAsking(false)}>
          {props.cancel}
        </button>
      </span>
    </Show>
  )
}
