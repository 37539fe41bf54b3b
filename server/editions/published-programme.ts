import { and, desc, eq, isNotNull } from 'drizzle-orm'
import * as Y from 'yjs'
import type { Database } from '../../db'
import { versions } from '../../db/schema'
import { type EditionSnapshot, readEdition } from '../../shared/doc/edition'
import type { ProgrammeEntities } from '../../shared/versions'

/** The edition held by a stored state (a named version's). */
export function snapshotOf(state: Uint8Array): EditionSnapshot {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    return readEdition(doc).value
  } finally {
    doc.destroy()
  }
}

/** What a published version shows: the programme, never the suggestions or registrations. */
export function programmeEntities(edition: EditionSnapshot): ProgrammeEntities {
  const { meta, rooms, themes, sessions, persons, collectivites } = edition
  return { meta, rooms, themes, sessions, persons, collectivites }
}

export interface PublishedProgrammeRow {
  versionId: string
  versionName: string
  publishedAt: Date
  entities: ProgrammeEntities
}

/**
 * The edition's programme as last published (the latest publication is in
 * force), or null if it has never been published.
 */
export async function latestPublished(
  database: Database,
  editionId: string,
): Promise<PublishedProgrammeRow | null> {
  const [row] = await database.db
    .select()
    .from(versions)
    .where(and(eq(versions.editionId, editionId), isNotNull(versions.publishedAt)))
    .orderBy(desc(versions.publishedAt))
    .limit(1)
  if (!row?.publishedAt) return null
  return {
    versionId: row.id,
    versionName: row.name,
    publishedAt: row.publishedAt,
    entities: programmeEntities(snapshotOf(new Uint8Array(row.state))),
  }
}
