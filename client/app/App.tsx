import {
  Route as Page,
  Router as PageRouter,
  type RouteSectionProps,
  useCurrentMatches,
  useLocation,
  useNavigate,
} from '@solidjs/router'
import { type Component, createEffect, createMemo, type JSX, lazy, Show } from 'solid-js'
import { I18nContext, type I18nStore } from '../lib/i18n'
import {
  decoded,
  EDITION_TABS,
  type PageName,
  type Route,
  type Router,
  RouterContext,
  routeFrom,
  useRouter,
} from './router'

/** The page `name` of the module `load` brings: its own script, loaded when first shown. */
function lazyPage<P extends object, K extends string>(
  load: () => Promise<Record<K, Component<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }))
}

// Each page is its own script, loaded when it opens: a participant's phone
// downloads the participant page, not the programme grid; the directory is
// for the committees' editors, and no one else downloads it.
const ParticipantPage = lazyPage(
  () => import('../features/participant/ParticipantPage'),
  'ParticipantPage',
)
const FormPage = lazyPage(() => import('../features/registrations/FormPage'), 'FormPage')
const InvitePage = lazyPage(() => import('../features/access/InvitePage'), 'InvitePage')
const DevicePage = lazyPage(() => import('../features/access/DevicePage'), 'DevicePage')
const NotesPage = lazyPage(() => import('../features/notes/NotesPage'), 'NotesPage')
const MembersAuth = lazyPage(() => import('./member-pages'), 'MembersAuth')
const SignedIn = lazyPage(() => import('./member-pages'), 'SignedIn')
const NotFound = lazyPage(() => import('./member-pages'), 'NotFound')
const EditionList = lazyPage(() => import('../features/editions/EditionList'), 'EditionList')
const EditionPage = lazyPage(() => import('../features/editions/EditionPage'), 'EditionPage')
const DirectoryPage = lazyPage(() => import('../features/directory/DirectoryPage'), 'DirectoryPage')

/** A token of an address: any segment that decodes (a broken one is no page). */
const TOKEN = { token: (part: string) => Boolean(decoded(part)) }
const EDITION = {
  id: (part: string) => Boolean(decoded(part)),
  view: EDITION_TABS as string[],
  meetingId: (part: string) => Boolean(decoded(part)),
}

/**
 * Runs `fn` in the frame after next: after what the new page itself does in
 * its first frame (an editor focusing its first field), so that `fn` has
 * the last word.
 */
const afterFirstFrame = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn))

/**
 * The app's router, as the pages use it: the route of the address (which
 * page, and what it reads from the address) and a way to go elsewhere.
 * History, links and the back button are @solidjs/router's.
 */
const PageRoutes: Component<RouteSectionProps> = (props) => {
  const matches = useCurrentMatches()
  const location = useLocation()
  const go = useNavigate()
  const route = createMemo(() => {
    const match = matches().at(-1)
    const page = (match?.route.info as { page?: PageName } | undefined)?.page ?? 'not-found'
    return routeFrom(page, match?.params ?? {}, new URLSearchParams(location.search))
  })
  const shown = () => `${location.pathname}${location.search}${location.hash}`
  let target: string | null = null
  let waiting: Array<() => void> = []
  createEffect(() => {
    if (shown() !== target || waiting.length === 0) return
    const run = waiting
    waiting = []
    afterFirstFrame(() => {
      for (const fn of run) fn()
    })
  })
  const router: Router = {
    route,
    hash: () => location.hash,
    navigate(path, options = {}) {
      const url = new URL(path, window.location.href)
      // Another page starts at its top; the same one with another day or
      // session stays where it was.
      const samePage = url.pathname === location.pathname
      target = `${url.pathname}${url.search}${url.hash}`
      go(path, { replace: options.replace, state: options.state ?? null, scroll: !samePage })
    },
    afterNavigate(fn) {
      if (target === null || shown() === target) afterFirstFrame(fn)
      else waiting.push(fn)
    },
  }
  return <RouterContext.Provider value={router}>{props.children}</RouterContext.Provider>
}

/**
 * A page made afresh for each token or edition it shows: another edition
 * is another document, its session and its local copy.
 */
function keyedBy(key: (route: Route) => string | null, page: (key: string) => JSX.Element) {
  return () => {
    const { route } = useRouter()
    return (
      <Show when={key(route())} keyed>
        {(value) => page(value)}
      </Show>
    )
  }
}

/** `/` lists the editions; `/?doc=<name>` keeps the shared notes. */
const EditionsOrNotes: Component = () => {
  const { route } = useRouter()
  return (
    <Show when={route().page === 'notes'} fallback={<EditionList />}>
      <NotesPage />
    </Show>
  )
}

const tokenOf = (route: Route) => ('token' in route ? route.token : null)
const editionOf = (route: Route) => (route.page === 'edition' ? route.id : null)

export const App: Component<{ i18n: I18nStore }> = (props) => {
  const i18n = props.i18n
  createEffect(() => {
    // The lang attribute picks the Japanese or French forms of shared glyphs.
    document.documentElement.lang = i18n.locale()
  })

  const page = (name: PageName) => ({ page: name })

  return (
    <I18nContext.Provider value={i18n}>
      {/* Only links marked `link` are the router's: a file to download is fetched from the server. */}
      <PageRouter explicitLinks root={PageRoutes}>
        {/* A participant's phone, or a collectivité filling in the
            participation form, has no account: these pages never ask who
            is signed in, nor turn into the sign-in page. */}
        <Page
          path="/m/:token"
          matchFilters={TOKEN}
          info={page('participant')}
          component={keyedBy(tokenOf, (token) => <ParticipantPage token={token} />)}
        />
        <Page
          path="/f/:token"
          matchFilters={TOKEN}
          info={page('form')}
          component={keyedBy(tokenOf, (token) => <FormPage token={token} />)}
        />
        <Page component={MembersAuth}>
          <Page
            path="/invite/:token"
            matchFilters={TOKEN}
            info={page('invite')}
            component={keyedBy(tokenOf, (token) => <InvitePage token={token} />)}
          />
          <Page
            path="/device/:token"
            matchFilters={TOKEN}
            info={page('device')}
            component={keyedBy(tokenOf, (token) => <DevicePage token={token} />)}
          />
          <Page component={SignedIn}>
            <Page path="/" info={page('editions')} component={EditionsOrNotes} />
            <Page path="/doc/:name" info={page('notes')} component={NotesPage} />
            <Page path="/directory" info={page('directory')} component={DirectoryPage} />
            <Page
              path={[
                '/editions/:id',
                '/editions/:id/:view',
                '/editions/:id/meetings/:meetingId/wall',
              ]}
              matchFilters={EDITION}
              info={page('edition')}
              component={keyedBy(editionOf, (id) => <EditionPage id={id} />)}
            />
            <Page path="*" info={page('not-found')} component={NotFound} />
          </Page>
        </Page>
      </PageRouter>
    </I18nContext.Provider>
  )
}
