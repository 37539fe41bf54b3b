import type * as Y from 'yjs'
import { observeText, type TextChange } from './observe-text'
import type { TextSplice } from './text-change'

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
export type NotesChange = TextChange

/** Calls `listener` after each change to the notes; returns the function that stops it. */
export function observeNotes(doc: Y.Doc, listener: (change: NotesChange) => void): () => void {
  return observeText(notesText(doc), listener)
}
