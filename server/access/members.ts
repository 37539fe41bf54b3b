import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Database } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { editions, invitations, memberships, people } from '../../db/schema'
import { type Committee, type Me, type Member, Role } from '../../shared/access'
import { personColor } from '../../shared/person-color'
import { invitationUsableAt } from './invitations'
import type { Principal } from './sign-in-sessions'

/** What a principal may do in one edition. */
export interface EditionAccess {
  editionId: string
  role: Role
  committee: Committee | null
  readOnlyEdition: boolean
}

/** Memberships: who has which role in which edition, the instance's owners in all of them. */
export class MemberStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db
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
   * Who has access to `editionId`: the instance's owners first (they have
   * every edition), then its members in the order they joined; each with the
   * number of the edition's links they made that can still be used.
   */
  async list(editionId: string, now = new Date()): Promise<Member[]> {
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
      .where(and(eq(invitations.editionId, editionId), invitationUsableAt(now)))
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
  async revoke(editionId: string, personId: string, now = new Date()): Promise<boolean> {
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
            invitationUsableAt(now),
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

  /** The membership that makes `personId` owner of a new edition (its creator), to write with it. */
  ownerRow(editionId: string, personId: string, now = new Date()): RowWrite {
    return rowWrite(
      this.db
        .insert(memberships)
        .values({ editionId, personId, role: Role.Owner, committee: null, createdAt: now }),
    )
  }
}
