/**
 * The programme as every export reads it: the published version's (or the
 * draft's) entities resolved into days of sessions, each with its room,
 * theme and people, in the order a printed programme gives them. The
 * exports only lay this out; none of them looks into the document.
 */
import {
  type Collectivite,
  type EditionMeta,
  type Interpretation,
  instantToZoned,
  isPlaced,
  type Lang,
  type LocalizedText,
  PEOPLE_FIELD_OF_ROLE,
  type Person,
  type Room,
  SESSION_ROLES,
  type SessionKind,
  type SessionRole,
  type SessionStatus,
  sessionInstants,
  sessionRoomIds,
  type Theme,
  ThemeKind,
  type TimedSession,
} from '../../shared/doc/edition'
import type { ExportSource } from '../../shared/exports'
import type { ProgrammeEntities } from '../../shared/versions'

/** Which state of the edition an export shows. */
export type ProgrammeOrigin =
  | { source: typeof ExportSource.Published; versionId: string; versionName: string; at: Date }
  | { source: typeof ExportSource.Draft; at: Date }

export interface PersonView {
  id: string
  name: LocalizedText
  role: LocalizedText
  collectivite: Collectivite | null
}

export interface SessionView {
  id: string
  kind: SessionKind
  status: SessionStatus
  title: LocalizedText
  description: LocalizedText
  /** The day and wall-clock times in the edition's time zone. */
  day: string
  start: string
  /** The wall-clock end: start plus duration, across any change of clocks. */
  end: string
  durationMinutes: number
  startsAt: Date
  endsAt: Date
  /** Its rooms in grid order (every room for a session across all rooms). */
  rooms: Room[]
  /** Whether it takes every room: a programme says "all rooms" rather than naming them. */
  allRooms: boolean
  /** The first of its rooms: where a calendar or a frab event is said to be. */
  room: Room | null
  theme: Theme | null
  /** Its people, role by role in programme order; roles without anyone left out. */
  people: Array<{ role: SessionRole; persons: PersonView[] }>
  interpretation: Interpretation
}

export interface DayView {
  day: string
  sessions: SessionView[]
}

export interface ProgrammeView {
  editionId: string
  origin: ProgrammeOrigin
  meta: EditionMeta
  globalTheme: Theme | null
  /** In grid order. */
  rooms: Room[]
  /** In their order, the global theme among them. */
  themes: Theme[]
  /** Only days that hold sessions, in date order; unplaced sessions are in none. */
  days: DayView[]
}

const byPosition = <T extends { position: number; id: string }>(a: T, b: T): number =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Resolves `entities` into the programme the exports lay out. */
export function programmeView(
  editionId: string,
  entities: ProgrammeEntities,
  origin: ProgrammeOrigin,
): ProgrammeView {
  const { meta } = entities
  const rooms = [...entities.rooms].sort(byPosition)
  const themes = [...entities.themes].sort(byPosition)
  const roomById = new Map(rooms.map((room) => [room.id, room]))
  const roomOrder = new Map(rooms.map((room, index) => [room.id, index]))
  const themeById = new Map(themes.map((theme) => [theme.id, theme]))
  const collectiviteById = new Map(entities.collectivites.map((c) => [c.id, c]))
  const personById = new Map(entities.persons.map((person) => [person.id, person]))
  const people = (ids: readonly string[]): PersonView[] =>
    ids.flatMap((id) => {
      const person: Person | undefined = personById.get(id)
      if (!person) return []
      const collectivite = person.collectiviteId
        ? (collectiviteById.get(person.collectiviteId) ?? null)
        : null
      return [{ id, name: person.name, role: person.role, collectivite }]
    })

  const sessionView = (session: TimedSession): SessionView => {
    const { start, end } = sessionInstants(session, meta.timeZone)
    const sessionRooms = sessionRoomIds(session, rooms).flatMap((id) => roomById.get(id) ?? [])
    return {
      id: session.id,
      kind: session.kind,
      status: session.status,
      title: session.title,
      description: session.description,
      day: session.day,
      start: session.start,
      end: instantToZoned(end, meta.timeZone).time,
      durationMinutes: session.durationMinutes,
      startsAt: start,
      endsAt: end,
      rooms: sessionRooms,
      allRooms: session.allRooms && sessionRooms.length > 1,
      room: sessionRooms[0] ?? null,
      theme: session.themeId ? (themeById.get(session.themeId) ?? null) : null,
      people: SESSION_ROLES.map((role) => ({
        role,
        persons: people(session[PEOPLE_FIELD_OF_ROLE[role]]),
      })).filter((group) => group.persons.length > 0),
      interpretation: session.interpretation,
    }
  }
  // Unplaced sessions (no day, time or room: the grid's tray) are not printed, as the grid does not draw them.
  const roomRank = (session: SessionView) =>
    session.room ? (roomOrder.get(session.room.id) ?? rooms.length) : rooms.length
  const sessions = entities.sessions
    .filter((session): session is TimedSession => isPlaced(session, rooms))
    .map(sessionView)
    .sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() ||
        roomRank(a) - roomRank(b) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
  const days: DayView[] = []
  for (const session of sessions) {
    const last = days.at(-1)
    if (last?.day === session.day) last.sessions.push(session)
    else days.push({ day: session.day, sessions: [session] })
  }

  const globalTheme =
    (meta.globalThemeId ? themeById.get(meta.globalThemeId) : undefined) ??
    themes.find((theme) => theme.kind === ThemeKind.Global) ??
    null
  return { editionId, origin, meta, globalTheme, rooms, themes, days }
}

/**
 * A text in `lang`, or in another language where that one is empty, so that
 * a missing translation never leaves a blank in a printed programme.
 */
export function textIn(text: LocalizedText, lang: Lang): string {
  return text[lang] || text.fr || text.ja || text.en
}
