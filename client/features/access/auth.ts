import { type Accessor, createContext, createSignal, useContext } from 'solid-js'
import { type Me, MeSchema, Role } from '../../../shared/access'
import { isUnauthorized } from '../../lib/api'
import type { KeyValueStore } from '../../lib/storage'
import { forgetLocalCopies } from '../../sync/local-copy'
import { signOut as endSession, fetchMe } from './api'

/**
 * `loading` until `/api/me` answers; `signed-in`; `signed-out` once any API
 * answered 401; `unreachable` when the server could not be asked (offline):
 * the pages then work from what this device keeps.
 */
export const AuthState = {
  Loading: 'loading',
  SignedIn: 'signed-in',
  SignedOut: 'signed-out',
  Unreachable: 'unreachable',
} as const
export type AuthState = (typeof AuthState)[keyof typeof AuthState]

export interface AuthStore {
  state: Accessor<AuthState>
  /** Who is signed in; while the server is unreachable, who was last time. */
  me: Accessor<Me | null>
  /** The signed-in person's role in edition `editionId`, if they have one. */
  roleIn(editionId: string): Role | null
  /** Asks the server again who is signed in (after accepting an invitation). */
  refresh(): Promise<void>
  /**
   * Passes `request` through, noting a 401 on the way: the session has
   * ended, and the app asks the person to sign in again.
   */
  guard<T>(request: Promise<T>): Promise<T>
  /** Ends the session on the server; like any sign-out, forgets this device's copies of the programmes. */
  signOut(): Promise<void>
}

const KEY = 'kaigi.me'

export interface AuthOptions {
  /**
   * Asks `/api/me` at once only if this device remembers a sign-in; otherwise
   * starts signed out, until `refresh`. For the invitation page, which a new
   * device opens signed out: asking would only earn a 401 (an error in the
   * browser's console), and accepting the link refreshes anyway. A device
   * that forgot its sign-in but kept the cookie loses nothing there: the
   * server adds the role to the person the cookie names.
   */
  askOnlyIfRemembered?: boolean
}

/** Who this browser is signed in as, from `GET /api/me`; the last answer kept in `storage`. */
export function createAuthStore(
  storage: KeyValueStore,
  { askOnlyIfRemembered = false }: AuthOptions = {},
): AuthStore {
  const [state, setState] = createSignal<AuthState>(AuthState.Loading)
  const [me, setMe] = createSignal<Me | null>(null)

  const remembered = (): Me | null => {
    try {
      const parsed = MeSchema.safeParse(JSON.parse(storage.get(KEY) ?? 'null'))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }
  // The pages go first, closing their local copies; then what this device
  // keeps of the programmes is deleted, edits not yet sent included: they
  // must not reach the server later under someone else's sign-in.
  const signedOut = (): Promise<void> => {
    storage.remove(KEY)
    setMe(null)
    setState(AuthState.SignedOut)
    return forgetLocalCopies()
  }
  const refresh = async () => {
    try {
      const answer = await fetchMe()
      storage.set(KEY, JSON.stringify(answer))
      setMe(answer)
      setState(AuthState.SignedIn)
    } catch (error) {
      if (isUnauthorized(error)) return void signedOut()
      setMe(remembered())
      setState(AuthState.Unreachable)
    }
  }
  if (askOnlyIfRemembered && !remembered()) setState(AuthState.SignedOut)
  else void refresh()
  // Back online, ask again: the session may have ended meanwhile.
  window.addEventListener('online', () => {
    if (state() === AuthState.Unreachable) void refresh()
  })

  return {
    state,
    me,
    roleIn(editionId) {
      const current = me()
      if (!current) return null
      if (current.person.admin) return Role.Owner
      return current.memberships.find((m) => m.editionId === editionId)?.role ?? null
    },
    refresh,
    async guard(request) {
      try {
        return await request
      } catch (error) {
        if (isUnauthorized(error)) void signedOut()
        throw error
      }
    },
    async signOut() {
      try {
        await endSession()
      } catch (error) {
        // Already signed out is what was asked; anything else is a failure to say.
        if (!isUnauthorized(error)) throw error
      }
      await signedOut()
    },
  }
}

export const AuthContext = createContext<AuthStore>()

export function useAuth(): AuthStore {
  const store = useContext(AuthContext)
  if (!store) throw new Error('useAuth outside <AuthContext.Provider>')
  return store
}
