import { type Component, createEffect, lazy, Match, Switch } from 'solid-js'
import { AuthContext, AuthState, createAuthStore } from '../features/access/auth'
import { deviceTokenOf } from '../features/access/device-token'
import { SignInNeeded } from '../features/access/SignInNeeded'
import { createI18nStore, I18nContext } from '../lib/i18n'
import { browserStorage } from '../lib/storage'
import { Header } from './Header'
import { Link } from './Link'
import { createRouter, RouterContext, routeOf } from './router'

// Each page is its own script, loaded when it opens: a participant's phone
// downloads the participant page, not the programme grid; the directory is
// for the committees' editors, and no one else downloads it.
const ParticipantPage = lazy(async () => ({
  default: (await import('../features/participant/ParticipantPage')).ParticipantPage,
}))
const FormPage = lazy(async () => ({
  default: (await import('../features/registrations/FormPage')).FormPage,
}))
const InvitePage = lazy(async () => ({
  default: (await import('../features/access/InvitePage')).InvitePage,
}))
const DevicePage = lazy(async () => ({
  default: (await import('../features/access/DevicePage')).DevicePage,
}))
const NotesPage = lazy(async () => ({
  default: (await import('../features/notes/NotesPage')).NotesPage,
}))
const EditionList = lazy(async () => ({
  default: (await import('../features/editions/EditionList')).EditionList,
}))
const EditionPage = lazy(async () => ({
  default: (await import('../features/editions/EditionPage')).EditionPage,
}))
const DirectoryPage = lazy(async () => ({
  default: (await import('../features/directory/DirectoryPage')).DirectoryPage,
}))

export const App: Component = () => {
  const storage = browserStorage()
  const i18n = createI18nStore(storage, navigator.languages ?? [navigator.language])

  createEffect(() => {
    // The lang attribute picks the Japanese or French forms of shared glyphs.
    document.documentElement.lang = i18n.locale()
  })

  // A participant's phone, or a collectivité filling in the participation
  // form, has no account: its page is the whole app, and never asks who is
  // signed in (nor turns into the sign-in page).
  const first = routeOf(new URL(window.location.href))
  if (first.page === 'participant') {
    return (
      <I18nContext.Provider value={i18n}>
        <ParticipantPage token={first.token} />
      </I18nContext.Provider>
    )
  }
  if (first.page === 'form') {
    return (
      <I18nContext.Provider value={i18n}>
        <FormPage token={first.token} />
      </I18nContext.Provider>
    )
  }
  // A device link opens on a device not signed in yet: its page is the whole app.
  const deviceToken = deviceTokenOf(new URL(window.location.href))
  // An invitation or a device link opened on a new device does not ask who is
  // signed in (see AuthOptions).
  const auth = createAuthStore(storage, {
    askOnlyIfRemembered: first.page === 'invite' || deviceToken !== null,
  })
  const router = createRouter()
  if (deviceToken !== null) {
    return (
      <I18nContext.Provider value={i18n}>
        <AuthContext.Provider value={auth}>
          <RouterContext.Provider value={router}>
            <DevicePage token={deviceToken} />
          </RouterContext.Provider>
        </AuthContext.Provider>
      </I18nContext.Provider>
    )
  }

  // The pages start at once, before `/api/me` answers (an edition opens from
  // its local copy offline); once any answer says nobody is signed in, only
  // an invitation link's page is open.
  return (
    <I18nContext.Provider value={i18n}>
      <AuthContext.Provider value={auth}>
        <RouterContext.Provider value={router}>
          <Switch>
            <Match
              when={(() => {
                const route = router.route()
                return route.page === 'invite' ? route.token : null
              })()}
              keyed
            >
              {(token) => <InvitePage token={token} />}
            </Match>
            <Match
              when={(() => {
                const route = router.route()
                return route.page === 'participant' ? route.token : null
              })()}
              keyed
            >
              {(token) => <ParticipantPage token={token} />}
            </Match>
            <Match
              when={(() => {
                const route = router.route()
                return route.page === 'form' ? route.token : null
              })()}
              keyed
            >
              {(token) => <FormPage token={token} />}
            </Match>
            <Match when={auth.state() === AuthState.SignedOut}>
              <SignInNeeded />
            </Match>
            <Match when={router.route().page === 'notes'}>
              <NotesPage />
            </Match>
            <Match when={router.route().page === 'editions'}>
              <EditionList />
            </Match>
            <Match when={router.route().page === 'directory'}>
              <DirectoryPage />
            </Match>
            <Match
              when={(() => {
                const route = router.route()
                return route.page === 'edition' ? route.id : null
              })()}
              keyed
            >
              {(id) => <EditionPage id={id} />}
            </Match>
            <Match when={router.route().page === 'not-found'}>
              <Header status={null} />
              <main class="page">
                <p class="notice">{i18n.t().edition.notFound}</p>
                <Link href="/">{i18n.t().edition.backToList}</Link>
              </main>
            </Match>
          </Switch>
        </RouterContext.Provider>
      </AuthContext.Provider>
    </I18nContext.Provider>
  )
}
