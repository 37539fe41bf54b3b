import { and, desc, eq, isNotNull } from 'drizzle-orm'
import type { Database } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { versions } from '../../db/schema'
import type { Version } from '../../shared/versions'

/** A version to save: the edition's state as committed, named by a member. */
export interface NewVersion {
  id: string
  editionId: string
  name: string
  authorId: string
  authorName: string
  state: Uint8Array
}

/** The saved versions of the editions: their list, their facts, their publication. */
export class VersionStore {
  constructor(private readonly database: Database) {}

  /** An edition's versions, newest first. */
  async list(editionId: string): Promise<Version[]> {
    const rows = await this.database.db
      .select({
        id: versions.id,
        name: versions.name,
        authorName: versions.authorName,
        createdAt: versions.createdAt,
        publishedAt: versions.publishedAt,
      })
      .from(versions)
      .where(eq(versions.editionId, editionId))
      .orderBy(desc(versions.createdAt), desc(versions.id))
    return rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    }))
  }

  async save(version: NewVersion): Promise<void> {
    await this.database.db
      .insert(versions)
      .values({ ...version, createdAt: new Date(), state: Buffer.from(version.state) })
  }

  /** A version's name and when it was published, if the edition has it. */
  async facts(
    editionId: string,
    versionId: string,
  ): Promise<{ name: string; publishedAt: Date | null } | undefined> {
    const [row] = await this.database.db
      .select({ name: versions.name, publishedAt: versions.publishedAt })
      .from(versions)
      .where(and(eq(versions.editionId, editionId), eq(versions.id, versionId)))
    return row
  }

  /** The edition's published versions, the latest first. */
  published(
    editionId: string,
  ): Promise<Array<{ id: string; name: string; publishedAt: Date | null }>> {
    return this.database.db
      .select({ id: versions.id, name: versions.name, publishedAt: versions.publishedAt })
      .from(versions)
      .where(and(eq(versions.editionId, editionId), isNotNull(versions.publishedAt)))
      .orderBy(desc(versions.publishedAt))
  }

  /** The version in force: the latest published, or null if none ever was. */
  async latestPublished(
    editionId: string,
  ): Promise<{ versionId: string; versionName: string; publishedAt: Date } | null> {
    const [row] = await this.database.db
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

  /** The saved state of version `versionId` (a Yjs update), if the edition has it. */
  async state(editionId: string, versionId: string): Promise<Uint8Array | null> {
    const [row] = await this.database.db
      .select({ state: versions.state })
      .from(versions)
      .where(and(eq(versions.editionId, editionId), eq(versions.id, versionId)))
    return row ? new Uint8Array(row.state) : null
  }

  /**
   * Publishes version `versionId` with the rows `alongside` makes for its
   * moment (the change notices), in one transaction. The latest published
   * version is in force; the earlier ones stay listed as such; two
   * publications never share a millisecond. False if there is no such version.
   */
  async publish(
    editionId: string,
    versionId: string,
    alongside: (at: Date) => Promise<RowWrite[]>,
  ): Promise<boolean> {
    const { db } = this.database
    if (!(await this.facts(editionId, versionId))) return false
    const [latest] = await db
      .select({ at: versions.publishedAt })
      .from(versions)
      .where(and(eq(versions.editionId, editionId), isNotNull(versions.publishedAt)))
      .orderBy(desc(versions.publishedAt))
      .limit(1)
    const at = new Date(Math.max(Date.now(), (latest?.at?.getTime() ?? 0) + 1))
    const publish = rowWrite(
      db
        .update(versions)
        .set({ publishedAt: at })
        .where(and(eq(versions.editionId, editionId), eq(versions.id, versionId))),
    )
    await this.database.client.batch([publish, ...(await alongside(at))], 'write')
    return true
  }
}
