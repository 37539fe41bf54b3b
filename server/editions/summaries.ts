import * as Y from 'yjs'
import { isEditionInitialized, readEditionMeta } from '../../shared/doc/edition'
import { type EditionSummary, EditionSummarySchema } from '../../shared/editions'
import type { Logger } from '../logger'
import { applyStored, type DocStore, type DocumentRecords, type StoredDoc } from '../sync/doc-store'

/**
 * Each edition's summary, decoded again only when its document has changed:
 * listing the editions reads two numbers per edition, not every document.
 */
export class SummaryCache {
  private readonly known = new Map<string, { stamp: string; summary: EditionSummary | null }>()

  constructor(
    private readonly store: DocStore,
    private readonly records: DocumentRecords,
    private readonly log: Logger,
  ) {}

  /**
   * The summary of `docName`; null, and logged once per change, for a
   * document that cannot be read: one damaged edition must not keep its
   * owner from the list of all the others.
   */
  async of(docName: string): Promise<EditionSummary | null> {
    const stamp = await this.records.stamp(docName)
    const known = this.known.get(docName)
    if (known?.stamp === stamp) return known.summary
    // A failing database is an error of the request; only the decoding is the document's.
    const stored = await this.store.load(docName)
    let summary: EditionSummary | null = null
    try {
      summary = summarize(stored)
    } catch (error) {
      this.log.error({ err: error, docName }, 'edition document unreadable: listed without summary')
    }
    this.known.set(docName, { stamp, summary })
    return summary
  }
}

/** The edition's metadata as committed, or null if its document has none that is valid. */
function summarize(stored: StoredDoc): EditionSummary | null {
  const doc = new Y.Doc()
  try {
    applyStored(doc, stored)
    if (!isEditionInitialized(doc)) return null
    const parsed = EditionSummarySchema.safeParse(readEditionMeta(doc).value)
    return parsed.success ? parsed.data : null
  } finally {
    doc.destroy()
  }
}
