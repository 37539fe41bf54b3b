/**
 * The words of the exported files come from the programme's own words
 * (`shared/programme-words`), which the interface reads too, so that a
 * session kind or a heading reads the same in the app and on paper.
 */

import {
  Interpretation,
  Lang,
  type LocalizedText,
  type SessionKind,
  type SessionRole,
} from '../../shared/doc/edition'
import { ExportLang, ExportSource } from '../../shared/exports'
import { formatDateInZone } from '../../shared/moments'
import { en } from '../../shared/programme-words/en'
import { fr } from '../../shared/programme-words/fr'
import { ja } from '../../shared/programme-words/ja'
import type { ProgrammeWords } from '../../shared/programme-words/programme-words'
import { type PersonView, type ProgrammeView, type SessionView, textIn } from './programme-view'

const WORDS: Record<Lang, ProgrammeWords> = { fr, ja, en }

/** The words inside an exported programme, in `lang`. */
export const fileWords = (lang: Lang) => WORDS[lang].file

/** A session kind's name in `lang`: "Atelier", 「分科会」. */
export const kindLabel = (kind: SessionKind, lang: Lang): string => WORDS[lang].kind[kind]

/** The heading over a role's people: "Intervenants", 「登壇者」. */
export const roleLabel = (role: SessionRole, lang: Lang): string => WORDS[lang].file.roles[role]

/**
 * Where a session is held, as a programme prints it: "Toutes les salles" for
 * one across every room, else its rooms in grid order joined by " · "; ''
 * when it has none (each file says that in its own way). A room's name falls
 * back to another language unless `fallback` is false (the spreadsheet's
 * columns keep each language's own text).
 */
export function roomText(session: SessionView, lang: Lang, fallback = true): string {
  if (session.allRooms) return fileWords(lang).allRooms
  return session.rooms
    .map((room) => ownText(room.name, lang, fallback))
    .filter(Boolean)
    .join(' · ')
}

/** The mark of an interpreted session ("Interprétation consécutive FR ⇄ JA"); null without. */
export function interpretationMark(session: SessionView, lang: Lang): string | null {
  if (session.interpretation === Interpretation.None) return null
  return fileWords(lang).interpretation[session.interpretation]
}

/** A time zone as its city: "Tokyo", 「東京」. */
export const zoneName = (timeZone: string, lang: Lang): string => WORDS[lang].zoneCity(timeZone)

/** The languages an export sets side by side for `?lang=`. */
export function exportLangs(lang: ExportLang): Lang[] {
  if (lang === ExportLang.French) return [Lang.French]
  if (lang === ExportLang.Japanese) return [Lang.Japanese]
  return [Lang.French, Lang.Japanese]
}

/**
 * A text as one column of the programme shows it: in a single-language
 * programme a missing translation falls back to the other language; side
 * by side, each column keeps its own language, empty or not.
 */
export const ownText = (text: LocalizedText, lang: Lang, single: boolean): string =>
  (single ? textIn(text, lang) : text[lang]).trim()

/**
 * The day a version was published, as every file writes it: on the
 * edition's clocks (`shared/moments`), as the app writes it first.
 */
export const publishedDay = (at: Date, view: ProgrammeView, lang: Lang): string =>
  formatDateInZone(at, view.meta.timeZone, lang)

/** "Programme publié le 1 octobre 2024 (Programme définitif)", or the draft's warning. */
export function originLine(view: ProgrammeView, lang: Lang): string {
  const words = fileWords(lang)
  const { origin } = view
  if (origin.source === ExportSource.Draft) return words.draft
  return words.publishedVersion(origin.versionName, publishedDay(origin.at, view, lang))
}

/**
 * What a speaker is, under their name: "Maire adjointe, Ville de Shizuoka",
 * 「静岡市　副市長」 (the collectivité first, as Japanese writes it).
 */
export function personAbout(person: PersonView, lang: Lang, single: boolean): string {
  const role = ownText(person.role, lang, single)
  const collectivite = person.collectivite ? textIn(person.collectivite.name, lang).trim() : ''
  return lang === Lang.Japanese
    ? [collectivite, role].filter(Boolean).join('　')
    : [role, collectivite].filter(Boolean).join(', ')
}
