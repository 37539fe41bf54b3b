import { type Component, Show } from 'solid-js'
import { useI18n } from '../i18n'

/** What an editing panel says above its fields: read-only, or why the last change was refused. */
export const EditNotices: Component<{ readOnly: boolean; error: string | null }> = (props) => {
  const { t } = useI18n()
  return (
    <>
      <Show when={props.readOnly}>
        <p class="notice">{t().edition.editor.readOnly}</p>
      </Show>
      <Show when={props.error}>
        {(message) => <p class="notice">{t().edition.editor.refused(message())}</p>}
      </Show>
    </>
  )
}
