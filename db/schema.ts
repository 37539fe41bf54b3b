import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * One row per synced document: its compacted state. A document is its
 * snapshot followed by its rows in `document_updates`, in id order.
 */
export const documents = sqliteTable('documents', {
  name: text('name').primaryKey(),
  snapshot: blob('snapshot', { mode: 'buffer' }).notNull(),
  compactedAt: integer('compacted_at', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * The update log: every accepted Yjs update, appended before it is applied
 * and relayed. Compaction folds a document's rows into its snapshot.
 */
export const documentUpdates = sqliteTable(
  'document_updates',
  {
    id: integer('id').primaryKey(),
    docName: text('doc_name').notNull(),
    update: blob('update', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('document_updates_doc_name_id').on(table.docName, table.id)],
)

/**
 * The editions (one Rencontres each). What an edition says (title, city,
 * dates, programme) lives in its Yjs document, `docName`; this row makes it
 * listable and is where access rules attach.
 */
export const editions = sqliteTable('editions', {
  id: text('id').primaryKey(),
  docName: text('doc_name').notNull().unique(),
  /** A past edition kept as a record: listed, never edited. */
  readOnly: integer('read_only', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
})
