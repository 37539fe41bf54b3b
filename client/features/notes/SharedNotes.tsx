import { type Component, onCleanup, onMount } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import type { SharedText } from '../../sync/session'
import { bindTextarea } from '../../sync/text-binding'

export const SharedNotes: Component<{
  text: SharedText
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const { t } = useI18n()
  let textarea: HTMLTextAreaElement | undefined
  onMount(() => {
    if (!textarea) return
    const unbind = bindTextarea(textarea, props.text)
    onCleanup(unbind)
  })
  return (
    <section class="notes panel">
      <label class="panel-title" for="notes">
        {t().notesLabel}
      </label>
      <textarea
        id="notes"
        ref={textarea}
        data-testid="notes"
        spellcheck={false}
        placeholder={t().notesPlaceholder}
        onFocus={() => props.onEditingChange(true)}
        onBlur={() => props.onEditingChange(false)}
      />
    </section>
  )
}
