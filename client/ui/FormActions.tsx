import { type Component, Show } from 'solid-js'

/**
 * The end of a committee's small form (convert, accept…): why the last
 * try was refused, if it was, then its submit and cancel buttons.
 */
export const FormActions: Component<{
  /** Why the last try was refused, already in words; nothing when it went. */
  refused: string | null
  submit: string
  submitTestid: string
  disabled?: boolean
  cancel: string
  onCancel: () => void
}> = (props) => (
  <>
    <Show when={props.refused}>
      {(message) => (
        <p class="notice" role="alert">
          {message()}
        </p>
      )}
    </Show>
    <div class="button-row">
      <button
        type="submit"
        class="btn primary"
        data-testid={props.submitTestid}
        disabled={props.disabled}
      >
        {props.submit}
      </button>
      <button type="button" class="btn" onClick={() => props.onCancel()}>
        {props.cancel}
      </button>
    </div>
  </>
)
