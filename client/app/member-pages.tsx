import { type Component, type ParentComponent, Show } from 'solid-js'
import {
  AuthContext,
  AuthState,
  type AuthStore,
  createAuthStore,
  useAuth,
} from '../features/access/auth'
import { SignInNeeded } from '../features/access/SignInNeeded'
import { useI18n } from '../lib/i18n'
import { browserStorage } from '../lib/storage'
import { Header } from './Header'
import { Link } from './Link'
import { useRouter } from './router'

// The layout of the members' pages, loaded with the first of them: a
// participant's phone or a collectivité's form never downloads the sign-in.

/**
 * The members' pages share one sign-in, asked of the server once the first
 * of them opens. An invitation or a device link opened on a new device does
 * not ask who is signed in (see AuthOptions).
 */
let auth: AuthStore | undefined

export const MembersAuth: ParentComponent = (props) => {
  const { route } = useRouter()
  auth ??= createAuthStore(browserStorage(), {
    askOnlyIfRemembered: route().page === 'invite' || route().page === 'device',
  })
  return <AuthContext.Provider value={auth}>{props.children}</AuthContext.Provider>
}

/**
 * The pages start at once, before `/api/me` answers (an edition opens from
 * its local copy offline); once any answer says nobody is signed in, they
 * give way to the sign-in page.
 */
export const SignedIn: ParentComponent = (props) => {
  const auth = useAuth()
  return (
    <Show when={auth.state() !== AuthState.SignedOut} fallback={<SignInNeeded />}>
      {props.children}
    </Show>
  )
}

export const NotFound: Component = () => {
  const { t } = useI18n()
  return (
    <>
      <Header status={null} />
      <main class="page">
        <p class="notice">{t().edition.notFound}</p>
        <Link href="/">{t().edition.backToList}</Link>
      </main>
    </>
  )
}
