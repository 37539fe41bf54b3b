import { createSignal, type Signal } from 'solid-js'
import type { Id, LocalizedText } from '../../../shared/doc/edition'
import type { EditionSession } from '../../sync/edition-session'

/** A session this browser just deleted, for the notice that offers to undo it. */
export interface DeletedSession {
  id: Id
  title: LocalizedText
}

// One per edition joined: the editor that deletes closes at once, the notice
// shown by the edition's page outlives it.
const deleted = new WeakMap<EditionSession, Signal<DeletedSession | null>>()

/** The session last deleted in `session` by this browser, while its undo is still at hand. */
export function deletedSession(session: EditionSession): Signal<DeletedSession | null> {
  let signal = deleted.get(session)
  if (!signal) {
    signal = createSignal<DeletedSession | null>(null)
    deleted.set(session, signal)
  }
  return signal
}
