import { type Component, Show } from 'solid-js'
import { useI18n } from '../lib/i18n'
import { ReadOnlyReason } from '../lib/read-only'

/** What an editing panel says above its fields: why it is read-only, or why the last change was refused. */
export const EditNotices: Component<{ readOnly: ReadOnlyReason | null; error: string | null }> = (
  props,
) => {
  const { t } = useI18n()
  return (
    <>
      <Show when={props.readOnly}>
        {(reason) => (
          <p class="notice" data-testid="edit-notice" data-reason={reason()}>
            {reason() === ReadOnlyReason.Viewer
              ? t().edition.editor.viewerReadOnly
              : t().edition.editor.readOnly}
          </p>
        )}
      </Show>
      <Show when={props.error}>
        {(message) => <p class="notice">{t().edition.editor.refused(message())}</p>}
      </Show>
    </>
  )
}
