import { asc, eq } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Db } from '../../db'
import { directoryCollectivites, directoryContacts, directoryParticipations } from '../../db/schema'
import type { DirectoryCollectivite, DirectoryCollectiviteFields } from '../../shared/directory'
import { newId } from '../../shared/doc/edition'
import type { DirectoryEntry, ImportWrites } from './import-plan'

/** A write of the directory: run in a batch of the store's, or as a row write with another change. */
export type DirectoryWrite = BatchItem<'sqlite'> & { toSQL(): { sql: string; params: unknown[] } }

/** The directory of collectivités: the only code that queries its tables. */
export class DirectoryStore {
  constructor(private readonly db: Db) {}

  /**
   * Every collectivité with its contacts in order and its editions, oldest
   * first; `numbers` gives each edition's number, to list them by it.
   */
  async list(numbers: ReadonlyMap<string, number> = new Map()): Promise<DirectoryCollectivite[]> {
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
    const byNumber = (a: string, b: string) =>
      (numbers.get(a) ?? Number.MAX_SAFE_INTEGER) - (numbers.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      a.localeCompare(b)
    return collectivites.map((row) => {
      const editionIds = participations
        .filter((participation) => participation.collectiviteId === row.id)
        .map((participation) => participation.editionId)
        .sort(byNumber)
      return {
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
        editionIds,
        editions: editionIds.map((id) => ({ id, number: numbers.get(id) ?? null })),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }
    })
  }

  /** One collectivité as `list` gives it, or null. */
  async get(
    id: string,
    numbers: ReadonlyMap<string, number> = new Map(),
  ): Promise<DirectoryCollectivite | null> {
    return (await this.list(numbers)).find((each) => each.id === id) ?? null
  }

  /** Adds a collectivité with its contacts in one batch, and returns its id. */
  async create(fields: DirectoryCollectiviteFields, now = new Date()): Promise<string> {
    const id = newId()
    await this.apply({ add: [{ ...fields, addEditionIds: [] }], update: [] }, now, [id])
    return id
  }

  /**
   * Sets what the directory says of collectivité `id`, its contacts replaced
   * by `fields.contacts` in one batch; false if there is no such collectivité.
   */
  async update(
    id: string,
    fields: DirectoryCollectiviteFields,
    now = new Date(),
  ): Promise<boolean> {
    if (!(await this.exists(id))) return false
    await this.apply({ add: [], update: [{ id, ...fields, addEditionIds: [] }] }, now)
    return true
  }

  /** Deletes collectivité `id` with its contacts and participations; false if there was none. */
  async remove(id: string): Promise<boolean> {
    const deleted = await this.db
      .delete(directoryCollectivites)
      .where(eq(directoryCollectivites.id, id))
      .returning({ id: directoryCollectivites.id })
    return deleted.length > 0
  }

  private async exists(id: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: directoryCollectivites.id })
      .from(directoryCollectivites)
      .where(eq(directoryCollectivites.id, id))
    return row !== undefined
  }

  /** The directory as an import compares it. */
  async entries(): Promise<DirectoryEntry[]> {
    return (await this.list()).map(
      ({ id, nameFr, nameJa, country, kind, address, contacts, editionIds }) => ({
        id,
        nameFr,
        nameJa,
        country,
        kind,
        address,
        contacts,
        editionIds,
      }),
    )
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

  /**
   * Writes an import's additions and changes in one transaction: all of them,
   * or none. `ids` names the added ones, in order (new ids otherwise).
   */
  async apply(writes: ImportWrites, now = new Date(), ids: readonly string[] = []): Promise<void> {
    const [first, ...rest] = this.applyStatements(writes, now, ids)
    if (first) await this.db.batch([first, ...rest])
  }

  /**
   * `apply`'s statements, for a caller that commits them with its own: the
   * demo's directory, written in the batch that creates the editions its
   * participations name.
   */
  applyStatements(
    writes: ImportWrites,
    now = new Date(),
    ids: readonly string[] = [],
  ): DirectoryWrite[] {
    const statements: DirectoryWrite[] = []
    const contactRows = (collectiviteId: string, contacts: DirectoryEntry['contacts']) =>
      contacts.map((contact, position) => ({ id: newId(), collectiviteId, position, ...contact }))
    const participations = (collectiviteId: string, editionIds: readonly string[]) => {
      for (const editionId of editionIds) {
        statements.push(this.participationStatement(collectiviteId, editionId))
      }
    }
    for (const [index, { contacts, addEditionIds, ...fields }] of writes.add.entries()) {
      const id = ids[index] ?? newId()
      statements.push(
        this.db
          .insert(directoryCollectivites)
          .values({ id, ...fields, createdAt: now, updatedAt: now }),
      )
      if (contacts.length > 0) {
        statements.push(this.db.insert(directoryContacts).values(contactRows(id, contacts)))
      }
      participations(id, addEditionIds)
    }
    for (const { id, contacts, addEditionIds, ...fields } of writes.update) {
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
      participations(id, addEditionIds)
    }
    return statements
  }
}
