import type * as Y from 'yjs'
import type { z } from 'zod'
import { allocateId, parseInput, requireEntry, requireReference } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { deleteEntry, insertEntry, plainEntry, transactEdition, writeFields } from './layout'
import {
  type Country,
  type EditionSnapshot,
  type Id,
  RegistrationFieldsSchema,
  ThemeKind,
} from './schema'

const RegistrationInputSchema = RegistrationFieldsSchema.omit({ createdAt: true }).strict()
export type RegistrationInput = z.input<typeof RegistrationInputSchema>

/**
 * Checks `input` against the edition without writing anything: its
 * collectivité and workshops must be the edition's. Returns it parsed.
 */
function checkRegistration(doc: Y.Doc, input: RegistrationInput) {
  const fields = parseInput(RegistrationInputSchema, input, 'registration')
  requireReference(doc, 'collectivites', fields.collectiviteId, 'collectiviteId')
  fields.workshopIds.forEach((themeId, index) => {
    if (plainEntry(doc, 'themes', themeId)?.kind !== ThemeKind.Workshop) {
      throw new EditionError(EditionErrorCode.UnknownReference, `no workshop ${themeId}`, [
        { path: `workshopIds.${index}`, message: 'not a workshop of this edition' },
      ])
    }
  })
  fields.dayIds.forEach((dayId, index) => {
    if (!plainEntry(doc, 'days', dayId)) {
      throw new EditionError(EditionErrorCode.UnknownReference, `no day ${dayId}`, [
        { path: `dayIds.${index}`, message: 'not a day of this edition' },
      ])
    }
  })
  return fields
}

/**
 * Adds a collectivité's registration to the live list (the server does, for
 * the public form); returns its id. Its workshops must be the edition's.
 */
export function addRegistration(
  doc: Y.Doc,
  input: RegistrationInput,
  origin: unknown,
  now: Date = new Date(),
  id?: Id,
): Id {
  const fields = checkRegistration(doc, input)
  return transactEdition(doc, origin, () => {
    const registrationId = allocateId(doc, 'registrations', id)
    insertEntry(doc, 'registrations', registrationId, { ...fields, createdAt: now.toISOString() })
    return registrationId
  })
}

/**
 * Replaces the fields of registration `id` by `input` (an amendment through
 * the collectivité's own link, or an editor's correction): the same entry,
 * only the fields that changed written, so the activity names them.
 */
export function amendRegistration(
  doc: Y.Doc,
  id: Id,
  input: RegistrationInput,
  origin: unknown,
  now: Date = new Date(),
): void {
  const entry = requireEntry(doc, 'registrations', id)
  const fields = checkRegistration(doc, { ...input, amendedAt: now.toISOString() })
  transactEdition(doc, origin, () => {
    writeFields(entry, 'registrations', fields)
  })
}

/** Withdraws registration `id` from the live list; false when it was already gone. */
export function withdrawRegistration(doc: Y.Doc, id: Id, origin: unknown): boolean {
  if (!plainEntry(doc, 'registrations', id)) return false
  return transactEdition(doc, origin, () => deleteEntry(doc, 'registrations', id))
}

/** The figures of the registrations: "170 participants, 41 collectivités: 22 FR, 19 JP". */
export interface RegistrationCounts {
  participants: number
  collectivites: number
  byCountry: Record<Country, { collectivites: number; participants: number }>
}

/**
 * Counts the registrations of `edition`. A collectivité that registered twice
 * (two forms, two delegations) counts once among the collectivités; its
 * delegates all count.
 */
export function registrationCounts(edition: EditionSnapshot): RegistrationCounts {
  const counts: RegistrationCounts = {
    participants: 0,
    collectivites: 0,
    byCountry: {
      FR: { collectivites: 0, participants: 0 },
      JP: { collectivites: 0, participants: 0 },
    },
  }
  const seen = new Set<string>()
  for (const registration of edition.registrations) {
    const country = counts.byCountry[registration.country]
    counts.participants += registration.delegates
    country.participants += registration.delegates
    const key =
      registration.collectiviteId ??
      `${registration.country}:${registration.collectiviteName.normalize('NFKC').toLowerCase()}`
    if (seen.has(key)) continue
    seen.add(key)
    counts.collectivites++
    country.collectivites++
  }
  return counts
}
