import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db'
import {
  editions,
  invitations,
  invitationUses,
  memberships,
  people,
  signInSessions,
} from '../../db/schema'
import {
  type AcceptInvitation,
  type Committee,
  type CreateInvitation,
  type Invitation,
  type InvitationPreview,
  type Me,
  type Member,
  Role,
} from '../../shared/access'
import { personColor } from '../../shared/person-color'
import { type Accepted, acceptInvitation, invitationProblem } from './acceptance'
import { ArrivalStore } from './arrivals'
import { DeviceLinkStore } from './device-links'
import { hashToken, newId, newToken } from './tokens'

/** How long a sign-in lasts without being used again. */
export const SESSION_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

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

/** What a principal may do in one edition. */
export interface EditionAccess {
  editionId: string
  role: Role
  committee: Committee | null
  readOnlyEdition: boolean
}

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
const usable = (now: Date) =>
  and(
    isNull(invitations.revokedAt),
    or(isNull(invitations.expiresAt), gt(invitations.expiresAt, now)),
    or(isNull(invitations.maxUses), sql`${invitations.uses} < ${invitations.maxUses}`),
  )

/** Members, invitation links and sessions, in libSQL. */
export class AccessStore {
  /** Who waits for an owner's approval to join an edition. */
  readonly arrivals: ArrivalStore
  /** One-time links that sign another device in as oneself. */
  readonly devices: DeviceLinkStore

  constructor(private readonly database: Database) {
    this.arrivals = new ArrivalStore(database)
    this.devices = new DeviceLinkStore(database)
  }

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
    // The owner's own committee stands wherever a membership names none.
    const committee = membership?.committee ?? principal.committee
    if (principal.admin) return { ...base, role: Role.Owner, committee }
    if (!membership) return null
    return { ...base, role: membership.role, committee }
  }

  /** Who `principal` is, and their roles. */
  async me(principal: Principal): Promise<Me> {
    const rows = principal.admin
      ? (await this.db.select({ id: editions.id }).from(editions)).map((row) => ({
          editionId: row.id,
          role: Role.Owner,
          committee: principal.committee,
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
        committee: principal.committee,
      },
      memberships: rows.map((row) => ({ ...row, committee: row.committee ?? principal.committee })),
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

  /**
   * What `token`'s link offers, and who made it; refused with the reason if it
   * cannot be used. The edition's title and time zone are the route's to add.
   */
  async previewInvitation(
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
  acceptInvitation(
    token: string,
    input: AcceptInvitation,
    current: Principal | null,
    now = new Date(),
  ): Promise<Accepted> {
    return acceptInvitation(this.database, token, input, current, SESSION_DAYS * DAY_MS, now)
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
   * every edition), then its members in the order they joined; each with the
   * number of the edition's links they made that can still be used.
   */
  async listMembers(editionId: string, now = new Date()): Promise<Member[]> {
    const admins = await this.db
      .select({
        personId: people.id,
        name: people.name,
        committee: people.committee,
        joinedAt: people.createdAt,
      })
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
    const links = await this.db
      .select({ personId: invitations.createdBy, count: sql<number>`count(*)` })
      .from(invitations)
      .where(and(eq(invitations.editionId, editionId), usable(now)))
      .groupBy(invitations.createdBy)
    const openLinks = new Map(links.map((link) => [link.personId, Number(link.count)]))
    const adminIds = new Set(admins.map((admin) => admin.personId))
    return [
      ...admins.map((admin) => ({ ...admin, role: Role.Owner, instanceOwner: true })),
      ...rows
        .filter((row) => !adminIds.has(row.personId))
        .map((row) => ({ ...row, instanceOwner: false })),
    ].map((member) => ({
      ...member,
      color: personColor(member.personId),
      joinedAt: member.joinedAt.toISOString(),
      openLinks: openLinks.get(member.personId) ?? 0,
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

  /**
   * Revokes `personId`'s role in `editionId`, and with it every link of the
   * edition they made that could still be used, and marks the edition's
   * latest revocation (links made before it admit no new person directly).
   * One batch: all of it, or nothing. False if they had no role.
   */
  async revokeMember(editionId: string, personId: string, now = new Date()): Promise<boolean> {
    const revokedNow = sql`exists (select 1 from ${memberships} where ${and(
      eq(memberships.editionId, editionId),
      eq(memberships.personId, personId),
      eq(memberships.revokedAt, now),
    )})`
    const [revoked] = await this.db.batch([
      this.db
        .update(memberships)
        .set({ revokedAt: now })
        .where(
          and(
            eq(memberships.editionId, editionId),
            eq(memberships.personId, personId),
            isNull(memberships.revokedAt),
          ),
        )
        .returning({ personId: memberships.personId }),
      this.db
        .update(invitations)
        .set({ revokedAt: now })
        .where(
          and(
            eq(invitations.editionId, editionId),
            eq(invitations.createdBy, personId),
            usable(now),
            revokedNow,
          ),
        ),
      this.db
        .update(editions)
        .set({ lastRevocationAt: now })
        .where(and(eq(editions.id, editionId), revokedNow)),
    ])
    return revoked.length > 0
  }

  /** Makes `personId` owner of a new edition (its creator). */
  async addOwner(editionId: string, personId: string, now = new Date()): Promise<void> {
    await this.db
      .insert(memberships)
      .values({ editionId, personId, role: Role.Owner, committee: null, createdAt: now })
  }
}
