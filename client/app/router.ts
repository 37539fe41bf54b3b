import { type Accessor, createContext, createSignal, useContext } from 'solid-js'
import { WarningCode } from '../../shared/doc/edition/warnings'

/**
 * The views of one edition: its programme, its themes and workshops, its
 * meetings, its members and links; and one meeting's suggestion wall.
 */
export const EditionView = {
  Programme: 'programme',
  /** The edition's details and its days. */
  Details: 'details',
  /** Venues and rooms. */
  Rooms: 'rooms',
  /** Speakers, moderators and everyone else in the sessions. */
  People: 'people',
  Collectivites: 'collectivites',
  Themes: 'themes',
  Meetings: 'meetings',
  Members: 'members',
  Proposals: 'proposals',
  Registrations: 'registrations',
  Versions: 'versions',
  /** Who changed what and when. */
  Activity: 'activity',
  /** The programme's files to download, and its public page. */
  Export: 'export',
  /** What is wrong with the programme: double bookings, texts to translate… */
  Conflicts: 'conflicts',
  /** The invitation letter: its two templates, its settings, the preview and the pack. */
  Letters: 'letters',
  /** The sends (the invitation pack, the reminder) and the outbox: editors and owners only. */
  Mail: 'mail',
  Wall: 'wall',
} as const
export type EditionView = (typeof EditionView)[keyof typeof EditionView]

/** The pages of the app, chosen from the address alone. */
export type Route =
  | { page: 'notes' }
  | { page: 'editions' }
  /** The directory of collectivités across editions (editors and owners). */
  | { page: 'directory' }
  | {
      page: 'edition'
      id: string
      view: EditionView
      /** The meeting whose wall is shown (the wall view only). */
      meetingId: string | null
      /**
       * `?session=`: on the programme, a session to show, its editor open; on
       * the activity, the session whose history is shown.
       */
      sessionId: string | null
      /** `?day=`: on the programme, the day shown. */
      day: string | null
      /** `?field=`: on the programme, the field of the opened session to focus. */
      field: string | null
      /** `?kind=`: on the conflicts, the only kind of warning listed. */
      kind: WarningCode | null
    }
  | { page: 'invite'; token: string }
  /** A meeting's participant page, `/m/<token>`: open to anyone with the link. */
  | { page: 'participant'; token: string }
  /** The participation form, `/f/<token>`: open to anyone with the link. */
  | { page: 'form'; token: string }
  | { page: 'not-found' }

const EDITION_PATH =
  /^\/editions\/([^/]+)(?:\/(details|rooms|people|collectivites|themes|meetings|proposals|registrations|versions|activity|export|members|conflicts|letters|mail))?\/?$/
const WALL_PATH = /^\/editions\/([^/]+)\/meetings\/([^/]+)\/wall\/?$/
const NOTES_PATH = /^\/doc\/[^/]+\/?$/
const INVITE_PATH = /^\/invite\/([^/]+)\/?$/
const PARTICIPANT_PATH = /^\/m\/([^/]+)\/?$/
const FORM_PATH = /^\/f\/([^/]+)\/?$/
const DIRECTORY_PATH = /^\/directory\/?$/

const DAY = /^\d{4}-\d{2}-\d{2}$/
const WARNING_CODES: readonly string[] = Object.values(WarningCode)

/** The edition page's parts of the address that no view reads. */
const NO_PLACE = { sessionId: null, day: null, field: null, kind: null } as const

const decoded = (part: string): string | null => {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/** The page that `url` opens: `?doc=` or `/doc/<name>` keep the shared notes. */
export function routeOf(url: URL): Route {
  if (url.searchParams.has('doc') || NOTES_PATH.test(url.pathname)) return { page: 'notes' }
  if (url.pathname === '/' || url.pathname === '') return { page: 'editions' }
  if (DIRECTORY_PATH.test(url.pathname)) return { page: 'directory' }
  const invite = INVITE_PATH.exec(url.pathname)?.[1]
  if (invite !== undefined) {
    const token = decoded(invite)
    return token ? { page: 'invite', token } : { page: 'not-found' }
  }
  const participant = PARTICIPANT_PATH.exec(url.pathname)?.[1]
  if (participant !== undefined) {
    const token = decoded(participant)
    return token ? { page: 'participant', token } : { page: 'not-found' }
  }
  const form = FORM_PATH.exec(url.pathname)?.[1]
  if (form !== undefined) {
    const token = decoded(form)
    return token ? { page: 'form', token } : { page: 'not-found' }
  }
  const wall = WALL_PATH.exec(url.pathname)
  if (wall?.[1] !== undefined && wall[2] !== undefined) {
    const id = decoded(wall[1])
    const meetingId = decoded(wall[2])
    return id && meetingId
      ? { page: 'edition', id, view: EditionView.Wall, meetingId, ...NO_PLACE }
      : { page: 'not-found' }
  }
  const match = EDITION_PATH.exec(url.pathname)
  const edition = match?.[1]
  if (edition !== undefined) {
    const id = decoded(edition)
    const view = (match?.[2] as EditionView | undefined) ?? EditionView.Programme
    if (!id) return { page: 'not-found' }
    const query = url.searchParams
    const programme = view === EditionView.Programme
    const sessionId = programme || view === EditionView.Activity ? query.get('session') : null
    const day = programme ? query.get('day') : null
    const kind = view === EditionView.Conflicts ? query.get('kind') : null
    return {
      page: 'edition',
      id,
      view,
      meetingId: null,
      sessionId,
      day: day && DAY.test(day) ? day : null,
      field: programme && sessionId ? query.get('field') : null,
      kind: kind && WARNING_CODES.includes(kind) ? (kind as WarningCode) : null,
    }
  }
  return { page: 'not-found' }
}

export interface Router {
  route: Accessor<Route>
  /**
   * Goes to `path` in this page, as a link would, without reloading;
   * `replace` leaves no history entry for the page left (a used invitation);
   * `state` is kept with the entry (`history.state`).
   */
  navigate(path: string, options?: { replace?: boolean; state?: unknown }): void
}

/** The route of the window's address, following links made with `navigate` and the back button. */
export function createRouter(): Router {
  const [route, setRoute] = createSignal(routeOf(new URL(window.location.href)))
  window.addEventListener('popstate', () => setRoute(routeOf(new URL(window.location.href))))
  return {
    route,
    navigate(path, options = {}) {
      const state = options.state ?? null
      const page = window.location.pathname
      if (options.replace) window.history.replaceState(state, '', path)
      else window.history.pushState(state, '', path)
      setRoute(routeOf(new URL(window.location.href)))
      // Another page starts at its top; the same one with another day or session stays where it was.
      if (window.location.pathname !== page) window.scrollTo(0, 0)
    },
  }
}

/** The address of edition `id`'s page, showing `view` (one of its tabs). */
export const editionPath = (
  id: string,
  view: Exclude<EditionView, 'wall'> = EditionView.Programme,
) => `/editions/${encodeURIComponent(id)}${view === EditionView.Programme ? '' : `/${view}`}`

/** The address of edition `id`'s activity, showing the history of session `sessionId` if given. */
export const activityPath = (id: string, sessionId: string | null = null) =>
  `${editionPath(id, EditionView.Activity)}${sessionId ? `?session=${encodeURIComponent(sessionId)}` : ''}`

/** The address of the suggestion wall of meeting `meetingId` of edition `id`. */
export const wallPath = (id: string, meetingId: string) =>
  `/editions/${encodeURIComponent(id)}/meetings/${encodeURIComponent(meetingId)}/wall`

/** A place in the programme: the day shown, the session opened and which of its fields has the focus. */
export interface ProgrammePlace {
  day?: string | null
  sessionId?: string | null
  field?: string | null
}

/** The address of edition `id`'s programme at `place`, so that a reload or a shared link lands there. */
export function programmePath(id: string, place: ProgrammePlace): string {
  const query = new URLSearchParams()
  if (place.day) query.set('day', place.day)
  if (place.sessionId) query.set('session', place.sessionId)
  if (place.sessionId && place.field) query.set('field', place.field)
  const search = query.toString()
  return `${editionPath(id)}${search ? `?${search}` : ''}`
}

/** The address of edition `id`'s programme showing session `sessionId`, its editor open. */
export const sessionPath = (id: string, sessionId: string) => programmePath(id, { sessionId })

/** The address of edition `id`'s conflicts, only those of `kind` if given. */
export const conflictsPath = (id: string, kind: WarningCode | null = null) =>
  `${editionPath(id, EditionView.Conflicts)}${kind ? `?kind=${kind}` : ''}`

export const RouterContext = createContext<Router>()

export function useRouter(): Router {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter outside <RouterContext.Provider>')
  return router
}
