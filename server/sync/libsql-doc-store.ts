import type { InArgs, InStatement, Row } from '@libsql/client'
import { and, asc, eq, getTableName, gt, inArray, lte, max, sql } from 'drizzle-orm'
import type { Database, Db } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { activity, documentClients, documents, documentUpdates } from '../../db/schema'
import type { ActivityRecord } from '../../shared/activity'
import type { DocStore, DocumentRecords, PendingUpdate, StoredDoc, StoredSince } from './doc-store'

// SQLite allows 32,766 bound parameters per statement: 3 per update row,
// 14 per activity row (one update may touch a thousand entities).
export const ROWS_PER_INSERT = 4000
export const ACTIVITY_ROWS_PER_UPSERT = 2000

/**
 * The log append is the hot path of every edit. Drizzle's query builder
 * costs about 7 µs a row there, more than SQLite's own insert, so the
 * statement is written once from the drizzle schema's names and its rows are
 * bound directly. One multi-row INSERT is one atomic statement.
 */
const insertUpdates = (rowCount: number): string =>
  `INSERT INTO "${getTableName(documentUpdates)}" ("${documentUpdates.docName.name}", "${documentUpdates.update.name}", "${documentUpdates.createdAt.name}") VALUES ${'(?, ?, ?), '.repeat(rowCount - 1)}(?, ?, ?)`

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** The DocStore over libSQL: `documents` holds snapshots, `document_updates` the log. */
export class LibsqlDocStore implements DocStore, DocumentRecords {
  private readonly db: Db

  private readonly selectSnapshot: string
  private readonly selectUpdates: string
  private readonly selectClients: string
  private readonly selectSnapshotAfter: string
  private readonly selectUpdatesAfter: string

  constructor(private readonly database: Database) {
    this.db = database.db
    // Stryker disable next-line StringLiteral: equivalent, libSQL binds the placeholders by position.
    const name = sql.placeholder('name')
    // Stryker disable next-line StringLiteral: equivalent, as above.
    const after = sql.placeholder('after')
    this.selectSnapshot = this.db
      .select({ snapshot: documents.snapshot, through: documents.compactedThrough })
      .from(documents)
      .where(eq(documents.name, name))
      .toSQL().sql
    // Log rows a snapshot folds are skipped: they are pruned after the
    // compaction, a few at a time, and some may still be there.
    const foldedThrough = sql`coalesce((SELECT ${documents.compactedThrough} FROM ${documents} WHERE ${documents.name} = ${name}), 0)`
    this.selectUpdates = this.db
      .select({ update: documentUpdates.update, id: documentUpdates.id })
      .from(documentUpdates)
      .where(and(eq(documentUpdates.docName, name), gt(documentUpdates.id, foldedThrough)))
      .orderBy(asc(documentUpdates.id))
      .toSQL().sql
    this.selectSnapshotAfter = this.db
      .select({ snapshot: documents.snapshot, through: documents.compactedThrough })
      .from(documents)
      .where(and(eq(documents.name, name), gt(documents.compactedThrough, after)))
      .toSQL().sql
    this.selectUpdatesAfter = this.db
      .select({ update: documentUpdates.update, id: documentUpdates.id })
      .from(documentUpdates)
      .where(
        and(
          eq(documentUpdates.docName, name),
          gt(documentUpdates.id, sql`max(${after}, ${foldedThrough})`),
        ),
      )
      .orderBy(asc(documentUpdates.id))
      .toSQL().sql
    this.selectClients = this.db
      .select({ clientId: documentClients.clientId, personId: documentClients.personId })
      .from(documentClients)
      .where(eq(documentClients.docName, name))
      .toSQL().sql
  }

  async load(docName: string): Promise<StoredDoc> {
    // Like the append, the first load of a room reads through prepared SQL:
    // the result mapping of drizzle's batch cost more than the read itself.
    const [snapshotRows, updateRows, clientRows] = await this.database.client.batch(
      [
        { sql: this.selectSnapshot, args: [docName] },
        { sql: this.selectUpdates, args: [docName, docName] },
        { sql: this.selectClients, args: [docName] },
      ],
      'read',
    )
    return {
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, libSQL's batch answers one result per statement; the fallback only satisfies the type of an indexed read.
      ...readSince(snapshotRows?.rows ?? [], updateRows?.rows ?? [], 0),
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, as above.
      clientOwners: (clientRows?.rows ?? []).map((row) => [
        Number(row[0]),
        row[1] === null ? null : String(row[1]),
      ]),
    }
  }

  async loadSince(docName: string, through: number): Promise<StoredSince> {
    // One read transaction: the snapshot and the rows are of the same moment.
    const [snapshotRows, updateRows] = await this.database.client.batch(
      [
        { sql: this.selectSnapshotAfter, args: [docName, through] },
        { sql: this.selectUpdatesAfter, args: [docName, through, docName] },
      ],
      'read',
    )
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, libSQL's batch answers one result per statement; the fallback only satisfies the type of an indexed read.
    return readSince(snapshotRows?.rows ?? [], updateRows?.rows ?? [], through)
  }

  async append(updates: readonly PendingUpdate[]): Promise<void> {
    // Stryker disable next-line ConditionalExpression: equivalent, an empty batch writes nothing; this only spares its transaction.
    if (updates.length === 0) return
    const createdAt = Date.now()
    const statements: InStatement[] = []
    for (let start = 0; start < updates.length; start += ROWS_PER_INSERT) {
      const part = updates.slice(start, start + ROWS_PER_INSERT)
      const args = []
      for (const pending of part) args.push(pending.docName, asBuffer(pending.update), createdAt)
      statements.push({ sql: insertUpdates(part.length), args })
    }
    const records = latestRecords(updates)
    for (let start = 0; start < records.length; start += ACTIVITY_ROWS_PER_UPSERT) {
      statements.push(this.upsertActivity(records.slice(start, start + ACTIVITY_ROWS_PER_UPSERT)))
    }
    for (const pending of updates) statements.push(...(pending.statements ?? []))
    await this.database.write(statements)
  }

  /** New activity entries, and the open ones as they now stand. */
  private upsertActivity(records: readonly ActivityRecord[]): InStatement {
    const excluded = (column: { name: string }) => sql.raw(`excluded."${column.name}"`)
    const { sql: text, params } = this.db
      .insert(activity)
      .values([...records])
      .onConflictDoUpdate({
        target: activity.id,
        set: {
          action: excluded(activity.action),
          fields: excluded(activity.fields),
          label: excluded(activity.label),
          lastAt: excluded(activity.lastAt),
          changes: excluded(activity.changes),
        },
      })
      .toSQL()
    return { sql: text, args: params as InArgs }
  }

  /**
   * What changes whenever the document does: its last compaction and its
   * last logged update (ids only grow; compaction moves them into the snapshot).
   */
  async stamp(docName: string): Promise<string> {
    const [snapshot] = await this.db
      .select({ at: documents.compactedAt })
      .from(documents)
      .where(eq(documents.name, docName))
    const [last] = await this.db
      .select({ id: max(documentUpdates.id) })
      .from(documentUpdates)
      .where(eq(documentUpdates.docName, docName))
    // An aggregate without GROUP BY always answers one row: `last` is there, its id null for an empty log.
    // Stryker disable next-line OptionalChaining: equivalent, as said above.
    return `${snapshot?.at.getTime() ?? 0}/${last?.id ?? 0}`
  }

  /** Whether anything is stored under `docName`: a snapshot or a logged update. */
  async holds(docName: string): Promise<boolean> {
    const [snapshot] = await this.db
      .select({ name: documents.name })
      .from(documents)
      .where(eq(documents.name, docName))
    if (snapshot) return true
    const [update] = await this.db
      .select({ id: documentUpdates.id })
      .from(documentUpdates)
      .where(eq(documentUpdates.docName, docName))
      .limit(1)
    return update !== undefined
  }

  /**
   * Stores the first snapshots of new documents with `rows`, the rows that
   * come with them (an edition's, its owner's), in one transaction: a
   * crash never leaves a document without its rows, or rows without it.
   */
  async create(
    first: ReadonlyArray<{ docName: string; snapshot: Uint8Array }>,
    rows: readonly RowWrite[] = [],
  ): Promise<void> {
    const now = new Date()
    const snapshots = first.map(({ docName, snapshot }) =>
      rowWrite(
        this.db
          .insert(documents)
          .values({ name: docName, snapshot: asBuffer(snapshot), compactedAt: now }),
      ),
    )
    // The rows first: a document's may name them, never the reverse.
    await this.database.client.batch([...rows, ...snapshots], 'write')
  }

  async compact(docName: string, snapshot: Uint8Array, through?: number): Promise<void> {
    // Without `through`, this process is the document's only writer and the
    // snapshot holds every row logged so far: the last of them is the bound.
    const bound =
      through ??
      sql`max((SELECT coalesce(max(${documentUpdates.id}), 0) FROM ${documentUpdates} WHERE ${documentUpdates.docName} = ${docName}), (SELECT coalesce(max(${documents.compactedThrough}), 0) FROM ${documents} WHERE ${documents.name} = ${docName}))`
    const row = {
      name: docName,
      snapshot: asBuffer(snapshot),
      compactedAt: new Date(),
      compactedThrough: bound,
    }
    // The compare-and-set: a snapshot replaces the stored one only if it
    // folds more of the log. Another process's compaction that got further
    // meanwhile stays. From here on, loads skip the rows it folds.
    await this.db
      .insert(documents)
      .values(row)
      .onConflictDoUpdate({
        target: documents.name,
        set: {
          snapshot: row.snapshot,
          compactedAt: row.compactedAt,
          compactedThrough: sql`excluded.${sql.identifier(documents.compactedThrough.name)}`,
        },
        setWhere: sql`excluded.${sql.identifier(documents.compactedThrough.name)} >= ${documents.compactedThrough}`,
      })
  }

  async pruneFolded(docName: string, limit: number): Promise<number> {
    const folded = this.db
      .select({ id: documentUpdates.id })
      .from(documentUpdates)
      .where(
        and(
          eq(documentUpdates.docName, docName),
          lte(
            documentUpdates.id,
            sql`(SELECT ${documents.compactedThrough} FROM ${documents} WHERE ${documents.name} = ${docName})`,
          ),
        ),
      )
      .orderBy(asc(documentUpdates.id))
      .limit(limit)
    const result = await this.db.delete(documentUpdates).where(inArray(documentUpdates.id, folded))
    return result.rowsAffected
  }
}

/**
 * A read's snapshot (columns: snapshot, through) and log rows (update, id),
 * with the last log id they hold: at least `after`, the point they were read from.
 */
function readSince(
  snapshotRows: readonly Row[],
  updateRows: readonly Row[],
  after: number,
): StoredSince {
  const [snapshotRow] = snapshotRows
  const snapshot = snapshotRow?.[0]
  let through = Math.max(after, Number(snapshotRow?.[1] ?? 0))
  const updates: Uint8Array[] = []
  for (const row of updateRows) {
    updates.push(new Uint8Array(row[0] as ArrayBuffer))
    through = Math.max(through, Number(row[1]))
  }
  return {
    snapshot: snapshot instanceof ArrayBuffer ? new Uint8Array(snapshot) : null,
    updates,
    through,
  }
}

/** Each record once, as the last update of the batch left it. */
function latestRecords(updates: readonly PendingUpdate[]): ActivityRecord[] {
  const byId = new Map<string, ActivityRecord>()
  for (const pending of updates) {
    for (const record of pending.activity ?? []) byId.set(record.id, record)
  }
  return [...byId.values()]
}
