/**
 * The programme as a calendar (`programme.ics`): one event per session, on
 * the edition's clocks with the time zone described in the file, so that a
 * calendar shows each session at its hour wherever its reader is. Each event
 * keeps its UID from one export to the next: importing the file again, or
 * refreshing a subscription, updates the sessions rather than adding them
 * twice.
 */
import ical, { type ICalDayJsStub, ICalEventStatus, escape as icalText } from 'ical-generator'
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library'
import { instantToZoned, isValidTimeZone, Lang } from '../../shared/doc/edition'
import { ExportSource } from '../../shared/exports'
import type { ExportOptions } from './export-format'
import {
  exportLangs,
  fileWords,
  interpretationMark,
  kindLabel,
  publishedDay,
  roleLabel,
  roomText,
} from './labels'
import { type PersonView, type ProgrammeView, type SessionView, textIn } from './programme-view'

/** The UID of a session's event: the same in every export of the edition. */
export const sessionUid = (editionId: string, sessionId: string): string =>
  `${sessionId}@${editionId}.kaigi`

/** "Intervenants : ", 「登壇者：」. */
const labelled = (lang: Lang, label: string, value: string): string =>
  lang === Lang.Japanese ? `${label}：${value}` : `${label} : ${value}`

/** "Mariko Mochizuki (Maire adjointe, Ville de Shizuoka)", 「望月 真理子（副市長、静岡市）」. */
function personText(person: PersonView, lang: Lang): string {
  const name = textIn(person.name, lang)
  const about = [
    textIn(person.role, lang),
    person.collectivite && textIn(person.collectivite.name, lang),
  ].filter((part): part is string => Boolean(part))
  if (about.length === 0) return name
  return lang === Lang.Japanese ? `${name}（${about.join('、')}）` : `${name} (${about.join(', ')})`
}

/**
 * Where a session in several rooms is held (a calendar's place names only
 * the first), its people role by role with their functions, and how it is
 * interpreted: one line each, in `lang` (the frab files say it too).
 */
export function sessionNotes(session: SessionView, lang: Lang): string[] {
  const list = (people: readonly PersonView[]) =>
    people.map((person) => personText(person, lang)).join(lang === Lang.Japanese ? '、' : ', ')
  const lines: string[] = []
  if (session.allRooms) lines.push(roomText(session, lang))
  else if (session.rooms.length > 1) {
    lines.push(labelled(lang, fileWords(lang).room, roomText(session, lang)))
  }
  for (const { role, persons } of session.people) {
    lines.push(labelled(lang, roleLabel(role, lang), list(persons)))
  }
  const mark = interpretationMark(session, lang)
  if (mark) lines.push(mark)
  return lines
}

/** `values` once each, side by side. */
const sideBySide = (values: readonly string[], separator = ' / '): string =>
  [...new Set(values.map((value) => value.trim()))].filter(Boolean).join(separator)

/**
 * An instant as ical-generator writes it on the clocks of a time zone. It
 * formats a native Date with the server's own zone, so dates go through its
 * day.js interface instead, with the zone conversion of `shared/doc`.
 */
class ZonedInstant implements ICalDayJsStub {
  constructor(
    private readonly instant: Date,
    private readonly timeZone: string,
  ) {}

  format(pattern?: string): string {
    const { day, time } = instantToZoned(this.instant, this.timeZone)
    if (pattern === 'YYYYMMDD') return day.replaceAll('-', '')
    if (pattern === 'HHmmss') {
      return `${time.replace(':', '')}${String(this.instant.getUTCSeconds()).padStart(2, '0')}`
    }
    return this.toJSON()
  }

  tz(timeZone?: string): ZonedInstant {
    return new ZonedInstant(this.instant, timeZone ?? this.timeZone)
  }

  utc(): ZonedInstant {
    return new ZonedInstant(this.instant, 'UTC')
  }

  isValid(): boolean {
    return !Number.isNaN(this.instant.getTime())
  }

  toDate(): Date {
    return new Date(this.instant)
  }

  toJSON(): string {
    return this.instant.toISOString()
  }
}

let knownZones: Set<string> | undefined
const vtimezones = new Map<string, { tzid: string; block: string } | null>()

/**
 * The VTIMEZONE of `timeZone` from timezones-ical-library, with the TZID it
 * names it by (`Etc/UTC` for `UTC`); null for a zone the library lacks, whose
 * times are then written in UTC.
 */
function vtimezone(timeZone: string): { tzid: string; block: string } | null {
  const cached = vtimezones.get(timeZone)
  if (cached !== undefined) return cached
  knownZones ??= new Set(tzlib_get_timezones() as string[])
  let found: { tzid: string; block: string } | null = null
  // Asked for a zone it does not know, the library writes to the console.
  if (knownZones.has(timeZone)) {
    const [block, tzidLine] = tzlib_get_ical_block(timeZone) as string[]
    const tzid = tzidLine?.startsWith('TZID=') ? tzidLine.slice('TZID='.length) : ''
    if (block?.includes('BEGIN:VTIMEZONE') && isValidTimeZone(tzid)) found = { tzid, block }
  }
  vtimezones.set(timeZone, found)
  return found
}

/** SEQUENCE counts seconds from here: it grows with each version, within 32 bits until 2088. */
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1)

/** `programme.ics`: the sessions as calendar events. */
export async function renderIcs(view: ProgrammeView, options: ExportOptions): Promise<string> {
  const langs = exportLangs(options.lang)
  const { meta, origin } = view
  const zone = vtimezone(meta.timeZone)
  const inLangs = (text: (lang: Lang) => string, separator?: string) =>
    sideBySide(langs.map(text), separator)

  const calendarName = inLangs((lang) => {
    const words = fileWords(lang)
    const name = words.pageTitle(textIn(meta.title, lang))
    return origin.source === ExportSource.Draft ? `${name} (${words.draft})` : name
  })
  const calendarDescription = inLangs(
    (lang) =>
      origin.source === ExportSource.Published
        ? fileWords(lang).publishedVersion(origin.versionName, publishedDay(origin.at, view, lang))
        : fileWords(lang).draft,
    '\n',
  )
  const calendar = ical({
    // ical-generator writes the calendar's name and description unescaped.
    name: icalText(calendarName, false),
    description: icalText(calendarDescription, false),
    prodId: {
      company: 'Kaigi',
      product: 'Programme',
      language: (langs[0] ?? Lang.French).toUpperCase(),
    },
    // No calendar-wide zone: DTSTAMP and LAST-MODIFIED stay in UTC, as RFC 5545 wants;
    // each event names its zone, whose VTIMEZONE the generator writes once.
    timezone: zone
      ? { name: null, generator: (tz) => (tz === zone.tzid ? zone.block : null) }
      : null,
  })
  if (zone) calendar.x([['X-WR-TIMEZONE', zone.tzid]])

  const sequence = Math.max(0, Math.floor((origin.at.getTime() - SEQUENCE_EPOCH_MS) / 1000))
  for (const session of view.days.flatMap((day) => day.sessions)) {
    const room = session.room
    const location = room
      ? inLangs((lang) =>
          [textIn(room.name, lang), textIn(meta.venue, lang)]
            .filter(Boolean)
            .join(lang === Lang.Japanese ? '、' : ', '),
        )
      : ''
    const description = inLangs(
      (lang) =>
        [
          [kindLabel(session.kind, lang), ...sessionNotes(session, lang)].join('\n'),
          textIn(session.description, lang),
        ]
          .filter(Boolean)
          .join('\n\n'),
      '\n\n',
    )
    calendar.createEvent({
      id: sessionUid(view.editionId, session.id),
      sequence,
      stamp: origin.at,
      lastModified: origin.at,
      start: zone ? new ZonedInstant(session.startsAt, zone.tzid) : session.startsAt,
      end: zone ? new ZonedInstant(session.endsAt, zone.tzid) : session.endsAt,
      timezone: zone?.tzid ?? null,
      summary: inLangs((lang) => textIn(session.title, lang)),
      ...(location ? { location } : {}),
      description,
      categories: [...new Set(langs.map((lang) => kindLabel(session.kind, lang)))].map((name) => ({
        name,
      })),
      status:
        session.status === 'confirmed' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    })
  }
  return calendar.toString()
}
