import { type Component, createEffect, onCleanup, Show } from 'solid-js'
import { observeEdition } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { deletedSession } from './deleted-session'
import { editorMessages } from './editor-messages'

/**
 * "Session deleted — Undo", once this browser deletes a session: Undo is the
 * history's own, which brings the session back whole (texts, rooms, people).
 * It goes once any later edit of one's own would make Undo undo that instead.
 */
export const DeletedSessionNotice: Component<{ session: EditionSession }> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(editorMessages)
  const [notice, setNotice] = deletedSession(props.session)
  const gone = () => {
    const deleted = notice()
    if (!deleted) return null
    return props.session.edition.sessions.some((each) => each.id === deleted.id) ? null : deleted
  }
  let undoButton: HTMLButtonElement | undefined

  createEffect(() => {
    if (!notice()) return
    const { doc } = props.session.connection
    const stop = observeEdition(doc, (origin) => {
      if (origin === props.session.origin) setNotice(null)
    })
    onCleanup(stop)
  })
  // The editor that held the focus is gone: the notice takes it, Undo at hand.
  createEffect(() => {
    if (gone()) undoButton?.focus()
  })

  const undo = () => {
    props.session.history.undo()
    setNotice(null)
  }

  return (
    <Show when={gone()}>
      {(deleted) => (
        <div class="deleted-notice" role="status" data-testid="deleted-notice">
          <span>{m().deleted(pickText(deleted().title, locale()).main || m().untitled)}</span>
          <button
            ref={undoButton}
            type="button"
            class="btn primary"
            data-testid="undo-delete"
            onClick={undo}
          >
            {m().undoDelete}
          </button>
          <button
            type="button"
            class="btn icon"
            aria-label={m().dismiss}
            title={m().dismiss}
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        </div>
      )}
    </Show>
  )
}
