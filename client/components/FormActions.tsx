import { type Component, For, Show } from 'solid-js'
import type { Theme } from '../../shared/doc/edition'
import { useI18n } from '../i18n'
import { workshopLabel } from '../meetings/format'

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

/** A proposal's theme: none, or one of the edition's workshops. `''` is no theme. */
export const ThemeSelect: Component<{
  id?: string
  testid: string
  workshops: readonly Theme[]
  value: string
  onChange: (themeId: string) => void
}> = (props) => {
  const { t, locale } = useI18n()
  return (
    <select
      id={props.id}
      data-testid={props.testid}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
    >
      <option value="">{t().proposals.noTheme}</option>
      <For each={props.workshops}>
        {(theme) => (
          <option value={theme.id}>
            {workshopLabel(theme.id, props.workshops, locale(), t())}
          </option>
        )}
      </For>
    </select>
  )
}
