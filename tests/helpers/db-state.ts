import type { Database } from '../../db'

/** A fingerprint of what the database holds of all documents: rows and bytes. */
export async function storedState(database: Database): Promise<string> {
  const result = await database.client.execute(`
    SELECT
      (SELECT count(*) FROM document_updates) AS updates,
      (SELECT coalesce(sum(length("update")), 0) FROM document_updates) AS update_bytes,
      (SELECT count(*) FROM documents) AS snapshots,
      (SELECT coalesce(sum(length(snapshot)), 0) FROM documents) AS snapshot_bytes`)
  return JSON.stringify(result.rows[0])
}
