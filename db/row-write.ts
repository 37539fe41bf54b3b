import type { InArgs, InStatement } from '@libsql/client'

/**
 * Rows that belong with a change of a document (a registration, a
 * directory entry's participation, a member's claim on a client id):
 * made by a feature's store, written by the document storage in the same
 * transaction as the change, so that neither lands without the other.
 */
export type RowWrite = InStatement

/** A drizzle query as a row write, to commit with a document's change. */
export const rowWrite = (query: { toSQL(): { sql: string; params: unknown[] } }): RowWrite => {
  const { sql, params } = query.toSQL()
  return { sql, args: params as InArgs }
}
