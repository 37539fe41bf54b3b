import { eq } from 'drizzle-orm'
import type { Database } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { registrationForms } from '../../db/schema'
import { newTypableCode } from '../access/tokens'

export type RegistrationFormRow = typeof registrationForms.$inferSelect

/** The editions' participation forms: one each, behind its public code (`/f/<code>`), with its deadline. */
export class RegistrationForms {
  constructor(private readonly database: Database) {}

  async byCode(code: string): Promise<RegistrationFormRow | undefined> {
    const [form] = await this.database.db
      .select()
      .from(registrationForms)
      .where(eq(registrationForms.token, code))
    return form
  }

  async ofEdition(editionId: string): Promise<RegistrationFormRow | undefined> {
    const [form] = await this.database.db
      .select()
      .from(registrationForms)
      .where(eq(registrationForms.editionId, editionId))
    return form
  }

  /** Sets the deadline of the edition's form, made on the first time with a new code. */
  async setDeadline(editionId: string, deadline: Date): Promise<RegistrationFormRow> {
    await this.database.db
      .insert(registrationForms)
      .values({ editionId, token: newTypableCode(), deadline })
      .onConflictDoUpdate({ target: registrationForms.editionId, set: { deadline } })
    const form = await this.ofEdition(editionId)
    if (!form) throw new Error(`no participation form of ${editionId} after setting it`)
    return form
  }

  /** A new edition's form, to write with the edition itself. */
  newRow(editionId: string, deadline: Date): RowWrite {
    return rowWrite(
      this.database.db
        .insert(registrationForms)
        .values({ editionId, token: newTypableCode(), deadline }),
    )
  }
}
