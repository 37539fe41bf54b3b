/**
 * The programme as every export reads it: the published version's (or the
 * draft's) entities resolved into days of sessions, each with its room,
 * theme and people, in the order a printed programme gives them. The
 * exports only lay this out; none of them looks into the document.
 */
import {
  type Collectivite,
  type EditionMeta,
  instantToZoned,
  type Lang,
  type LocalizedText,
  type Person,
  type Room,
  type Session,
  type SessionKind,
  type SessionStatus,
  sessionInstants,
  type Theme,
  ThemeKind,
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
  room: Room | null
  theme: Theme | null
  speakers: PersonView[]
  moderators: PersonView[]
  interpretation: boolean
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
  /** Only days that hold sessions, in date order. */
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

  const sessionView = (session: Session): SessionView => {
    const { start, end } = sessionInstants(session, meta.timeZone)
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
      room: session.roomId ? (roomById.get(session.roomId) ?? null) : null,
      theme: session.themeId ? (themeById.get(session.themeId) ?? null) : null,
      speakers: people(session.speakerIds),
      moderators: people(session.moderatorIds),
      interpretation: session.interpretation,
    }
  }
  // Sessions without a room come after the rooms, as in the grid.
  const roomRank = (session: SessionView) =>
    session.room ? (roomOrder.get(session.room.id) ?? rooms.length) : rooms.length
  const sessions = entities.sessions
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
