import { and, asc, eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Database } from '../../db'
import { arrivalRequests, invitations, memberships, people } from '../../db/schema'
import type { Arrival } from '../../shared/access'

const maker = alias(people, 'maker')

/**
 * The people who came through a link made before a revocation in its
 * edition: they have a person and a session, no role, until an owner
 * approves them (a member with the link's role) or refuses them.
 */
export class ArrivalStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db
  }

  /** Whether `personId` waits for an owner of `editionId`. */
  async isPending(editionId: string, personId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ personId: arrivalRequests.personId })
      .from(arrivalRequests)
      .where(and(eq(arrivalRequests.editionId, editionId), eq(arrivalRequests.personId, personId)))
    return row !== undefined
  }

  /** Who waits to join `editionId`, first come first: the name they typed and the link they used. */
  async list(editionId: string): Promise<Arrival[]> {
    const rows = await this.db
      .select({
        personId: arrivalRequests.personId,
        name: people.name,
        arrivedAt: arrivalRequests.createdAt,
        role: invitations.role,
        committee: arrivalRequests.committee,
        invitationId: invitations.id,
        createdByName: maker.name,
        createdAt: invitations.createdAt,
      })
      .from(arrivalRequests)
      .innerJoin(people, eq(people.id, arrivalRequests.personId))
      .innerJoin(invitations, eq(invitations.id, arrivalRequests.invitationId))
      .leftJoin(maker, eq(maker.id, invitations.createdBy))
      .where(eq(arrivalRequests.editionId, editionId))
      .orderBy(asc(arrivalRequests.createdAt))
    return rows.map((row) => ({
      personId: row.personId,
      name: row.name,
      arrivedAt: row.arrivedAt.toISOString(),
      role: row.role,
      committee: row.committee,
      invitation: {
        id: row.invitationId,
        createdByName: row.createdByName,
        createdAt: row.createdAt.toISOString(),
      },
    }))
  }

  /**
   * Makes the waiting `personId` a member of `editionId` with their link's
   * role, and ends the request, in one batch; false if nobody waits so.
   */
  async approve(editionId: string, personId: string, now = new Date()): Promise<boolean> {
    const request = and(
      eq(arrivalRequests.editionId, editionId),
      eq(arrivalRequests.personId, personId),
    )
    const [admitted] = await this.db.batch([
      this.db
        .insert(memberships)
        .select(
          this.db
            .select({
              editionId: arrivalRequests.editionId,
              personId: arrivalRequests.personId,
              role: invitations.role,
              committee: arrivalRequests.committee,
              createdAt: sql<Date>`${now.getTime()}`.as('created_at'),
              revokedAt: sql<Date | null>`null`.as('revoked_at'),
            })
            .from(arrivalRequests)
            .innerJoin(invitations, eq(invitations.id, arrivalRequests.invitationId))
            .where(request),
        )
        .onConflictDoUpdate({
          target: [memberships.editionId, memberships.personId],
          set: {
            role: sql`excluded.role`,
            committee: sql`excluded.committee`,
            revokedAt: null,
          },
        })
        .returning({ personId: memberships.personId }),
      this.db.delete(arrivalRequests).where(request),
    ])
    return admitted.length > 0
  }

  /** Turns the waiting `personId` away from `editionId`; false if nobody waits so. */
  async refuse(editionId: string, personId: string): Promise<boolean> {
    const rows = await this.db
      .delete(arrivalRequests)
      .where(and(eq(arrivalRequests.editionId, editionId), eq(arrivalRequests.personId, personId)))
      .returning({ personId: arrivalRequests.personId })
    return rows.length > 0
  }
}
