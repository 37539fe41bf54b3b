import type * as Y from 'yjs'
import {
  type CollectiviteInput,
  createCollectivite,
  createPerson,
  type Id,
} from '../../../shared/doc/edition'

/** A person created on the spot, with their collectivité: one already listed, a new one, or none. */
export interface NewPerson {
  name: { fr: string; ja: string }
  reading: string
  role: { fr: string; ja: string }
  collectivite: { id: Id } | { create: CollectiviteInput } | null
}

/** Creates `person` (and their new collectivité, if any) and returns the person's id. */
export function createNewPerson(doc: Y.Doc, person: NewPerson, origin: unknown): Id {
  const { collectivite } = person
  const collectiviteId =
    collectivite === null
      ? null
      : 'id' in collectivite
        ? collectivite.id
        : createCollectivite(doc, collectivite.create, origin)
  const { name, reading, role } = person
  return createPerson(doc, { name, reading, role, collectiviteId }, origin)
}

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u
const LATIN = /\p{Script=Latin}/u

/**
 * A first guess at the new person's fields from what was typed in the
 * picker: Latin letters are the French name, kana the Japanese name and its
 * reading, kanji the Japanese name.
 */
export function guessFromTyped(typed: string): Pick<NewPerson, 'name' | 'reading'> {
  const text = typed.trim()
  if (LATIN.test(text)) return { name: { fr: text, ja: '' }, reading: '' }
  if (KANA_ONLY.test(text)) return { name: { fr: '', ja: text }, reading: text }
  return { name: { fr: '', ja: text }, reading: '' }
}
