import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db'
import { editions, invitations, memberships, people, signInSessions } from '../../db/schema'
import {
  type AcceptInvitation,
  type Committee,
  type CreateInvitation,
  type Invitation,
  type InvitationPreview,
  InvitationProblem,
  type Me,
  type Member,
  Role,
} from '../../shared/access'
import { ErrorCode } from '../../shared/errors'
import { personColor } from '../../shared/person-color'
import { AppError } from '../app-error'
import { hashToken, newId, newToken } from './tokens'

/** How long a sign-in lasts without being used again. */
export const SESSION_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/** A signed-in person, as the server knows them for one request or socket. */
export interface Principal {
  personId: string
  name: string
  admin: boolean
  /** SHA-256 of the session's cookie token: signing out closes its sockets. */
  sessionHash: string
  /** Set when this use pushed the session's expiry back: the cookie is sent again. */
  renewed?: boolean
}

/** What a principal may do in one edition. */
export interface EditionAccess {
  editionId: string
  role: Role
  committee: Committee | null
  readOnlyEdition: boolean
}

const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 }

type InvitationRow = typeof invitations.$inferSelect

const toInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  role: row.role,
  committee: row.committee,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  maxUses: row.maxUses,
  uses: row.uses,
  revoked: row.revokedAt !== null,
})

/** Why an invitation cannot be used, as the 410 that refuses it; null if it can be used. */
function invitationProblem(row: InvitationRow | undefined, now: Date): AppError | null {
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

/** Members, invitation links and sessions, in libSQL. */
export class AccessStore {
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

  /** `principal`'s role in the edition `editionId`, or null if they have none. */
  async editionAccess(principal: Principal, editionId: string): Promise<EditionAccess | null> {
    const [edition] = await this.db.select().from(editions).where(eq(editions.id, editionId))
    if (!edition) return null
    return this.accessTo(principal, edition)
  }

  /** The same, for the edition whose document is `docName`. */
  async documentAccess(principal: Principal, docName: string): Promise<EditionAccess | null> {
    const [edition] = await this.db.select().from(editions).where(eq(editions.docName, docName))
    if (!edition) return null
    return this.accessTo(principal, edition)
  }

  /** Whether `docName` is an edition's document (members only), not a plain shared text. */
  async isEditionDocument(docName: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: editions.id })
      .from(editions)
      .where(eq(editions.docName, docName))
    return row !== undefined
  }

  private async accessTo(
    principal: Principal,
    edition: typeof editions.$inferSelect,
  ): Promise<EditionAccess | null> {
    const base = { editionId: edition.id, readOnlyEdition: edition.readOnly }
    const [membership] = await this.db
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.editionId, edition.id),
          eq(memberships.personId, principal.personId),
          isNull(memberships.revokedAt),
        ),
      )
    if (principal.admin) {
      return { ...base, role: Role.Owner, committee: membership?.committee ?? null }
    }
    if (!membership) return null
    return { ...base, role: membership.role, committee: membership.committee }
  }

  /** Who `principal` is, and their roles. */
  async me(principal: Principal): Promise<Me> {
    const rows = principal.admin
      ? (await this.db.select({ id: editions.id }).from(editions)).map((row) => ({
          editionId: row.id,
          role: Role.Owner,
          committee: null,
        }))
      : await this.db
          .select({
            editionId: memberships.editionId,
            role: memberships.role,
            committee: memberships.committee,
          })
          .from(memberships)
          .where(and(eq(memberships.personId, principal.personId), isNull(memberships.revokedAt)))
    return {
      person: {
        id: principal.personId,
        name: principal.name,
        color: personColor(principal.personId),
        admin: principal.admin,
      },
      memberships: rows,
    }
  }

  /** Creates a link; its token is returned this once. */
  async createInvitation(
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
    return { invitation: toInvitation(row as InvitationRow), token }
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

  /** Whether anyone has been made the instance's owner, or holds a link to become it. */
  async hasOwner(): Promise<boolean> {
    const [admin] = await this.db.select().from(people).where(eq(people.admin, true)).limit(1)
    if (admin) return true
    const [link] = await this.db
      .select()
      .from(invitations)
      .where(and(isNull(invitations.editionId), isNull(invitations.revokedAt)))
      .limit(1)
    return link !== undefined
  }

  /** What `token`'s link offers; refused with the reason if it cannot be used. */
  async previewInvitation(token: string, now = new Date()): Promise<InvitationPreview> {
    const [row] = await this.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashToken(token)))
    const problem = invitationProblem(row, now)
    if (problem) throw problem
    if (!row) throw new Error('unreachable: a missing link is a problem')
    return {
      editionId: row.editionId,
      role: row.role,
      committee: row.committee,
      expiresAt: row.expiresAt?.toISOString() ?? null,
    }
  }

  /**
   * Uses `token`'s link: one use counted, the person created (or the one
   * already signed in, `current`, kept), their role in the edition set, and
   * a session opened if they had none. All in one transaction: a refused or
   * failed acceptance leaves nothing behind.
   */
  async acceptInvitation(
    token: string,
    input: AcceptInvitation,
    current: Principal | null,
    now = new Date(),
  ): Promise<{ editionId: string | null; sessionToken: string | null }> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(invitations)
        .set({ uses: sql`${invitations.uses} + 1` })
        .where(
          and(
            eq(invitations.tokenHash, hashToken(token)),
            isNull(invitations.revokedAt),
            or(isNull(invitations.expiresAt), gt(invitations.expiresAt, now)),
            or(isNull(invitations.maxUses), sql`${invitations.uses} < ${invitations.maxUses}`),
          ),
        )
        .returning()
      if (!row) {
        const [found] = await tx
          .select()
          .from(invitations)
          .where(eq(invitations.tokenHash, hashToken(token)))
        throw (
          invitationProblem(found, now) ??
          new AppError(410, ErrorCode.InvitationInvalid, 'this invitation link cannot be used')
        )
      }
      const ownerOfInstance = row.editionId === null
      let personId = current?.personId
      if (personId) {
        if (ownerOfInstance) {
          await tx.update(people).set({ admin: true }).where(eq(people.id, personId))
        }
      } else {
        personId = newId()
        await tx
          .insert(people)
          .values({ id: personId, name: input.name, admin: ownerOfInstance, createdAt: now })
      }
      if (row.editionId) {
        const committee = row.committee ?? input.committee ?? null
        const [existing] = await tx
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
        const keep =
          existing && !existing.revokedAt && ROLE_RANK[existing.role] >= ROLE_RANK[row.role]
        if (!keep) {
          await tx
            .insert(memberships)
            .values({
              editionId: row.editionId,
              personId,
              role: row.role,
              committee,
              createdAt: now,
            })
            .onConflictDoUpdate({
              target: [memberships.editionId, memberships.personId],
              set: { role: row.role, committee, revokedAt: null },
            })
        }
      }
      let sessionToken: string | null = null
      if (!current) {
        sessionToken = newToken()
        await tx.insert(signInSessions).values({
          tokenHash: hashToken(sessionToken),
          personId,
          createdAt: now,
          expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS),
        })
      }
      return { editionId: row.editionId, sessionToken }
    })
  }

  /** Ends a sign-in. */
  async signOut(principal: Principal, now = new Date()): Promise<void> {
    await this.db
      .update(signInSessions)
      .set({ revokedAt: now })
      .where(eq(signInSessions.tokenHash, principal.sessionHash))
  }

  async listInvitations(editionId: string): Promise<Invitation[]> {
    const rows = await this.db
      .select()
      .from(invitations)
      .where(eq(invitations.editionId, editionId))
      .orderBy(asc(invitations.createdAt))
    return rows.map(toInvitation)
  }

  /** Revokes link `id` of `editionId`; false if there is no such link. */
  async revokeInvitation(editionId: string, id: string, now = new Date()): Promise<boolean> {
    const rows = await this.db
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.editionId, editionId), eq(invitations.id, id)))
      .returning({ id: invitations.id })
    return rows.length > 0
  }

  /**
   * Who has access to `editionId`: the instance's owners first (they have
   * every edition), then its members in the order they joined.
   */
  async listMembers(editionId: string): Promise<Member[]> {
    const admins = await this.db
      .select({ personId: people.id, name: people.name, joinedAt: people.createdAt })
      .from(people)
      .where(eq(people.admin, true))
      .orderBy(asc(people.createdAt))
    const rows = await this.db
      .select({
        personId: people.id,
        name: people.name,
        role: memberships.role,
        committee: memberships.committee,
        joinedAt: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(eq(memberships.editionId, editionId), isNull(memberships.revokedAt)))
      .orderBy(asc(memberships.createdAt))
    const adminIds = new Set(admins.map((admin) => admin.personId))
    return [
      ...admins.map((admin) => ({
        ...admin,
        role: Role.Owner,
        committee: null,
        instanceOwner: true,
      })),
      ...rows
        .filter((row) => !adminIds.has(row.personId))
        .map((row) => ({ ...row, instanceOwner: false })),
    ].map((member) => ({
      ...member,
      color: personColor(member.personId),
      joinedAt: member.joinedAt.toISOString(),
    }))
  }

  /** Whether `personId` is one of the instance's owners. */
  async isInstanceOwner(personId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ admin: people.admin })
      .from(people)
      .where(eq(people.id, personId))
    return row?.admin ?? false
  }

  /** Revokes `personId`'s role in `editionId`; false if they had none. */
  async revokeMember(editionId: string, personId: string, now = new Date()): Promise<boolean> {
    const rows = await this.db
      .update(memberships)
      .set({ revokedAt: now })
      .where(
        and(
          eq(memberships.editionId, editionId),
          eq(memberships.personId, personId),
          isNull(memberships.revokedAt),
        ),
      )
      .returning({ personId: memberships.personId })
    return rows.length > 0
  }

  /** Makes `personId` owner of a new edition (its creator). */
  async addOwner(editionId: string, personId: string, now = new Date()): Promise<void> {
    await this.db
      .insert(memberships)
      .values({ editionId, personId, role: Role.Owner, committee: null, createdAt: now })
  }
}
