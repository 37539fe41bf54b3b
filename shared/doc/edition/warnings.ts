/**
 * What is wrong with a programme, computed from a snapshot: pure functions,
 * cheap enough to run on every change. A warning carries codes, ids and
 * numbers, never a sentence: the interface words it in the viewer's language.
 */
import { MINUTES_PER_DAY, parseClockTime } from './grid'
import { isPlaced, isTimed, sessionRoomIds, type TimedSession } from './placement'
import {
  collectiviteKindFits,
  dayHours,
  type EditionDatesProblem,
  editionDatesProblem,
} from './rules'
import {
  COLLECTIONS,
  type CollectiviteKind,
  type Country,
  type EditionSnapshot,
  type Id,
  Interpretation,
  LANGS,
  type Lang,
  LOCALIZED_FIELDS,
  type LocalizedText,
  PEOPLE_FIELDS,
  type Proposal,
  ProposalStatus,
  REQUIRED_LANGS,
  REQUIRED_TEXT_FIELDS,
  type Session,
  type TextPath,
} from './schema'
import { addDays, dayNumber } from './time'

/**
 * Sessions of a day without hours of its own should start at or after 07:00
 * and end by 23:00 (minutes since midnight); a day with its own hours
 * (`ownHours`) is bounded by them.
 */
export const DAY_BOUNDS = { startMinutes: 7 * 60, endMinutes: 23 * 60 } as const
type DayBounds = { startMinutes: number; endMinutes: number }

import { WarningCode } from './warning-codes'

export { WarningCode }

/** When two sessions overlap: on `day` from `startMinutes` to `endMinutes` (beyond 1440 past midnight). */
export interface Overlap {
  day: string
  startMinutes: number
  endMinutes: number
}

export type EditionWarning =
  | {
      code: typeof WarningCode.RoomDoubleBooked
      roomId: Id
      sessionIds: [Id, Id]
      overlap: Overlap
    }
  | {
      code: typeof WarningCode.PersonDoubleBooked
      personId: Id
      sessionIds: [Id, Id]
      overlap: Overlap
    }
  | {
      code: typeof WarningCode.OutsideEditionDates
      sessionId: Id
      day: string
      startDate: string | null
      endDate: string | null
    }
  | {
      code: typeof WarningCode.OutsideDayBounds
      sessionId: Id
      day: string
      startMinutes: number
      endMinutes: number
      bounds: DayBounds
    }
  | { code: typeof WarningCode.MissingTranslation; target: TextPath; missing: Lang[] }
  | {
      code: typeof WarningCode.EditionDatesInconsistent
      problem: EditionDatesProblem
      year: number
      startDate: string | null
      endDate: string | null
    }
  | {
      code: typeof WarningCode.CollectiviteKindMismatch
      collectiviteId: Id
      country: Country
      kind: CollectiviteKind
    }
  | { code: typeof WarningCode.UnplacedSession; sessionId: Id }
  | { code: typeof WarningCode.InterpretationWithoutBooths; sessionId: Id; roomId: Id }
  | {
      code: typeof WarningCode.RoomOverCapacity
      sessionId: Id
      roomId: Id
      capacity: number
      delegates: number
    }
  | { code: typeof WarningCode.PersonWithoutFunction; personId: Id; missing: Lang[] }

interface Span {
  id: Id
  /** Minutes since 1970-01-01 00:00 on the edition's clocks. */
  start: number
  end: number
}

function spanOf(session: TimedSession): Span {
  const start = dayNumber(session.day) * MINUTES_PER_DAY + (parseClockTime(session.start) ?? 0)
  return { id: session.id, start, end: start + session.durationMinutes }
}

function overlapOf(a: Span, b: Span): Overlap {
  const start = Math.max(a.start, b.start)
  const dayIndex = Math.floor(start / MINUTES_PER_DAY)
  const midnight = dayIndex * MINUTES_PER_DAY
  return {
    day: addDays('1970-01-01', dayIndex),
    startMinutes: start - midnight,
    endMinutes: Math.min(a.end, b.end) - midnight,
  }
}

/** Every pair of spans that share some time; back-to-back spans do not. */
function overlappingPairs(spans: Span[]): Array<[Span, Span]> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1))
  const pairs: Array<[Span, Span]> = []
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] as Span
    for (let j = i + 1; j < sorted.length; j++) {
      const second = sorted[j] as Span
      if (second.start >= first.end) break
      pairs.push([first, second])
    }
  }
  return pairs
}

function groupSpans(entries: Array<[Id, Span]>): Map<Id, Span[]> {
  const groups = new Map<Id, Span[]>()
  for (const [key, span] of entries) groups.set(key, [...(groups.get(key) ?? []), span])
  return groups
}

/** A localized text of the edition, where it is, and whether it is required. */
export interface TranslatableText {
  target: TextPath
  text: LocalizedText
  required: boolean
}

/**
 * A proposal merged into another or declined needs no translation: nobody
 * will read it in the programme.
 */
const isSettledProposal = (proposal: Proposal): boolean =>
  proposal.status === ProposalStatus.Merged || proposal.status === ProposalStatus.Declined

/** Every localized text of the edition, the metadata's first. */
function translatableTexts(snapshot: EditionSnapshot): TranslatableText[] {
  const texts: TranslatableText[] = []
  const required = (section: keyof typeof REQUIRED_TEXT_FIELDS, field: string) =>
    (REQUIRED_TEXT_FIELDS[section] as readonly string[]).includes(field)
  for (const field of LOCALIZED_FIELDS.meta) {
    const target: TextPath = { collection: 'meta', field }
    texts.push({ target, text: snapshot.meta[field], required: required('meta', field) })
  }
  for (const collection of COLLECTIONS) {
    for (const entry of snapshot[collection]) {
      if (collection === 'proposals' && isSettledProposal(entry as Proposal)) continue
      for (const field of LOCALIZED_FIELDS[collection]) {
        const text = (entry as unknown as Record<string, LocalizedText>)[field] as LocalizedText
        const target = { collection, id: entry.id, field } as TextPath
        texts.push({ target, text, required: required(collection, field) })
      }
    }
  }
  return texts
}

const isBlank = (value: string) => value.trim() === ''

/** The required languages `text` lacks: all blank ones if it is required, else only once it is written in some language. */
function missingLanguages(text: LocalizedText, required: boolean): Lang[] {
  if (!required && LANGS.every((lang) => isBlank(text[lang]))) return []
  return REQUIRED_LANGS.filter((lang) => isBlank(text[lang]))
}

/** How many texts still need a translation: in all, and per language (English counted apart, as it is optional). */
export interface UntranslatedCount {
  /** Texts lacking French or Japanese. */
  texts: number
  fr: number
  ja: number
  /** Texts written in some language but not in English. */
  en: number
}

/** Counts the texts still to translate. */
export function countUntranslated(snapshot: EditionSnapshot): UntranslatedCount {
  const count: UntranslatedCount = { texts: 0, fr: 0, ja: 0, en: 0 }
  for (const { text, required } of translatableTexts(snapshot)) {
    const missing = missingLanguages(text, required)
    if (missing.length > 0) count.texts++
    for (const lang of missing) count[lang as 'fr' | 'ja']++
    if (isBlank(text.en) && LANGS.some((lang) => !isBlank(text[lang]))) count.en++
  }
  return count
}

/** Every warning about `snapshot`, in a fixed order. */
export function computeWarnings(snapshot: EditionSnapshot): EditionWarning[] {
  const warnings: EditionWarning[] = []
  const { meta, sessions } = snapshot

  const problem = editionDatesProblem(meta)
  if (problem !== null) {
    const { year, startDate, endDate } = meta
    warnings.push({ code: WarningCode.EditionDatesInconsistent, problem, year, startDate, endDate })
  }

  const rooms = snapshot.rooms
  const timed = sessions.filter(isTimed)
  const spans = new Map(timed.map((session) => [session.id, spanOf(session)]))
  const spanFor = (session: TimedSession) => spans.get(session.id) as Span

  // A session across several rooms, or all of them, counts in each.
  const byRoom = groupSpans(
    timed.flatMap((s) => sessionRoomIds(s, rooms).map((id) => [id, spanFor(s)] as [Id, Span])),
  )
  for (const [roomId, roomSpans] of byRoom) {
    for (const [a, b] of overlappingPairs(roomSpans)) {
      const overlap = overlapOf(a, b)
      warnings.push({
        code: WarningCode.RoomDoubleBooked,
        roomId,
        sessionIds: [a.id, b.id],
        overlap,
      })
    }
  }

  const byPerson = groupSpans(
    timed.flatMap((s) =>
      [...new Set(sessionPeople(s))].map((id) => [id, spanFor(s)] as [Id, Span]),
    ),
  )
  for (const [personId, personSpans] of byPerson) {
    for (const [a, b] of overlappingPairs(personSpans)) {
      const overlap = overlapOf(a, b)
      const sessionIds: [Id, Id] = [a.id, b.id]
      warnings.push({ code: WarningCode.PersonDoubleBooked, personId, sessionIds, overlap })
    }
  }

  // Only a day's own hours bound it; one with the defaults (or hours left
  // reversed by two members at once) is held to DAY_BOUNDS.
  const ownBounds = new Map(
    snapshot.days.flatMap((day): Array<[string, DayBounds]> => {
      const hours = dayHours(day)
      if (!hours.own) return []
      const bounds = {
        startMinutes: parseClockTime(hours.start) ?? 0,
        endMinutes: parseClockTime(hours.end) ?? 0,
      }
      return [[day.id, bounds]]
    }),
  )
  for (const session of timed) {
    const { startDate, endDate } = meta
    const { id: sessionId, day } = session
    if ((startDate !== null && day < startDate) || (endDate !== null && day > endDate)) {
      warnings.push({ code: WarningCode.OutsideEditionDates, sessionId, day, startDate, endDate })
    }
    const startMinutes = parseClockTime(session.start) ?? 0
    const endMinutes = startMinutes + session.durationMinutes
    const bounds = ownBounds.get(day) ?? DAY_BOUNDS
    if (startMinutes < bounds.startMinutes || endMinutes > bounds.endMinutes) {
      warnings.push({
        code: WarningCode.OutsideDayBounds,
        sessionId,
        day,
        startMinutes,
        endMinutes,
        bounds,
      })
    }
  }

  warnings.push(...placementWarnings(snapshot))

  for (const { id: collectiviteId, country, kind } of snapshot.collectivites) {
    if (!collectiviteKindFits(country, kind)) {
      warnings.push({ code: WarningCode.CollectiviteKindMismatch, collectiviteId, country, kind })
    }
  }

  for (const { target, text, required } of translatableTexts(snapshot)) {
    const missing = missingLanguages(text, required)
    if (missing.length > 0) warnings.push({ code: WarningCode.MissingTranslation, target, missing })
  }
  return warnings
}

/** The people of a session, every role, in programme order. */
function sessionPeople(session: Session): Id[] {
  return PEOPLE_FIELDS.flatMap((field) => session[field])
}

/** The delegates registered for each workshop theme. */
function delegatesByTheme(snapshot: EditionSnapshot): Map<Id, number> {
  const delegates = new Map<Id, number>()
  for (const registration of snapshot.registrations) {
    for (const themeId of registration.workshopIds) {
      delegates.set(themeId, (delegates.get(themeId) ?? 0) + registration.delegates)
    }
  }
  return delegates
}

/** Unplaced sessions, interpretation without booths, full rooms, people without a function. */
function placementWarnings(snapshot: EditionSnapshot): EditionWarning[] {
  const warnings: EditionWarning[] = []
  const roomById = new Map(snapshot.rooms.map((room) => [room.id, room]))
  const delegates = delegatesByTheme(snapshot)
  for (const session of snapshot.sessions) {
    const sessionId = session.id
    if (!isPlaced(session, snapshot.rooms)) {
      warnings.push({ code: WarningCode.UnplacedSession, sessionId })
    }
    // A session in several rooms is one audience: the interpreters need booths
    // in one of its rooms, and its delegates fit in all of them together.
    const rooms = sessionRoomIds(session, snapshot.rooms).flatMap((roomId) => {
      const room = roomById.get(roomId)
      return room ? [room] : []
    })
    const first = rooms[0]
    if (!first) continue
    if (
      session.interpretation === Interpretation.Simultaneous &&
      !rooms.some((room) => room.booths)
    ) {
      warnings.push({ code: WarningCode.InterpretationWithoutBooths, sessionId, roomId: first.id })
    }
    const registered = session.themeId === null ? 0 : (delegates.get(session.themeId) ?? 0)
    // One room of unknown capacity makes the whole unknown.
    const capacity = rooms.every((room) => room.capacity !== null)
      ? rooms.reduce((sum, room) => sum + (room.capacity ?? 0), 0)
      : null
    if (capacity !== null && registered > capacity) {
      warnings.push({
        code: WarningCode.RoomOverCapacity,
        sessionId,
        roomId: first.id,
        capacity,
        delegates: registered,
      })
    }
  }
  const inSessions = new Set(snapshot.sessions.flatMap(sessionPeople))
  for (const person of snapshot.persons) {
    if (!inSessions.has(person.id)) continue
    const missing = REQUIRED_LANGS.filter((lang) => isBlank(person.role[lang]))
    if (missing.length > 0) {
      warnings.push({ code: WarningCode.PersonWithoutFunction, personId: person.id, missing })
    }
  }
  return warnings
}
