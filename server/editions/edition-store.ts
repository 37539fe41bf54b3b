import { asc, count, eq, isNull, ne, or } from 'drizzle-orm'
import type { Database } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { editions } from '../../db/schema'

export type EditionRow = typeof editions.$inferSelect

/** The editions' rows: which exist, which are records, and a new one's row. */
export class EditionStore {
  constructor(private readonly database: Database) {}

  /** Every edition, oldest first. */
  all(): Promise<EditionRow[]> {
    return this.database.db
      .select()
      .from(editions)
      .orderBy(asc(editions.createdAt), asc(editions.id))
  }

  async any(): Promise<boolean> {
    const [existing] = await this.database.db.select({ n: count() }).from(editions)
    return (existing?.n ?? 0) > 0
  }

  async exists(id: string): Promise<boolean> {
    const [row] = await this.database.db
      .select({ id: editions.id })
      .from(editions)
      .where(eq(editions.id, id))
    return row !== undefined
  }

  /** Whether edition `id` is a record (read-only); undefined if there is no such edition. */
  async isRecord(id: string): Promise<boolean | undefined> {
    const [row] = await this.database.db
      .select({ readOnly: editions.readOnly })
      .from(editions)
      .where(eq(editions.id, id))
    return row?.readOnly
  }

  /** The ids of the editions not yet checked for the text layout `layout`, oldest first. */
  async uncheckedFor(layout: string): Promise<string[]> {
    const rows = await this.database.db
      .select({ id: editions.id })
      .from(editions)
      .where(or(isNull(editions.textLayout), ne(editions.textLayout, layout)))
      .orderBy(asc(editions.createdAt), asc(editions.id))
    return rows.map((row) => row.id)
  }

  /** Records that edition `id` lacks none of the texts of `layout`. */
  async checkedFor(id: string, layout: string): Promise<void> {
    await this.database.db.update(editions).set({ textLayout: layout }).where(eq(editions.id, id))
  }

  /** The row of a new edition, to write with its document's first snapshot. */
  newRow(edition: { id: string; docName: string; readOnly: boolean }, now: Date): RowWrite {
    return rowWrite(this.database.db.insert(editions).values({ ...edition, createdAt: now }))
  }
}
