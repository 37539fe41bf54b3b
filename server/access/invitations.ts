import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db'
import { editions, invitations, invitationUses, people } from '../../db/schema'
import {
  type AcceptInvitation,
  type CreateInvitation,
  type Invitation,
  type InvitationPreview,
  Role,
} from '../../shared/access'
import { type Accepted, acceptInvitation, invitationProblem } from './acceptance'
import { type Principal, SESSION_MS } from './sign-in-sessions'
import { hashToken, newId, newToken } from './tokens'

type InvitationRow = typeof invitations.$inferSelect

/** What an invitation's listing adds to its row: who made it, who used it, when revocations came. */
interface InvitationContext {
  createdByName: string | null
  lastRevocationAt: Date | null
  usedBy: Invitation['usedBy']
}

const toInvitation = (row: InvitationRow, context: InvitationContext): Invitation => ({
  id: row.id,
  role: row.role,
  committee: row.committee,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  maxUses: row.maxUses,
  uses: row.uses,
  revoked: row.revokedAt !== null,
  createdByName: context.createdByName,
  beforeRevocation: madeBeforeRevocation(row.createdAt, context.lastRevocationAt),
  usedBy: context.usedBy,
})

/** Whether a link made at `createdAt` predates its edition's latest revocation. */
const madeBeforeRevocation = (createdAt: Date, lastRevocationAt: Date | null): boolean =>
  lastRevocationAt !== null && createdAt <= lastRevocationAt

/** The condition, in SQL, that a link can still be used at `now`. */
export const invitationUsableAt = (now: Date) =>
  and(
    isNull(invitations.revokedAt),
    or(isNull(invitations.expiresAt), gt(invitations.expiresAt, now)),
    or(isNull(invitations.maxUses), sql`${invitations.uses} < ${invitations.maxUses}`),
  )

/** Invitation links: each gives a role in an edition (or the instance's ownership) to whoever uses it. */
export class InvitationStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db
  }

  /** Creates a link; its token is returned this once. */
  async create(
    input: CreateInvitation & { editionId: string | null; createdBy: string | null },
    now = new Date(),
    token = newToken(),
  ): Promise<{ invitation: Invitation; token: string }> {
    const [row] = await this.db
      .insert(invitations)
      .values({
        id: newId(),
        tokenHash: hashToken(token),
        editionId: input.editionId,
        role: input.role,
        committee: input.committee,
        createdBy: input.createdBy,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInHours * 60 * 60 * 1000),
        maxUses: input.maxUses,
      })
      .returning()
    const [invitation] = await this.describe([row as InvitationRow])
    if (!invitation) throw new Error('unreachable: one row described as one link')
    return { invitation, token }
  }

  /**
   * Makes `token` a link that signs in as the instance's owner, without expiry
   * or use limit (`KAIGI_OWNER_TOKEN`, for automation). Idempotent.
   */
  async ensureOwnerToken(token: string, now = new Date()): Promise<void> {
    await this.db
      .insert(invitations)
      .values({
        id: newId(),
        tokenHash: hashToken(token),
        editionId: null,
        role: Role.Owner,
        createdAt: now,
      })
      .onConflictDoNothing()
  }

  /**
   * What `token`'s link offers, and who made it; refused with the reason if it
   * cannot be used. The edition's title and time zone are the route's to add.
   */
  async preview(
    token: string,
    now = new Date(),
  ): Promise<Omit<InvitationPreview, 'editionTitle' | 'editionTimeZone'>> {
    const [found] = await this.db
      .select({ row: invitations, invitedBy: people.name })
      .from(invitations)
      .leftJoin(people, eq(people.id, invitations.createdBy))
      .where(eq(invitations.tokenHash, hashToken(token)))
    const problem = invitationProblem(found?.row, now)
    if (problem) throw problem
    if (!found) throw new Error('unreachable: a missing link is a problem')
    return {
      editionId: found.row.editionId,
      role: found.row.role,
      committee: found.row.committee,
      expiresAt: found.row.expiresAt?.toISOString() ?? null,
      invitedBy: found.invitedBy,
    }
  }

  /**
   * Uses `token`'s link for `current` (or a new person named in `input`):
   * see `acceptInvitation` in acceptance.ts. No interactive transaction.
   */
  accept(
    token: string,
    input: AcceptInvitation,
    current: Principal | null,
    now = new Date(),
  ): Promise<Accepted> {
    return acceptInvitation(this.database, token, input, current, SESSION_MS, now)
  }

  async list(editionId: string): Promise<Invitation[]> {
    const rows = await this.db
      .select()
      .from(invitations)
      .where(eq(invitations.editionId, editionId))
      .orderBy(asc(invitations.createdAt))
    return this.describe(rows)
  }

  /** `rows` as they are listed: with their maker's name, who used them, and the revocation mark. */
  private async describe(rows: InvitationRow[]): Promise<Invitation[]> {
    if (rows.length === 0) return []
    const ids = rows.map((row) => row.id)
    const makers = [...new Set(rows.flatMap((row) => (row.createdBy ? [row.createdBy] : [])))]
    const names = new Map(
      makers.length === 0
        ? []
        : (
            await this.db
              .select({ id: people.id, name: people.name })
              .from(people)
              .where(inArray(people.id, makers))
          ).map((person) => [person.id, person.name]),
    )
    const uses = await this.db
      .select({
        invitationId: invitationUses.invitationId,
        personId: invitationUses.personId,
        name: people.name,
        usedAt: invitationUses.usedAt,
      })
      .from(invitationUses)
      .innerJoin(people, eq(people.id, invitationUses.personId))
      .where(inArray(invitationUses.invitationId, ids))
      .orderBy(asc(invitationUses.usedAt))
    const editionIds = [...new Set(rows.flatMap((row) => (row.editionId ? [row.editionId] : [])))]
    const revocations = new Map(
      editionIds.length === 0
        ? []
        : (
            await this.db
              .select({ id: editions.id, at: editions.lastRevocationAt })
              .from(editions)
              .where(inArray(editions.id, editionIds))
          ).map((edition) => [edition.id, edition.at]),
    )
    return rows.map((row) =>
      toInvitation(row, {
        createdByName: row.createdBy ? (names.get(row.createdBy) ?? null) : null,
        lastRevocationAt: row.editionId ? (revocations.get(row.editionId) ?? null) : null,
        usedBy: uses
          .filter((use) => use.invitationId === row.id)
          .map((use) => ({
            personId: use.personId,
            name: use.name,
            usedAt: use.usedAt.toISOString(),
          })),
      }),
    )
  }

  /** Revokes link `id` of `editionId`; false if there is no such link. */
  async revoke(editionId: string, id: string, now = new Date()): Promise<boolean> {
    const rows = await this.db
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.editionId, editionId), eq(invitations.id, id)))
      .returning({ id: invitations.id })
    return rows.length > 0
  }
}
