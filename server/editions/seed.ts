import * as Y from 'yjs'
import type { Database } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { editionDocName } from '../../shared/editions'
import { DirectoryStore, type DirectoryWrite } from '../directory/directory-store'
import type { DirectoryEntry } from '../directory/import-plan'
import type { Logger } from '../logger'
import { RegistrationForms } from '../registrations/registration-forms'
import { LibsqlDocStore } from '../sync/libsql-doc-store'
import { EditionStore } from './edition-store'

/** An edition to create on a first start: its id and how to fill its document. */
export interface EditionSeed {
  id: string
  readOnly: boolean
  fill(doc: Y.Doc): void
  /** Its participation form's deadline (an ISO instant), when it starts with a form. */
  formDeadline?: string
  /**
   * The directory's collectivités that come with it (the demo's), their ids
   * as its document's collectivités name them; their participations may name
   * any edition of the same first start.
   */
  directory?: readonly DirectoryEntry[]
}

/**
 * On an empty database, creates `seeds` (the demo edition and the past
 * editions as records): each edition row and its document's first snapshot,
 * its form and the directory that comes with it, all in one transaction
 * through the document storage, so
 * a crash never leaves an edition without content or the demo without its
 * directory. Does nothing once any edition exists.
 */
export async function seedEditions(
  database: Database,
  seeds: readonly EditionSeed[],
  log: Logger,
): Promise<boolean> {
  const editions = new EditionStore(database)
  const forms = new RegistrationForms(database)
  if (seeds.length === 0 || (await editions.any())) return false
  const now = new Date()
  const first = seeds.map((seed) => firstSnapshot(seed))
  const rows: RowWrite[] = seeds.map((seed) =>
    editions.newRow(
      { id: seed.id, docName: editionDocName(seed.id), readOnly: seed.readOnly },
      now,
    ),
  )
  // After every edition: the forms and participations refer to them.
  for (const seed of seeds) {
    if (seed.formDeadline !== undefined) {
      rows.push(forms.newRow(seed.id, new Date(seed.formDeadline)))
    }
  }
  const directory = seeds.flatMap((seed) => seed.directory ?? [])
  rows.push(...directoryStatements(database, directory, now).map(rowWrite))
  await new LibsqlDocStore(database).create(first, rows)
  log.info(
    { editions: seeds.map((seed) => seed.id), directory: directory.length },
    'demo editions created',
  )
  return true
}

/** The first snapshot of an edition's document, filled as `seed` says. */
export function firstSnapshot(seed: Pick<EditionSeed, 'id' | 'fill'>): {
  docName: string
  snapshot: Uint8Array
} {
  const doc = new Y.Doc()
  try {
    seed.fill(doc)
    return { docName: editionDocName(seed.id), snapshot: Y.encodeStateAsUpdate(doc) }
  } finally {
    doc.destroy()
  }
}

/** The directory's entries as the store writes them, with their ids and participations. */
function directoryStatements(
  database: Database,
  entries: readonly DirectoryEntry[],
  now: Date,
): DirectoryWrite[] {
  if (entries.length === 0) return []
  const add = entries.map(({ id: _id, editionIds, ...fields }) => ({
    ...fields,
    addEditionIds: [...editionIds],
  }))
  return new DirectoryStore(database.db).applyStatements(
    { add, update: [] },
    now,
    entries.map((entry) => entry.id),
  )
}
