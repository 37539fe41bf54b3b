import * as Y from 'yjs'
import type { Database } from '../../db'
import { type EditionSnapshot, readEdition } from '../../shared/doc/edition'
import type { ProgrammeEntities } from '../../shared/versions'
import { FileCache } from '../exports/file-cache'
import { VersionStore } from '../versions/version-store'

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
 * read: a `VersionReader` does that, once.
 */
export async function latestPublishedVersion(
  database: Database,
  editionId: string,
): Promise<PublishedVersion | null> {
  return new VersionStore(database).latestPublished(editionId)
}

/**
 * Saved versions as plain values, decoded once each: a version's state never
 * changes once saved, while decoding it takes the server's thread for as long
 * as the edition is large, so a loop reading the public programme must not
 * decode it again and again. Kept as JSON text, whose size bounds the cache
 * (the least recently read goes first) and which the public programme sends
 * as it is.
 */
export class VersionReader {
  private readonly texts: FileCache
  private readonly decoding = new Map<string, Promise<string | null>>()

  private readonly versions: VersionStore

  constructor(database: Database, maxBytes: number) {
    this.texts = new FileCache(maxBytes)
    this.versions = new VersionStore(database)
  }

  /** The version's edition as JSON, or null if the edition has no such version. */
  snapshotJson(editionId: string, versionId: string): Promise<string | null> {
    return this.once(`snapshot/${editionId}/${versionId}`, async () => {
      const state = await this.versions.state(editionId, versionId)
      return state ? JSON.stringify(snapshotOf(state)) : null
    })
  }

  /** What the version shows the public, as JSON: its programme alone. */
  programmeJson(editionId: string, versionId: string): Promise<string | null> {
    return this.once(`programme/${editionId}/${versionId}`, async () => {
      const snapshot = await this.snapshot(editionId, versionId)
      return snapshot && JSON.stringify(programmeEntities(snapshot))
    })
  }

  async snapshot(editionId: string, versionId: string): Promise<EditionSnapshot | null> {
    const text = await this.snapshotJson(editionId, versionId)
    return text === null ? null : (JSON.parse(text) as EditionSnapshot)
  }

  async entities(editionId: string, versionId: string): Promise<ProgrammeEntities | null> {
    const text = await this.programmeJson(editionId, versionId)
    return text === null ? null : (JSON.parse(text) as ProgrammeEntities)
  }

  /** Readers asking at the same moment for a text not yet kept wait for one decode. */
  private once(key: string, make: () => Promise<string | null>): Promise<string | null> {
    const kept = this.texts.get(key)
    if (typeof kept === 'string') return Promise.resolve(kept)
    let making = this.decoding.get(key)
    if (!making) {
      making = make()
        .then((text) => {
          if (text !== null) this.texts.set(key, text)
          return text
        })
        .finally(() => this.decoding.delete(key))
      this.decoding.set(key, making)
    }
    return making
  }
}
