import { ActivityAction, type ActivityEntry } from '../../../shared/activity'
import type { Lang } from '../../../shared/doc/edition'
import { addDays } from '../../../shared/doc/edition'
import { dayInZone, formatTimeOfDayInZone, zonesDiffer } from '../../../shared/moments'
import type { Messages } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import { formatDay } from '../../lib/times'
import { timeOfDay } from '../meetings/format'
import { type ActivityPhrase, activitySentence as sentenceOf } from './sentence'

/** A session's day and start time read as one thing: when it takes place. */
export const SCHEDULE_FIELD = 'schedule'
const SCHEDULE_PARTS = new Set(['day', 'start'])
/** A session's rooms, or its being across all of them (layout 2), read as its room, as layout 1 named it. */
const ROOM_FIELD = 'roomId'
const ROOM_PARTS = new Set(['roomIds', 'allRooms'])

/**
 * The fields of an entry as a committee names them: a session's day and
 * start time are its schedule, its rooms its room. Other sections keep
 * theirs (a day's start is its own hour, not a schedule).
 */
export function readableFields(fields: readonly string[], section: string): string[] {
  if (section !== 'sessions') return [...fields]
  const named = fields.map((field) =>
    SCHEDULE_PARTS.has(field) ? SCHEDULE_FIELD : ROOM_PARTS.has(field) ? ROOM_FIELD : field,
  )
  return [...new Set(named)]
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A day of the programme as the activity names it: "6 octobre", 「10月6日」. */
export function dayName(date: string, locale: Lang): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )
}

/** The name an entry's entity goes by in the reader's language. */
function entryLabel(entry: ActivityEntry, locale: Lang): string {
  // A day is named by its date (its id), never by its label, which most days lack.
  if (entry.section === 'days' && ISO_DATE.test(entry.entityId)) {
    return dayName(entry.entityId, locale)
  }
  // A meeting is named by its day, which the label holds as an ISO date.
  if (entry.section === 'meetings' && ISO_DATE.test(entry.label.fr)) {
    return formatDay(entry.label.fr, locale)
  }
  return pickText(entry.label, locale).main
}

/** The entry, in the terms its sentence is made of, with its label in the reader's language. */
export function phraseOf(entry: ActivityEntry, locale: Lang): ActivityPhrase {
  const fields =
    entry.action === ActivityAction.Edited ? readableFields(entry.fields, entry.section) : []
  return {
    actorKind: entry.actorKind,
    actorName: entry.actorName.trim(),
    committee: entry.committee,
    action: entry.action,
    section: entry.section,
    label: entryLabel(entry, locale),
    fields,
    moved:
      entry.section === 'sessions' &&
      fields.includes(SCHEDULE_FIELD) &&
      fields.every((field) => field === SCHEDULE_FIELD || field === ROOM_FIELD),
  }
}

/** The entry's sentence in the reader's language. */
export const activitySentence = (entry: ActivityEntry, locale: Lang, t: Messages): string =>
  sentenceOf(phraseOf(entry, locale), t.activity.words)

/**
 * A moment's calendar day: on the clocks of `zone` (the edition's, by the
 * rule of `shared/moments`), or of this browser without one: '2026-11-24'.
 */
export function localDay(iso: string, zone?: string): string {
  if (zone) return dayInZone(iso, zone)
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The entries, newest first, in runs of one day each (the days of `zone`, else this browser's). */
export function byDay(
  entries: readonly ActivityEntry[],
  zone?: string,
): { day: string; entries: ActivityEntry[] }[] {
  const days: { day: string; entries: ActivityEntry[] }[] = []
  for (const entry of entries) {
    const day = localDay(entry.lastAt, zone)
    const last = days.at(-1)
    if (last?.day === day) last.entries.push(entry)
    else days.push({ day, entries: [entry] })
  }
  return days
}

/** A day's heading: today, yesterday (on the clocks of `zone`), or the day written out with its weekday. */
export function dayHeading(
  day: string,
  now: Date,
  locale: Lang,
  t: Messages,
  zone?: string,
): string {
  const today = localDay(now.toISOString(), zone)
  if (day === today) return t.activity.today
  if (day === addDays(today, -1)) return t.activity.yesterday
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))
}

/** The clocks an entry's time is read on: the edition's, and the viewer's beside them. */
export interface EntryClocks {
  editionZone: string
  viewerZone: string
  /** The edition's time with the viewer's beside it: "14:05 (07:05 à Paris)". */
  withViewer: (edition: string, viewer: string) => string
}

/** When the entry happened: its time, or the span it went on for. */
export function entryTime(
  entry: ActivityEntry,
  locale: Lang,
  t: Messages,
  clocks?: EntryClocks,
): string {
  const span = (at: (iso: string) => string) => {
    const from = at(entry.firstAt)
    const to = at(entry.lastAt)
    return from === to ? to : t.activity.span(from, to)
  }
  if (!clocks) return span((iso) => timeOfDay(iso, locale))
  const edition = span((iso) => formatTimeOfDayInZone(iso, clocks.editionZone, locale))
  if (!zonesDiffer(entry.lastAt, clocks.editionZone, clocks.viewerZone)) return edition
  return clocks.withViewer(
    edition,
    span((iso) => formatTimeOfDayInZone(iso, clocks.viewerZone, locale)),
  )
}
