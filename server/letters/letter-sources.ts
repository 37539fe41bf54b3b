import type { Database } from '../../db'
import type { ContactLanguage, DirectoryCollectivite } from '../../shared/directory'
import {
  type Collectivite,
  Country,
  type EditionSnapshot,
  readEdition,
} from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import type {
  LetterInputs,
  LetterRecipient,
  PreviousEdition,
} from '../../shared/letters/letter-inputs'
import { DirectoryStore } from '../directory/directory-store'
import { EditionStore } from '../editions/edition-store'
import type { SummaryCache } from '../editions/summaries'
import { PersonalLinks } from '../registrations/personal-links'
import { RegistrationForms } from '../registrations/registration-forms'
import type { RoomRegistry } from '../sync/room-registry'

export interface LetterSourceDeps {
  database: Database
  rooms: RoomRegistry
  summaries: SummaryCache
  /** Where people reach Kaigi: the form links are absolute. Without it, no link is made. */
  publicUrl?: string | undefined
}

/** The previous edition: the stored one whose number is `number` − 1, as its document says. */
export async function previousEdition(
  deps: LetterSourceDeps,
  number: number,
): Promise<PreviousEdition | null> {
  const rows = await new EditionStore(deps.database).all()
  for (const row of rows) {
    const summary = await deps.summaries.of(row.docName)
    if (summary?.number !== number - 1) continue
    return deps.rooms.read(row.docName, (doc): PreviousEdition => {
      const { meta, themes } = readEdition(doc).value
      const theme = themes.find((each) => each.id === meta.globalThemeId)
      return {
        number: meta.number,
        year: meta.year,
        hostCity: meta.hostCity,
        startDate: meta.startDate,
        endDate: meta.endDate,
        participation: meta.participation,
        globalTheme: theme ? theme.title : null,
      }
    })
  }
  return null
}

/** The participation form's deadline; null while the edition has no form. */
export async function formDeadline(database: Database, editionId: string): Promise<Date | null> {
  return (await new RegistrationForms(database).ofEdition(editionId))?.deadline ?? null
}

/** The language a collectivité's letters are written in: its first contact's, else its country's. */
export function letterLanguage(
  country: Country,
  entry: DirectoryCollectivite | undefined,
): ContactLanguage {
  const contact = entry?.contacts[0]
  if (contact) return contact.language
  return country === Country.Japan ? 'ja' : 'fr'
}

/** Who a collectivité's letter goes to: its edition's names, its directory entry's address and contact. */
export function letterRecipient(
  collectivite: Collectivite,
  entry: DirectoryCollectivite | undefined,
): LetterRecipient {
  const contact = entry?.contacts[0]
  return {
    collectiviteId: collectivite.id,
    name: collectivite.name,
    country: collectivite.country,
    kind: collectivite.kind,
    address: entry?.address ?? '',
    contact: contact
      ? { name: contact.name, function: contact.function, email: contact.email }
      : null,
    language: letterLanguage(collectivite.country, entry),
  }
}

/** An edition's letter sources, gathered once for the collectivités of one request. */
export interface EditionLetterSources {
  previous: PreviousEdition | null
  deadline: Date | null
  /** Each collectivité's directory entry, when it is linked to one that exists. */
  entryOf(collectivite: Collectivite): DirectoryCollectivite | undefined
  /** The letter's inputs for `collectivite`, or for no one in particular. */
  inputs(collectivite: Collectivite | null): LetterInputs
}

/**
 * Gathers the sources of `edition`'s letters to `collectivites`: their
 * personal form links are made now if they have none yet, unless `links`
 * is false (a summary that prints no letter).
 */
export async function letterSources(
  deps: LetterSourceDeps,
  editionId: string,
  edition: EditionSnapshot,
  collectivites: readonly Collectivite[],
  { links = true } = {},
): Promise<EditionLetterSources> {
  const [previous, deadline, directory] = await Promise.all([
    previousEdition(deps, edition.meta.number),
    formDeadline(deps.database, editionId),
    collectivites.some((each) => each.directoryId)
      ? new DirectoryStore(deps.database.db).list()
      : Promise.resolve([]),
  ])
  const entries = new Map(directory.map((entry) => [entry.id, entry]))
  // A personal link leads to the form: none while the edition has no form.
  const paths =
    links && deadline && deps.publicUrl && collectivites.length > 0
      ? await new PersonalLinks(deps.database.db).paths(
          editionId,
          collectivites.map((each) => each.id),
        )
      : new Map<string, string>()
  const origin = deps.publicUrl?.replace(/\/+$/, '') ?? ''
  const entryOf = (collectivite: Collectivite) =>
    collectivite.directoryId ? entries.get(collectivite.directoryId) : undefined
  return {
    previous,
    deadline,
    entryOf,
    inputs(collectivite) {
      const path = collectivite ? paths.get(collectivite.id) : undefined
      return {
        previous,
        deadline: deadline?.toISOString() ?? null,
        recipient: collectivite ? letterRecipient(collectivite, entryOf(collectivite)) : null,
        formUrl: path ? `${origin}${path}` : null,
      }
    },
  }
}

/** The edition's document as committed. */
export function readSnapshot(rooms: RoomRegistry, editionId: string): Promise<EditionSnapshot> {
  return rooms.read(editionDocName(editionId), (doc) => readEdition(doc).value)
}
