import { type Component, onCleanup, onMount, Show } from 'solid-js'
import type { Lang, TextPath } from '../../shared/doc/edition'
import { useI18n } from '../lib/i18n'
import type { EditionSession } from '../sync/edition-session'
import { bindTextarea } from '../sync/text-binding'
import { UNDO_SCOPE_EDITION } from '../sync/undo'
import './localized-text.css'

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
    if (!GROWS_BY_ITSELF) growWithText(textarea)
  })
  const missing = () => props.required && props.value.trim() === ''
  return (
    <div
      class="text-field"
      classList={{ missing: missing(), empty: props.value.trim() === '' }}
      data-lang={props.lang}
    >
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
        style={{ '--rows': props.rows }}
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

/** Whether the browser sizes a text box to its text (`field-sizing: content`, app/base.css). */
const GROWS_BY_ITSELF = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content')

/**
 * Where the browser cannot, the box is made as tall as its text whenever
 * it is typed in or changed by another typist.
 */
function growWithText(textarea: HTMLTextAreaElement): void {
  const fit = () => {
    textarea.style.height = 'auto'
    textarea.style.height = `${textarea.scrollHeight + 2}px`
  }
  textarea.addEventListener('input', fit)
  // A remote edit sets the value without an input event; a frame later covers it.
  const observer = new MutationObserver(() => requestAnimationFrame(fit))
  observer.observe(textarea, { attributes: true, childList: true, characterData: true })
  requestAnimationFrame(fit)
  onCleanup(() => {
    textarea.removeEventListener('input', fit)
    observer.disconnect()
  })
}
