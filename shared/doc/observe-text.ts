import type * as Y from 'yjs'
import type { TextDelta } from './text-change'

/** A change to a shared text, in plain values. */
export interface TextChange {
  text: string
  delta: TextDelta
  /** The origin of the transaction that made the change. */
  origin: unknown
}

/** Calls `listener` after each change to `text`; returns the function that stops it. */
export function observeText(text: Y.Text, listener: (change: TextChange) => void): () => void {
  const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    // Kaigi writes plain text only: an embed (which no Kaigi client writes) counts as nothing.
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
