import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import type { Database } from '../../db'
import { deviceLinks, people, signInSessions } from '../../db/schema'
import { DEVICE_LINK_MINUTES, type DeviceLinkPreview, InvitationProblem } from '../../shared/access'
import { ErrorCode } from '../../shared/errors'
import { AppError } from '../app-error'
import { hashToken, newToken } from './tokens'

const MINUTE_MS = 60 * 1000

/** The one answer to a device link that is unknown, expired or used: it says no more. */
const gone = () =>
  new AppError(
    410,
    ErrorCode.InvitationInvalid,
    'this sign-in link has expired or was already used',
    [],
    InvitationProblem.Invalid,
  )

/**
 * One-time links that sign another device in as the person who made them:
 * a new session for the same person, never a second person, and no role of
 * its own (whatever the person may do, the device may, no more).
 */
export class DeviceLinkStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db
  }

  /** Makes a link for `personId`, valid DEVICE_LINK_MINUTES from `now`; its token shown this once. */
  async create(personId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken()
    const expiresAt = new Date(now.getTime() + DEVICE_LINK_MINUTES * MINUTE_MS)
    await this.db
      .insert(deviceLinks)
      .values({ tokenHash: hashToken(token), personId, createdAt: now, expiresAt })
    return { token, expiresAt }
  }

  /** Whom `token` signs in; 410 if it cannot be used. */
  async preview(token: string, now = new Date()): Promise<DeviceLinkPreview> {
    const [row] = await this.db
      .select({ name: people.name, expiresAt: deviceLinks.expiresAt })
      .from(deviceLinks)
      .innerJoin(people, eq(people.id, deviceLinks.personId))
      .where(
        and(
          eq(deviceLinks.tokenHash, hashToken(token)),
          isNull(deviceLinks.usedAt),
          gt(deviceLinks.expiresAt, now),
        ),
      )
    if (!row) throw gone()
    return { name: row.name, expiresAt: row.expiresAt.toISOString() }
  }

  /**
   * Uses `token` once: marks it used by a new session and opens that session
   * for its person, in one batch whose second statement holds only if the
   * first did, so that two devices racing for one link get one session.
   * Returns the session's token; 410 if the link cannot be used.
   */
  async accept(token: string, sessionDays: number, now = new Date()): Promise<string> {
    const sessionToken = newToken()
    const sessionHash = hashToken(sessionToken)
    const [used] = await this.db.batch([
      this.db
        .update(deviceLinks)
        .set({ usedAt: now, sessionHash })
        .where(
          and(
            eq(deviceLinks.tokenHash, hashToken(token)),
            isNull(deviceLinks.usedAt),
            gt(deviceLinks.expiresAt, now),
          ),
        )
        .returning({ personId: deviceLinks.personId }),
      this.db.insert(signInSessions).select(
        this.db
          .select({
            tokenHash: sql<string>`${sessionHash}`.as('token_hash'),
            personId: deviceLinks.personId,
            createdAt: sql<Date>`${now.getTime()}`.as('created_at'),
            expiresAt: sql<Date>`${now.getTime() + sessionDays * 24 * 60 * MINUTE_MS}`.as(
              'expires_at',
            ),
            revokedAt: sql<Date | null>`null`.as('revoked_at'),
          })
          .from(deviceLinks)
          .where(eq(deviceLinks.sessionHash, sessionHash)),
      ),
    ])
    if (used.length === 0) throw gone()
    return sessionToken
  }
}
