import { type Accessor, batch, createMemo, createSignal } from 'solid-js'
import { createStore, reconcile } from 'solid-js/store'
import type * as Y from 'yjs'
import {
  computeWarnings,
  countUntranslated,
  EditionError,
  type EditionSnapshot,
  type EditionWarning,
  type Lang,
  observeEdition,
  type ReadProblem,
  readEdition,
  readLocalizedText,
  spliceLocalizedText,
  type TextPath,
  type UntranslatedCount,
} from '../../shared/doc/edition'
import type { TextDelta } from '../../shared/doc/text-change'
import { diffText } from '../../shared/doc/text-change'
import { type AccessCheck, connectDoc, type DocConnection, type SharedText } from './session'
import { createUndoHistory, type UndoHistory } from './undo'

export interface EditionSession {
  connection: DocConnection
  /** The edition as plain values, kept fine-grained so the grid redraws only what changed. */
  edition: EditionSnapshot
  problems: Accessor<ReadProblem[]>
  warnings: Accessor<EditionWarning[]>
  untranslated: Accessor<UntranslatedCount>
  /** The origin of this browser's own edits, for the mutators. */
  origin: symbol
  /** Undo and redo of this browser's edits, mutators and typing alike. */
  history: UndoHistory
  /**
   * Runs a mutator on the document with this browser's origin; returns the
   * reason it was refused (bad input, an entry deleted meanwhile), or null.
   */
  edit(change: (doc: Y.Doc, origin: symbol) => void): string | null
  /** One language of one text, for a text field to bind to. */
  text(path: TextPath, lang: Lang): SharedText
  destroy(): void
}

/** A delta turning `before` into `after`: enough to keep a caret in place. */
function deltaBetween(before: string, after: string): TextDelta {
  const splice = diffText(before, after)
  if (!splice) return []
  return [{ retain: splice.index }, { delete: splice.remove }, { insert: splice.insert }].filter(
    (step) => (step.retain ?? step.delete ?? step.insert?.length ?? 0) > 0,
  )
}

/**
 * Joins the document `docName` of an edition and turns its changes into
 * Solid state; `checkAccess` as for `connectDoc`.
 */
export function createEditionSession(
  serverUrl: string,
  docName: string,
  checkAccess: AccessCheck | null = null,
): EditionSession {
  const connection = connectDoc(serverUrl, docName, checkAccess)
  const { doc } = connection
  const origin = Symbol('local edit')
  // Text splices carry `origin` too, so typing is undone with the rest.
  const history = createUndoHistory(doc, origin)

  const first = readEdition(doc)
  const [snapshot, setSnapshot] = createSignal(first.value)
  const [problems, setProblems] = createSignal(first.problems)
  const [edition, setEdition] = createStore<EditionSnapshot>(structuredClone(first.value))
  // One change, seen whole: a view that appears because the problems
  // cleared (the first sync) must find the edition already there.
  const stop = observeEdition(doc, () => {
    const next = readEdition(doc)
    batch(() => {
      setSnapshot(next.value)
      setProblems(next.problems)
      setEdition(reconcile(structuredClone(next.value), { key: 'id' }))
    })
  })
  const warnings = createMemo(() => computeWarnings(snapshot()))
  const untranslated = createMemo(() => countUntranslated(snapshot()))

  return {
    connection,
    edition,
    problems,
    warnings,
    untranslated,
    origin,
    history,
    edit(change) {
      try {
        history.step(() => change(doc, origin))
        return null
      } catch (error) {
        if (error instanceof EditionError) return error.message
        throw error
      }
    },
    text(path, lang) {
      return {
        read: () => readLocalizedText(doc, path, lang),
        splice: (splice) => spliceLocalizedText(doc, path, lang, splice, origin),
        // Watching the whole edition rather than one Y.Text also catches a
        // text that someone else creates after this field was bound.
        onRemoteChange(listener) {
          let shown = readLocalizedText(doc, path, lang)
          return observeEdition(doc, (changeOrigin) => {
            const text = readLocalizedText(doc, path, lang)
            if (changeOrigin === origin) {
              shown = text
              return
            }
            if (text === shown) return
            const delta = deltaBetween(shown, text)
            shown = text
            listener({ text, delta, origin: changeOrigin })
          })
        },
      }
    },
    destroy() {
      stop()
      history.destroy()
      connection.destroy()
    },
  }
}
