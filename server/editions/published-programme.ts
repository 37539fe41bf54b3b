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

export interface PublishedVersion {
  versionId: string
  versionName: string
  publishedAt: Date
}

/**
 * The version in force as the edition's published programme (the latest
 * publication), or null if it has never been published. Its state is not
 * read: `versionEntities` does that, when a cached file will not do.
 */
export async function latestPublishedVersion(
  database: Database,
  editionId: string,
): Promise<PublishedVersion | null> {
  const [row] = await database.db
    .select({
      versionId: versions.id,
      versionName: versions.name,
      publishedAt: versions.publishedAt,
    })
    .from(versions)
    .where(and(eq(versions.editionId, editionId), isNotNull(versions.publishedAt)))
    .orderBy(desc(versions.publishedAt))
    .limit(1)
  if (!row?.publishedAt) return null
  return { ...row, publishedAt: row.publishedAt }
}

/** The programme a version holds. */
export async function versionEntities(
  database: Database,
  versionId: string,
): Promise<ProgrammeEntities> {
  const [row] = await database.db
    .select({ state: versions.state })
    .from(versions)
    .where(eq(versions.id, versionId))
  if (!row) throw new Error(`version ${versionId} is gone`)
  return programmeEntities(snapshotOf(new Uint8Array(row.state)))
}

/** The edition's programme as last published, or null if it has never been. */
export async function latestPublished(
  database: Database,
  editionId: string,
): Promise<(PublishedVersion & { entities: ProgrammeEntities }) | null> {
  const published = await latestPublishedVersion(database, editionId)
  if (!published) return null
  return { ...published, entities: await versionEntities(database, published.versionId) }
}
