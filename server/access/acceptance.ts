import { and, eq } from 'drizzle-orm'
import type { Database } from '../../db'
import type { RowWrite } from '../../db/row-write'
import { invitations, memberships } from '../../db/schema'
import { type AcceptInvitation, InvitationProblem, type Role } from '../../shared/access'
import { ErrorCode } from '../../shared/errors'
import { AppError } from '../app-error'
import { hashToken, newId, newToken } from './tokens'

type InvitationRow = typeof invitations.$inferSelect

/** What an accepted link did: where it leads, the session opened if any, whether they wait. */
export interface Accepted {
  editionId: string | null
  sessionToken: string | null
  /** A new arrival through a link made before a revocation: no role until an owner approves. */
  pending: boolean
}

const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 }

/** Why an invitation cannot be used, as the 410 that refuses it; null if it can be used. */
export function invitationProblem(row: InvitationRow | undefined, now: Date): AppError | null {
  const refuse = (reason: InvitationProblem, message: string) =>
    new AppError(410, ErrorCode.InvitationInvalid, message, [], reason)
  if (!row) return refuse(InvitationProblem.Invalid, 'this invitation link does not exist')
  if (row.revokedAt) return refuse(InvitationProblem.Revoked, 'this invitation link was revoked')
  if (row.expiresAt && row.expiresAt <= now) {
    return refuse(InvitationProblem.Expired, 'this invitation link has expired')
  }
  if (row.maxUses !== null && row.uses >= row.maxUses) {
    return refuse(InvitationProblem.UsedUp, 'this invitation link is used up')
  }
  return null
}

/**
 * Uses `token`'s link: one use counted and recorded (who, when), the person
 * created (or the one already signed in, `current`, kept), their role in
 * the edition set, and a session opened if they had none. A new person
 * coming through a link made before the latest revocation in its edition
 * is recorded as waiting for an owner's approval instead, with no role.
 *
 * One batch, not an interactive transaction: the local database has one
 * connection (db/index.ts), which a transaction would hold across its
 * awaits while every other request's statements were refused. What the
 * batch depends on is decided in SQL as it runs: the link's use is
 * recorded only if the link can still be used, and every other write
 * only if that use was recorded, so a refused or failed acceptance leaves
 * nothing behind, and two people racing for a single-use link get one use.
 */
export async function acceptInvitation(
  database: Database,
  token: string,
  input: AcceptInvitation,
  current: { personId: string } | null,
  sessionMs: number,
  now = new Date(),
): Promise<Accepted> {
  const tokenHash = hashToken(token)
  const [row] = await database.db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash))
  const problem = invitationProblem(row, now)
  if (problem) throw problem
  if (!row) throw new Error('unreachable: a missing link is a problem')
  const personId = current?.personId ?? newId()
  let keep = false
  if (row.editionId && current) {
    const [existing] = await database.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.editionId, row.editionId), eq(memberships.personId, personId)))
    // Revoked: only a link made after the revocation lets them back in
    // (not their old one, nor a link shared with the whole committee).
    if (existing?.revokedAt && row.createdAt <= existing.revokedAt) {
      throw new AppError(
        403,
        ErrorCode.Forbidden,
        'your access to this edition was revoked: ask for a new link',
      )
    }
    // A link never lowers a current member's role: an owner who opens a
    // viewer's link stays owner.
    keep = existing?.revokedAt === null && ROLE_RANK[existing.role] >= ROLE_RANK[row.role]
  }
  const ms = now.getTime()
  const useId = newId()
  const ownerOfInstance = row.editionId === null
  // Only the instance's owner link asks a committee of the person itself.
  const ownCommittee = ownerOfInstance ? (input.committee ?? null) : null
  const chosenCommittee = input.committee ?? null
  const linkUsable = `token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)
    AND (max_uses IS NULL OR uses < max_uses)`
  const used = 'EXISTS (SELECT 1 FROM invitation_uses WHERE id = ?)'
  const statements: RowWrite[] = []
  if (!current) {
    statements.push({
      sql: `INSERT INTO people (id, name, admin, committee, created_at)
        SELECT ?, ?, ?, ?, ? FROM invitations WHERE ${linkUsable}`,
      args: [personId, input.name, ownerOfInstance ? 1 : 0, ownCommittee, ms, tokenHash, ms],
    })
  }
  const useAt = statements.length
  statements.push(
    {
      sql: `INSERT INTO invitation_uses (id, invitation_id, person_id, used_at)
        SELECT ?, id, ?, ? FROM invitations WHERE ${linkUsable}`,
      args: [useId, personId, ms, tokenHash, ms],
    },
    {
      sql: 'UPDATE invitations SET uses = uses + 1 WHERE id = (SELECT invitation_id FROM invitation_uses WHERE id = ?)',
      args: [useId],
    },
  )
  if (current && ownerOfInstance) {
    statements.push({
      sql: `UPDATE people SET admin = 1, committee = coalesce(?, committee) WHERE id = ? AND ${used}`,
      args: [ownCommittee, personId, useId],
    })
  }
  let pendingAt: number | null = null
  if (row.editionId) {
    const through = `FROM invitation_uses u JOIN invitations i ON i.id = u.invitation_id
      JOIN editions e ON e.id = i.edition_id WHERE u.id = ?`
    // Admitted at once: a link made after the edition's latest revocation,
    // or a person who is a member already. Anyone else waits for an owner.
    const admitted = `(e.last_revocation_at IS NULL OR i.created_at > e.last_revocation_at
      OR EXISTS (SELECT 1 FROM memberships m
        WHERE m.edition_id = e.id AND m.person_id = ? AND m.revoked_at IS NULL))`
    if (!keep) {
      statements.push({
        sql: `INSERT INTO memberships (edition_id, person_id, role, committee, created_at)
          SELECT e.id, ?, i.role, coalesce(i.committee, ?), ? ${through} AND ${admitted}
          ON CONFLICT (edition_id, person_id)
          DO UPDATE SET role = excluded.role, committee = excluded.committee, revoked_at = NULL`,
        args: [personId, chosenCommittee, ms, useId, personId],
      })
    }
    statements.push(
      {
        sql: `INSERT INTO arrival_requests (edition_id, person_id, invitation_id, committee, created_at)
          SELECT e.id, ?, i.id, coalesce(i.committee, ?), ? ${through} AND NOT ${admitted}
          ON CONFLICT DO NOTHING`,
        args: [personId, chosenCommittee, ms, useId, personId],
      },
      {
        // Admitted through a newer link while waiting: the request is over.
        sql: `DELETE FROM arrival_requests WHERE edition_id = ? AND person_id = ? AND ${used}
          AND EXISTS (SELECT 1 FROM memberships
            WHERE edition_id = ? AND person_id = ? AND revoked_at IS NULL)`,
        args: [row.editionId, personId, useId, row.editionId, personId],
      },
    )
    pendingAt = statements.length
    statements.push({
      sql: 'SELECT count(*) AS n FROM arrival_requests WHERE edition_id = ? AND person_id = ?',
      args: [row.editionId, personId],
    })
  }
  let sessionToken: string | null = null
  if (!current) {
    sessionToken = newToken()
    statements.push({
      sql: `INSERT INTO sign_in_sessions (token_hash, person_id, created_at, expires_at)
        SELECT ?, ?, ?, ? WHERE ${used}`,
      args: [hashToken(sessionToken), personId, ms, ms + sessionMs, useId],
    })
  }
  const results = await database.client.batch(statements, 'write')
  if (results[useAt]?.rowsAffected !== 1) {
    // Used up, revoked or expired since it was read: nothing was written.
    const [found] = await database.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, tokenHash))
    throw (
      invitationProblem(found, now) ??
      new AppError(410, ErrorCode.InvitationInvalid, 'this invitation link cannot be used')
    )
  }
  const pending = pendingAt !== null && Number(results[pendingAt]?.rows[0]?.n) > 0
  return { editionId: row.editionId, sessionToken, pending }
}
