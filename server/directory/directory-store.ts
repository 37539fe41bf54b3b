import { asc, eq } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Db } from '../../db'
import { directoryCollectivites, directoryContacts, directoryParticipations } from '../../db/schema'
import type { DirectoryCollectivite } from '../../shared/directory'
import { newId } from '../../shared/doc/edition'
import type { DirectoryEntry, ImportWrites } from './import-plan'

/** The directory of collectivités: the only code that queries its tables. */
export class DirectoryStore {
  constructor(private readonly db: Db) {}

  /** Every collectivité with its contacts in order and its editions, oldest first. */
  async list(): Promise<DirectoryCollectivite[]> {
    const [collectivites, contacts, participations] = await this.db.batch([
      this.db
        .select()
        .from(directoryCollectivites)
        .orderBy(asc(directoryCollectivites.createdAt), asc(directoryCollectivites.id)),
      this.db
        .select()
        .from(directoryContacts)
        .orderBy(asc(directoryContacts.collectiviteId), asc(directoryContacts.position)),
      this.db
        .select()
        .from(directoryParticipations)
        .orderBy(asc(directoryParticipations.editionId)),
    ])
    return collectivites.map((row) => ({
      id: row.id,
      nameFr: row.nameFr,
      nameJa: row.nameJa,
      country: row.country,
      kind: row.kind,
      address: row.address,
      contacts: contacts
        .filter((contact) => contact.collectiviteId === row.id)
        .map(({ name, function: role, email, language }) => ({
          name,
          function: role,
          email,
          language,
        })),
      editionIds: participations
        .filter((participation) => participation.collectiviteId === row.id)
        .map((participation) => participation.editionId),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }))
  }

  /** The directory as an import compares it. */
  async entries(): Promise<DirectoryEntry[]> {
    return (await this.list()).map(({ id, nameFr, nameJa, country, kind, address, contacts }) => ({
      id,
      nameFr,
      nameJa,
      country,
      kind,
      address,
      contacts,
    }))
  }

  /**
   * Records that directory entry `collectiviteId` took part in `editionId`
   * (a registration arrived, or a record says so); a second time changes
   * nothing. As a statement, so that the caller commits it with its own.
   */
  participationStatement(collectiviteId: string, editionId: string) {
    return this.db
      .insert(directoryParticipations)
      .values({ collectiviteId, editionId })
      .onConflictDoNothing()
  }

  /** Writes an import's additions and changes in one transaction: all of them, or none. */
  async apply(writes: ImportWrites, now = new Date()): Promise<void> {
    const statements: BatchItem<'sqlite'>[] = []
    const contactRows = (collectiviteId: string, contacts: DirectoryEntry['contacts']) =>
      contacts.map((contact, position) => ({ id: newId(), collectiviteId, position, ...contact }))
    for (const { contacts, ...fields } of writes.add) {
      const id = newId()
      statements.push(
        this.db
          .insert(directoryCollectivites)
          .values({ id, ...fields, createdAt: now, updatedAt: now }),
      )
      if (contacts.length > 0) {
        statements.push(this.db.insert(directoryContacts).values(contactRows(id, contacts)))
      }
    }
    for (const { id, contacts, ...fields } of writes.update) {
      statements.push(
        this.db
          .update(directoryCollectivites)
          .set({ ...fields, updatedAt: now })
          .where(eq(directoryCollectivites.id, id)),
        this.db.delete(directoryContacts).where(eq(directoryContacts.collectiviteId, id)),
      )
      if (contacts.length > 0) {
        statements.push(this.db.insert(directoryContacts).values(contactRows(id, contacts)))
      }
    }
    const [first, ...rest] = statements
    if (first) await this.db.batch([first, ...rest])
  }
}
