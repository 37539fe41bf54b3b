import { and, asc, desc, eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { registrations } from '../../db/schema'
import type { Country } from '../../shared/doc/edition'
import type { RegistrationDetails, RegistrationRecord } from '../../shared/registrations'

export type RegistrationRow = typeof registrations.$inferSelect

/** A row's details as the forms fill them. */
export const detailsOf = (row: RegistrationRow): RegistrationDetails => ({
  contactName: row.contactName,
  email: row.email,
  delegates: row.delegates,
  workshopIds: row.workshopIds,
  dayIds: row.dayIds,
  wantsToSpeak: row.wantsToSpeak,
  wantsToPropose: row.wantsToPropose,
  members: row.members,
  interpretation: row.interpretation,
  dietaryNeeds: row.dietaryNeeds,
  accessibilityNeeds: row.accessibilityNeeds,
})

export const recordOf = (row: RegistrationRow): RegistrationRecord => ({
  id: row.id,
  collectiviteId: row.collectiviteId,
  collectiviteName: row.collectiviteName,
  country: row.country,
  ...detailsOf(row),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt?.toISOString() ?? null,
})

/**
 * The returned forms as the database keeps them, whole (the document holds
 * their live part): the only code that queries the registrations table.
 * Writes come back as statements, to commit with the document's change.
 */
export class RegistrationStore {
  constructor(private readonly db: Db) {}

  async byId(editionId: string, id: string): Promise<RegistrationRow | undefined> {
    const [row] = await this.db
      .select()
      .from(registrations)
      .where(and(eq(registrations.editionId, editionId), eq(registrations.id, id)))
    return row
  }

  /** The registration of collectivité `collectiviteId` (of the document), the latest if several. */
  async ofCollectivite(
    editionId: string,
    collectiviteId: string,
  ): Promise<RegistrationRow | undefined> {
    const [row] = await this.db
      .select()
      .from(registrations)
      .where(
        and(
          eq(registrations.editionId, editionId),
          eq(registrations.collectiviteId, collectiviteId),
        ),
      )
      .orderBy(desc(registrations.createdAt), desc(registrations.id))
      .limit(1)
    return row
  }

  /** Every registration of the edition, in the order they arrived. */
  list(editionId: string): Promise<RegistrationRow[]> {
    return this.db
      .select()
      .from(registrations)
      .where(eq(registrations.editionId, editionId))
      .orderBy(asc(registrations.createdAt), asc(registrations.id))
  }

  insert(row: {
    id: string
    editionId: string
    collectiviteId: string | null
    collectiviteName: string
    country: Country
    details: RegistrationDetails
    createdAt: Date
  }): RowWrite {
    const { details, ...rest } = row
    return rowWrite(this.db.insert(registrations).values({ ...rest, ...details }))
  }

  update(id: string, details: RegistrationDetails, updatedAt: Date): RowWrite {
    return rowWrite(
      this.db
        .update(registrations)
        .set({ ...details, updatedAt })
        .where(eq(registrations.id, id)),
    )
  }

  delete(id: string): RowWrite {
    return rowWrite(this.db.delete(registrations).where(eq(registrations.id, id)))
  }
}
