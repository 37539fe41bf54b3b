import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Database } from '../../db'
import { people, signInSessions } from '../../db/schema'
import type { Committee } from '../../shared/access'
import { hashToken } from './tokens'

/** How long a sign-in lasts without being used again. */
export const SESSION_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000
/** The same, in milliseconds: how far a new sign-in's expiry lies. */
export const SESSION_MS = SESSION_DAYS * DAY_MS

/** A signed-in person, as the server knows them for one request or socket. */
export interface Principal {
  personId: string
  name: string
  admin: boolean
  /** The committee the instance's owner said they sit on (null for anyone else). */
  committee: Committee | null
  /** SHA-256 of the session's cookie token: signing out closes its sockets. */
  sessionHash: string
  /** Set when this use pushed the session's expiry back: the cookie is sent again. */
  renewed?: boolean
}

/** Sign-ins: the session behind each cookie, renewed as it is used, until it ends. */
export class SignInSessionStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db
  }

  /** The person signed in with cookie token `token`, if the session is valid. */
  async principal(token: string | undefined, now = new Date()): Promise<Principal | null> {
    if (!token || token.length > 200) return null
    const sessionHash = hashToken(token)
    const [row] = await this.db
      .select({
        personId: people.id,
        name: people.name,
        admin: people.admin,
        committee: people.committee,
        expiresAt: signInSessions.expiresAt,
      })
      .from(signInSessions)
      .innerJoin(people, eq(people.id, signInSessions.personId))
      .where(
        and(
          eq(signInSessions.tokenHash, sessionHash),
          isNull(signInSessions.revokedAt),
          gt(signInSessions.expiresAt, now),
        ),
      )
    if (!row) return null
    const { expiresAt, ...person } = row
    // A session lasts SESSION_DAYS after its last use, renewed at most daily.
    const renewBy = now.getTime() + (SESSION_DAYS - 1) * DAY_MS
    if (expiresAt.getTime() > renewBy) return { ...person, sessionHash }
    await this.db
      .update(signInSessions)
      .set({ expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS) })
      .where(eq(signInSessions.tokenHash, sessionHash))
    return { ...person, sessionHash, renewed: true }
  }

  /** Ends a sign-in. */
  async signOut(principal: Principal, now = new Date()): Promise<void> {
    await this.db
      .update(signInSessions)
      .set({ revokedAt: now })
      .where(eq(signInSessions.tokenHash, principal.sessionHash))
  }
}
