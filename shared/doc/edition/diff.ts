import { diffArrays } from 'diff'
import type { EditionSnapshot } from './schema'
import { LANGS, type Lang, type LocalizedText, PEOPLE_FIELDS, type Session } from './schema'

/**
 * The differences between two states of a programme, session by session,
 * as the committees read them: what was added or removed, moved in time or
 * room, and which words of which texts changed. Plain data: each page words
 * it in its reader's language.
 */

/** One run of words in a changed text: kept, added or removed. */
export interface WordChange {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** A text of a session changed in one language. */
export interface SessionTextChange {
  field: 'title' | 'description'
  lang: Lang
  words: WordChange[]
}

export type SessionChange =
  | { kind: 'added'; session: Session }
  | { kind: 'removed'; session: Session }
  | {
      kind: 'changed'
      /** The session as it is in the later state. */
      session: Session
      /** Where it was and is, when its day, start, duration or room changed. */
      moved: {
        from: SessionPlace
        to: SessionPlace
      } | null
      texts: SessionTextChange[]
      /** Other fields that changed: kind, theme, status, speakers… */
      fields: SessionOtherField[]
    }

/** Where and when a session is, as a change of place shows it. */
export type SessionPlace = Pick<
  Session,
  'day' | 'start' | 'durationMinutes' | 'roomIds' | 'allRooms'
>

const PLACE = ['day', 'start', 'durationMinutes', 'roomIds', 'allRooms'] as const
const TEXTS = ['title', 'description'] as const
const OTHER = ['kind', 'themeId', ...PEOPLE_FIELDS, 'interpretation', 'status'] as const
/** A field of a session that a comparison names when it changed, besides its place and texts. */
export type SessionOtherField = (typeof OTHER)[number]

/** A text cut into words, in any language: Japanese has no spaces between its words. */
function words(text: string, lang: Lang): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' })
  return [...segmenter.segment(text)].map((segment) => segment.segment)
}

/** The words that changed from `before` to `after`, runs joined back into text. */
export function wordChanges(before: string, after: string, lang: Lang): WordChange[] {
  return diffArrays(words(before, lang), words(after, lang)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value.join(''),
  }))
}

function textChanges(before: Session, after: Session): SessionTextChange[] {
  const changes: SessionTextChange[] = []
  for (const field of TEXTS) {
    for (const lang of LANGS) {
      const from = (before[field] as LocalizedText)[lang]
      const to = (after[field] as LocalizedText)[lang]
      if (from !== to) changes.push({ field, lang, words: wordChanges(from, to, lang) })
    }
  }
  return changes
}

const pick = (session: Session): SessionPlace => ({
  day: session.day,
  start: session.start,
  durationMinutes: session.durationMinutes,
  roomIds: session.roomIds,
  allRooms: session.allRooms,
})

/** What changed in the programme from `before` to `after`, in the order of `after`'s sessions, then the removed ones. */
export function diffProgrammes(before: EditionSnapshot, after: EditionSnapshot): SessionChange[] {
  const earlier = new Map(before.sessions.map((session) => [session.id, session]))
  const later = new Set(after.sessions.map((session) => session.id))
  const changes: SessionChange[] = []
  for (const session of after.sessions) {
    const old = earlier.get(session.id)
    if (!old) {
      changes.push({ kind: 'added', session })
      continue
    }
    const moved = PLACE.some(
      (field) => JSON.stringify(old[field]) !== JSON.stringify(session[field]),
    )
      ? { from: pick(old), to: pick(session) }
      : null
    const texts = textChanges(old, session)
    const fields = OTHER.filter(
      (field) => JSON.stringify(old[field]) !== JSON.stringify(session[field]),
    )
    if (moved || texts.length > 0 || fields.length > 0) {
      changes.push({ kind: 'changed', session, moved, texts, fields: [...fields] })
    }
  }
  for (const session of before.sessions) {
    if (!later.has(session.id)) changes.push({ kind: 'removed', session })
  }
  return changes
}
