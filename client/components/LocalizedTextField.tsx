import { type Component, onCleanup, onMount, Show } from 'solid-js'
import type { Lang, TextPath } from '../../shared/doc/edition'
import { useI18n } from '../i18n'
import type { EditionSession } from '../sync/edition-session'
import { bindTextarea } from '../sync/text-binding'
import { UNDO_SCOPE_EDITION } from '../sync/undo'

/** One language of one content text, bound live to the document so that typists merge. */
export const LocalizedTextField: Component<{
  session: EditionSession
  path: TextPath
  lang: Lang
  value: string
  required: boolean
  rows: number
  readOnly: boolean
  testId: string
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const { t } = useI18n()
  let textarea: HTMLTextAreaElement | undefined
  const id = `field-${props.testId}`
  onMount(() => {
    if (!textarea) return
    onCleanup(bindTextarea(textarea, props.session.text(props.path, props.lang)))
  })
  const missing = () => props.required && props.value.trim() === ''
  return (
    <div class="text-field" classList={{ missing: missing() }} data-lang={props.lang}>
      <label for={id} class="field-label">
        {t().edition.editor.lang[props.lang]}
        <Show when={props.lang === 'en'}>
          <span class="muted"> ({t().edition.editor.optional})</span>
        </Show>
        <Show when={missing()}>
          <span class="missing" data-testid={`${props.testId}-missing`}>
            {t().edition.missingTranslation}
          </span>
        </Show>
      </label>
      <textarea
        id={id}
        ref={textarea}
        lang={props.lang}
        rows={props.rows}
        readOnly={props.readOnly}
        data-testid={props.testId}
        data-undo-scope={UNDO_SCOPE_EDITION}
        spellcheck={false}
        onFocus={() => props.onEditingChange(true)}
        onBlur={() => props.onEditingChange(false)}
      />
    </div>
  )
}
