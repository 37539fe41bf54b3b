import { type Accessor, createContext, createSignal, useContext } from 'solid-js'

/** The views of one edition: its programme, or its themes and workshops. */
export const EditionView = { Programme: 'programme', Themes: 'themes' } as const
export type EditionView = (typeof EditionView)[keyof typeof EditionView]

/** The pages of the app, chosen from the address alone. */
export type Route =
  | { page: 'notes' }
  | { page: 'editions' }
  | { page: 'edition'; id: string; view: EditionView }
  | { page: 'not-found' }

const EDITION_PATH = /^\/editions\/([^/]+)(\/themes)?\/?$/
const NOTES_PATH = /^\/doc\/[^/]+\/?$/

/** The page that `url` opens: `?doc=` or `/doc/<name>` keep the shared notes. */
export function routeOf(url: URL): Route {
  if (url.searchParams.has('doc') || NOTES_PATH.test(url.pathname)) return { page: 'notes' }
  if (url.pathname === '/' || url.pathname === '') return { page: 'editions' }
  const match = EDITION_PATH.exec(url.pathname)
  const edition = match?.[1]
  if (edition !== undefined) {
    const view = match?.[2] ? EditionView.Themes : EditionView.Programme
    try {
      return { page: 'edition', id: decodeURIComponent(edition), view }
    } catch {
      return { page: 'not-found' }
    }
  }
  return { page: 'not-found' }
}

export interface Router {
  route: Accessor<Route>
  /** Goes to `path` in this page, as a link would, without reloading. */
  navigate(path: string): void
}

/** The route of the window's address, following links made with `navigate` and the back button. */
export function createRouter(): Router {
  const [route, setRoute] = createSignal(routeOf(new URL(window.location.href)))
  window.addEventListener('popstate', () => setRoute(routeOf(new URL(window.location.href))))
  return {
    route,
    navigate(path) {
      window.history.pushState(null, '', path)
      setRoute(routeOf(new URL(window.location.href)))
      window.scrollTo(0, 0)
    },
  }
}

/** The address of edition `id`'s page, showing `view`. */
export const editionPath = (id: string, view: EditionView = EditionView.Programme) =>
  `/editions/${encodeURIComponent(id)}${view === EditionView.Themes ? '/themes' : ''}`

export const RouterContext = createContext<Router>()

export function useRouter(): Router {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter outside <RouterContext.Provider>')
  return router
}
