import { type Accessor, createContext, useContext } from 'solid-js'
import { WarningCode } from '../../shared/doc/edition/warning-codes'

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

/** The pages of the app, and what each reads from its address. */
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
  /** A device link, `/device/<token>`: signs another device in. */
  | { page: 'device'; token: string }
  /** A meeting's participant page, `/m/<token>`: open to anyone with the link. */
  | { page: 'participant'; token: string }
  /** The participation form, `/f/<token>`: open to anyone with the link. */
  | { page: 'form'; token: string }
  | { page: 'not-found' }

/** The edition tabs that have an address of their own (`/editions/<id>/<view>`). */
export const EDITION_TABS: readonly string[] = Object.values(EditionView).filter(
  (view) => view !== EditionView.Programme && view !== EditionView.Wall,
)

const DAY = /^\d{4}-\d{2}-\d{2}$/
const WARNING_CODES: readonly string[] = Object.values(WarningCode)

/** The edition page's parts of the address that no view reads. */
const NO_PLACE = { sessionId: null, day: null, field: null, kind: null } as const

/** A part of the address as written, decoded; null if it is not valid percent-encoding. */
export const decoded = (part: string): string | null => {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/** Which page a route of the app's table shows (its `info`). */
export type PageName = Route['page']

/**
 * The route of page `page`, matched with the address's `params` (as
 * written, percent-encoded) and `query`: the page, its tokens decoded, and
 * for an edition its tab and its place (the day shown, the session open, the
 * field to focus, the kind of warning listed), each kept only where its tab
 * reads it and where it is well formed.
 */
export function routeFrom(
  page: PageName,
  params: Readonly<Record<string, string | undefined>>,
  query: URLSearchParams,
): Route {
  switch (page) {
    case 'editions':
      // `/?doc=<name>` keeps the shared notes.
      return query.has('doc') ? { page: 'notes' } : { page: 'editions' }
    case 'notes':
    case 'directory':
    case 'not-found':
      return { page }
    case 'invite':
    case 'device':
    case 'participant':
    case 'form': {
      const token = decoded(params.token ?? '')
      return token ? { page, token } : { page: 'not-found' }
    }
    case 'edition':
      return editionRoute(params, query)
  }
}

function editionRoute(
  params: Readonly<Record<string, string | undefined>>,
  query: URLSearchParams,
): Route {
  const id = decoded(params.id ?? '')
  if (!id) return { page: 'not-found' }
  if (params.meetingId !== undefined) {
    const meetingId = decoded(params.meetingId)
    return meetingId
      ? { page: 'edition', id, view: EditionView.Wall, meetingId, ...NO_PLACE }
      : { page: 'not-found' }
  }
  const view = (params.view as EditionView | undefined) ?? EditionView.Programme
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

export interface Router {
  route: Accessor<Route>
  /**
   * Goes to `path` in this page, as a link would, without reloading;
   * `replace` leaves no history entry for the page left (a used invitation);
   * `state` is kept with the entry (`history.state`).
   */
  navigate(path: string, options?: { replace?: boolean; state?: unknown }): void
  /**
   * Runs `fn` once the page shows the address of the last `navigate`, after
   * the new page's first frame (the router draws the new page in a
   * transition, after `navigate` returns): to move the focus into what it
   * opened.
   */
  afterNavigate(fn: () => void): void
  /**
   * The address's fragment (`#…`), as the page shown has it: read it here,
   * not from `window.location`, which the router updates after the page.
   */
  hash: Accessor<string>
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
