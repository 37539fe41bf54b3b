import { type Component, createEffect, onCleanup, Show } from 'solid-js'
import { Header } from '../../app/Header'
import { useI18n } from '../../lib/i18n'
import { docNameFromUrl } from '../../sync/doc-name'
import { createSyncSession, syncUrlFor } from '../../sync/session'
import { notesAccessCheck } from '../access/access-check'
import { InvalidDocument } from './InvalidDocument'
import { Workspace } from './Workspace'

/** The shared notes of `?doc=<name>` (or `/doc/<name>`). */
export const NotesPage: Component = () => {
  const target = docNameFromUrl(new URL(window.location.href))
  const session = target.valid
    ? createSyncSession(syncUrlFor(window.location), target.docName, notesAccessCheck())
    : null
  onCleanup(() => session?.destroy())
  useI18n()
  createEffect(() => {
    document.title = `Kaigi · ${target.docName}`
  })
  return (
    <>
      <Header status={session ? session.status() : null} />
      <Show when={session} fallback={<InvalidDocument docName={target.docName} />}>
        {(live) => <Workspace session={live()} />}
      </Show>
    </>
  )
}
