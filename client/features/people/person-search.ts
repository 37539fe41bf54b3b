/**
 * Finding a person by what a committee member types: a name in either
 * script, its kana reading, a function or a collectivité. A French member
 * types "lefevre" for Lefèvre, a Japanese one "スズキ" for a reading kept
 * in hiragana, so both sides are folded the same way before comparing.
 */
import type { Collectivite, Person } from '../../../shared/doc/edition'

/** What a person is found by; the picker in the session editor passes the same shapes. */
export type SearchablePerson = Pick<Person, 'name' | 'reading' | 'role'>
export type SearchableCollectivite = Pick<Collectivite, 'name'>

// Katakana ァ (U+30A1) to ヶ (U+30F6) sit 0x60 above their hiragana.
const KATAKANA = /[\u30a1-\u30f6]/g
const KANA_OFFSET = 0x60
// Latin diacritics only: Japanese voicing marks (が = か + ゛) must stay.
const LATIN_MARKS = /[\u0300-\u036f]/g
// Letters NFD leaves whole.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' }
const LIGATURE = /[œæßøłđ]/g
// Spaces and the marks between name parts (Mariko Mochizuki, クレール・デュボワ,
// Aix-en-Provence, エクス＝アン＝プロヴァンス), which people type or leave out as they please.
const SEPARATORS = /[\s\u30fb\uff65\u00b7'’‘\-‐=.,、。]/g

/**
 * `text` as search compares it: NFKC (full-width letters and half-width kana
 * made ordinary), lower case, without Latin accents or separators, katakana
 * as hiragana.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(LIGATURE, (letter) => LIGATURES[letter] ?? letter)
    .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - KANA_OFFSET))
    .replace(SEPARATORS, '')
}

/**
 * Everything `person` can be found by, folded, one field a line: names in
 * every language, reading, function, and their collectivité's name.
 */
export function personSearchText(
  person: SearchablePerson,
  collectivite: SearchableCollectivite | null,
): string {
  const texts = [person.name, person.role, ...(collectivite ? [collectivite.name] : [])]
  return [person.reading, ...texts.flatMap((text) => [text.fr, text.ja, text.en])]
    .map(foldForSearch)
    .filter((field) => field !== '')
    .join('\n')
}

/**
 * Whether `person` answers `query`: each word of the query is found in some
 * field ("mochizuki shizuoka" is a name and a city). An empty query matches.
 */
export function matchesPerson(
  person: SearchablePerson,
  collectivite: SearchableCollectivite | null,
  query: string,
): boolean {
  const words = query
    .normalize('NFKC')
    .split(/\s+/)
    .map(foldForSearch)
    .filter((word) => word !== '')
  if (words.length === 0) return true
  const text = personSearchText(person, collectivite)
  return words.every((word) => text.includes(word))
}
