/**
 * The programme's texts as frab's fields take them: cleaned, on one line, in
 * each language; and the words of a slug, and the conference acronym.
 */
import type { Lang, LocalizedText } from '../../../shared/doc/edition'
import { textIn } from '../programme-view'
import { xmlText } from '../xml-text'

// The JSON gets the XML's replacements too, so that the two files agree.
export const clean = xmlText
/** A one-line text (titles, names, attribute values). */
export const oneLine = (value: string): string => clean(value).replace(/\s+/g, ' ').trim()

/** `text` in each of `langs`, once each, side by side. */
export function inLangs(text: LocalizedText, langs: readonly Lang[], separator = ' / '): string {
  return [...new Set(langs.map((lang) => oneLine(textIn(text, lang))))]
    .filter(Boolean)
    .join(separator)
}

/** ASCII words of a text for a slug: "Atelier 1 : prévention" → "atelier-1-prevention". */
export const slugWords = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '')

/**
 * The conference acronym: the edition id as both schemas take it. The JSON
 * one allows no hyphen ("shizuoka-2024" becomes "shizuoka_2024").
 */
export function acronymOf(editionId: string): string {
  const acronym = editionId.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  return acronym.padEnd(4, '_')
}
