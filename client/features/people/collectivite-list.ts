/**
 * The edition's collectivités as both pages show them: named in the
 * interface's language, French ones then Japanese ones, and what names each.
 */
import type { Collectivite, EditionSnapshot, Id, Lang } from '../../../shared/doc/edition'
import { pickText } from '../../lib/localized-text'

/** Country order on screen: the list reads the same in Paris and in Shizuoka. */
const COUNTRY_ORDER = { FR: 0, JP: 1 } as const

/** A collectivité's name in `locale`, or `unnamed` while it has none. */
export function collectiviteName(
  collectivite: Pick<Collectivite, 'name'>,
  locale: Lang,
  unnamed: string,
): string {
  return pickText(collectivite.name, locale).main || unnamed
}

/** `collectivites` by country, then by name as `locale` sorts it. */
export function sortCollectivites(
  collectivites: readonly Collectivite[],
  locale: Lang,
): Collectivite[] {
  const collator = new Intl.Collator(locale)
  return [...collectivites].sort(
    (a, b) =>
      COUNTRY_ORDER[a.country] - COUNTRY_ORDER[b.country] ||
      collator.compare(pickText(a.name, locale).main, pickText(b.name, locale).main),
  )
}

/**
 * How many persons and registrations name collectivité `id`: the counts of
 * collectiviteUses, read from the snapshot the page already holds.
 */
export function collectiviteUseCounts(
  edition: Pick<EditionSnapshot, 'persons' | 'registrations'>,
  id: Id,
): { persons: number; registrations: number } {
  return {
    persons: edition.persons.filter((person) => person.collectiviteId === id).length,
    registrations: edition.registrations.filter((entry) => entry.collectiviteId === id).length,
  }
}
