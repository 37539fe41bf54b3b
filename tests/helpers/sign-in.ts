import { SESSION_COOKIE } from '../../shared/access'

/** The instance owner's token of every test server (`KAIGI_OWNER_TOKEN`). */
export const TEST_OWNER_TOKEN = 'test-owner-token-0123456789abcdef'

/**
 * Accepts the invitation `token` on the server at `baseUrl` as `name`, as the
 * sign-in page does, and returns the session cookie (`kaigi_session=…`).
 * `cookie` signs in an already signed-in person (adds a role, no new session).
 */
export async function signIn(
  baseUrl: string,
  token: string,
  name: string,
  options: { committee?: 'fr' | 'jp'; cookie?: string } = {},
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({ name, ...(options.committee ? { committee: options.committee } : {}) }),
  })
  if (response.status !== 201) {
    throw new Error(`sign-in refused (${response.status}): ${await response.text()}`)
  }
  if (options.cookie) return options.cookie
  const set = response.headers.get('set-cookie') ?? ''
  const match = set.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))
  if (!match) throw new Error(`no session cookie in ${set}`)
  return `${SESSION_COOKIE}=${match[1]}`
}

/**
 * The cookie that clients of each test server send unless told otherwise:
 * its owner's, signed in when the server started. Keyed by `host:port`.
 */
const defaultCookies = new Map<string, string>()

export function setDefaultCookie(url: string, cookie: string): void {
  defaultCookies.set(new URL(url).host, cookie)
}

export function defaultCookie(url: string): string | undefined {
  return defaultCookies.get(new URL(url).host)
}

/** `fetch` with the owner's cookie of the server at `url`. */
export function ownerFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const cookie = defaultCookie(url)
  const headers = new Headers(init.headers)
  if (cookie && !headers.has('cookie')) headers.set('cookie', cookie)
  return fetch(url, { ...init, headers })
}
