import type { Lang } from '../../../shared/doc/edition'
import {
  type LocalizedText,
  type Suggestion,
  SuggestionStatus,
  SuggestionTarget,
  type Theme,
  ThemeKind,
} from '../../../shared/doc/edition'
import type { Messages } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import { formatDay } from '../../lib/times'

/** A meeting named by its day in `locale`: "Réunion du 18 septembre 2023", "2023年9月18日の会合". */
export const meetingName = (date: string, locale: Lang, messages: Messages): string =>
  messages.meetings.name(formatDay(date, locale))

/** Kana or kanji: the text is Japanese, whatever the interface's language. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/

/**
 * The language a suggestion is written in, as far as its script tells:
 * suggestions are not translated, and a Japanese text must be drawn with
 * Japanese glyphs even on a French screen.
 */
export const writtenLang = (text: string): 'ja' | undefined =>
  JAPANESE.test(text) ? 'ja' : undefined

/** The opening words of `text`, for a list or a link. */
export function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}

/** When a suggestion came, on the viewer's clock: "14:05". */
export const timeOfDay = (iso: string, locale: Lang): string =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(iso))

/** An address without its scheme, short enough to read aloud and type from a projected screen. */
export function shortUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.host}${parsed.pathname}`
}

/** The workshop themes, in their order ("Atelier 1", "Atelier 2"…). */
export const workshopsOf = (themes: readonly Theme[]): Theme[] =>
  themes
    .filter((theme) => theme.kind === ThemeKind.Workshop)
    .sort((a, b) => a.position - b.position)

/** "Atelier 2 · Jeunesse et mobilité" for a workshop theme numbered by its place among `workshops`. */
export function workshopLabel(
  themeId: string | null,
  workshops: readonly Theme[],
  locale: Lang,
  messages: Messages,
): string {
  const index = workshops.findIndex((theme) => theme.id === themeId)
  const theme = workshops[index]
  if (!theme) return messages.meetings.wall.target.workshop
  const title = pickText(theme.title, locale).main
  const number = messages.edition.themePage.workshopNumber(index + 1)
  return title ? `${number} · ${title}` : number
}

/** What a suggestion is about, in words: its target, or for a workshop, which one. */
export function targetLabel(
  suggestion: Pick<Suggestion, 'target' | 'themeId'>,
  workshops: readonly Theme[],
  locale: Lang,
  messages: Messages,
): string {
  return suggestion.target === SuggestionTarget.Workshop
    ? workshopLabel(suggestion.themeId, workshops, locale, messages)
    : messages.meetings.wall.target[suggestion.target]
}

/** Suggestions still to decide on, or kept: the wall's main section. */
export const isOpen = (suggestion: Suggestion): boolean =>
  suggestion.status === SuggestionStatus.New || suggestion.status === SuggestionStatus.Kept

/** The lines of an agenda in `locale` (or in the other language if it is not written yet). */
export const agendaLines = (agenda: LocalizedText, locale: Lang): string[] =>
  pickText(agenda, locale)
    .main.split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/** The address to hand out for a participant link at `path` (`/m/<token>`). */
export const participantUrl = (path: string, origin = window.location.origin): string =>
  new URL(path, origin).href
