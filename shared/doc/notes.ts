import type * as Y from 'yjs'
import type { TextDelta, TextSplice } from './text-change'

/** The key of the shared notes text in a document. */
const NOTES_KEY = 'notes'

/** The document's shared free-text notes, the text the first page edits. */
export function notesText(doc: Y.Doc): Y.Text {
  return doc.getText(NOTES_KEY)
}

/** The notes as a plain string. */
export function readNotes(doc: Y.Doc): string {
  return notesText(doc).toString()
}

/** Applies `splice` to the notes in one transaction tagged with `origin`. */
export function spliceNotes(doc: Y.Doc, splice: TextSplice, origin: unknown): void {
  const text = notesText(doc)
  doc.transact(() => {
    if (splice.remove > 0) text.delete(splice.index, splice.remove)
    if (splice.insert.length > 0) text.insert(splice.index, splice.insert)
  }, origin)
}

/** A change to the notes, in plain values. */
export interface NotesChange {
  text: string
  delta: TextDelta
  /** The origin of the transaction that made the change. */
  origin: unknown
}

/** Calls `listener` after each change to the notes; returns the function that stops it. */
export function observeNotes(doc: Y.Doc, listener: (change: NotesChange) => void): () => void {
  const text = notesText(doc)
  const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    // The notes hold plain text only: an embed (which no Kaigi client writes) counts as nothing.
    const delta: TextDelta = event.delta.map((step) =>
      step.insert !== undefined
        ? { insert: typeof step.insert === 'string' ? step.insert : '' }
        : step.delete !== undefined
          ? { delete: step.delete }
          : { retain: step.retain ?? 0 },
    )
    listener({ text: text.toString(), delta, origin: transaction.origin })
  }
  text.observe(observer)
  return () => text.unobserve(observer)
}
