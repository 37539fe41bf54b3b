import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { documents, documentUpdates } from '../../db/schema'
import type { DocStore, PendingUpdate, StoredDoc } from './doc-store'

// SQLite allows 32,766 bound parameters per statement; 4 per row.
const ROWS_PER_INSERT = 4000

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** The DocStore over libSQL: `documents` holds snapshots, `document_updates` the log. */
export class LibsqlDocStore implements DocStore {
  constructor(private readonly db: Db) {}

  async load(docName: string): Promise<StoredDoc> {
    const [snapshotRows, updateRows] = await this.db.batch([
      this.db
        .select({ snapshot: documents.snapshot })
        .from(documents)
        .where(eq(documents.name, docName)),
      this.db
        .select({ update: documentUpdates.update })
        .from(documentUpdates)
        .where(eq(documentUpdates.docName, docName))
        .orderBy(asc(documentUpdates.id)),
    ])
    return {
      snapshot: snapshotRows[0]?.snapshot ?? null,
      updates: updateRows.map((row) => row.update),
    }
  }

  async append(updates: readonly PendingUpdate[]): Promise<void> {
    if (updates.length === 0) return
    const createdAt = new Date()
    const rows = updates.map((pending) => ({
      docName: pending.docName,
      update: asBuffer(pending.update),
      createdAt,
    }))
    const [first, ...rest] = chunk(rows, ROWS_PER_INSERT).map((part) =>
      this.db.insert(documentUpdates).values(part),
    )
    if (first) await this.db.batch([first, ...rest])
  }

  async compact(docName: string, snapshot: Uint8Array): Promise<void> {
    const row = { name: docName, snapshot: asBuffer(snapshot), compactedAt: new Date() }
    await this.db.batch([
      this.db
        .insert(documents)
        .values(row)
        .onConflictDoUpdate({
          target: documents.name,
          set: { snapshot: row.snapshot, compactedAt: row.compactedAt },
        }),
      this.db.delete(documentUpdates).where(eq(documentUpdates.docName, docName)),
    ])
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = []
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size))
  return parts
}
