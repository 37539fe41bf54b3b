import type { Interpretation, SessionKind, SessionRole } from '../doc/edition'

/**
 * The programme's own words, read by the interface and by the exported
 * files alike, so that a session kind or a heading reads the same in the
 * app and on paper. Each language's file provides all of them.
 */
export interface ProgrammeWords {
  /** The words inside the exported files. */
  file: ProgrammeFileWords
  /** A time zone as its city: "Tokyo", 「東京」. */
  zoneCity: (timeZone: string) => string
  /** A session kind's name: "Atelier", 「分科会」. */
  kind: Record<SessionKind, string>
}

/**
 * The words inside the exported programme files (PDF, Word, web page,
 * calendar): the server writes them in French, Japanese, or both.
 */
export interface ProgrammeFileWords {
  /** "Programme officiel" on the cover. */
  programme: string
  /** The cover's line for a draft: it is not the published programme. */
  draft: string
  /** The cover's line naming the published version. */
  publishedVersion: (name: string, date: string) => string
  globalTheme: string
  dates: string
  venue: string
  room: string
  noRoom: string
  /** A session across every room: "Toutes les salles". */
  allRooms: string
  /** The heading over each role's people: "Intervenants", 「登壇者」. */
  roles: Record<SessionRole, string>
  /** The mark of a session interpreted French ⇄ Japanese, by kind; none has no mark. */
  interpretation: Record<Exclude<Interpretation, 'none'>, string>
  /** A day's heading: "Lundi 18 novembre 2024". */
  day: (day: string) => string
  /** A time range: "09:30 – 10:45". */
  timeRange: (start: string, end: string) => string
  /** "All times are Tokyo time." */
  timesIn: (zoneName: string) => string
  noSessions: string
  /** The public page's language switch: which language is read first. */
  readFirst: string
  /** The page's own title in the browser tab. */
  pageTitle: (edition: string) => string
  /** The web page's print button. */
  print: string
}
