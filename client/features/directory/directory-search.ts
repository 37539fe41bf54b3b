import type { DirectoryCollectivite } from '../../../shared/directory'
import type { Country } from '../../../shared/doc/edition'

/** A text as searched: NFKC (full-width letters fold), no case, no accents. */
export const searchKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .trim()

/** Whether `entry` is in `country` ('' for any) and has `query` in a name, a contact or an e-mail. */
export function entryMatches(
  entry: DirectoryCollectivite,
  query: string,
  country: Country | '' = '',
): boolean {
  if (country !== '' && entry.country !== country) return false
  const wanted = searchKey(query)
  if (wanted === '') return true
  return [
    entry.nameFr,
    entry.nameJa,
    ...entry.contacts.flatMap((contact) => [contact.name, contact.email, contact.function]),
  ].some((text) => searchKey(text).includes(wanted))
}

/** An entry's name in the reader's language, the other if it lacks one. */
export function entryName(
  entry: { nameFr: string; nameJa: string },
  locale: string,
  unnamed: string,
): string {
  const [first, second] =
    locale === 'ja' ? [entry.nameJa, entry.nameFr] : [entry.nameFr, entry.nameJa]
  return first || second || unnamed
}

/** The edition numbers an entry took part in, in order. */
export const editionNumbersOf = (entry: DirectoryCollectivite): number[] =>
  entry.editions.flatMap((edition) => (edition.number === null ? [] : [edition.number]))
