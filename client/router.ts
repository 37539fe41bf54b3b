import { type Accessor, createContext, createSignal, useContext } from 'solid-js'

/** The pages of the app, chosen from the address alone. */
export type Route =
  | { page: 'notes' }
  | { page: 'editions' }
  | { page: 'edition'; id: string }
  | { page: 'not-found' }

const EDITION_PATH = /^\/editions\/([^/]+)\/?$/
const NOTES_PATH = /^\/doc\/[^/]+\/?$/

/** The page that `url` opens: `?doc=` or `/doc/<name>` keep the shared notes. */
export function routeOf(url: URL): Route {
  if (url.searchParams.has('doc') || NOTES_PATH.test(url.pathname)) return { page: 'notes' }
  if (url.pathname === '/' || url.pathname === '') return { page: 'editions' }
  const edition = EDITION_PATH.exec(url.pathname)?.[1]
  if (edition !== undefined) {
    try {
      return { page: 'edition', id: decodeURIComponent(edition) }
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

/** The address of edition `id`'s page. */
export const editionPath = (id: string) => `/editions/${encodeURIComponent(id)}`

export const RouterContext = createContext<Router>()

export function useRouter(): Router {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter outside <RouterContext.Provider>')
  return router
}
