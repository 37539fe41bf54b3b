import { getTableName } from 'drizzle-orm'
import type { RowWrite } from '../../db/row-write'
import { documentClients } from '../../db/schema'

/** The owner of the client ids the server writes its own changes under. */
export const SERVER_OWNER = null

/** A person's id, or SERVER_OWNER. */
export type ClientOwner = string | typeof SERVER_OWNER

const claimSql = `INSERT OR IGNORE INTO "${getTableName(documentClients)}" ("${documentClients.docName.name}", "${documentClients.clientId.name}", "${documentClients.personId.name}") VALUES (?, ?, ?)`

/**
 * Who writes under each Yjs client id of one document. Yjs orders a
 * client's structs by its clocks and takes a clock it holds as known, so
 * an editor writing under another member's client id would take that
 * member's next clocks: the member's own edits at those clocks would then
 * read as nothing new and be dropped, their replica and everyone else's
 * different for good. A client id belongs to the first person whose update
 * writes under it, for as long as the document lives (the claim is stored
 * with that update, in its transaction). A client id that the document
 * holds but nobody claimed (content stored before claims were kept, or
 * written behind the sync core by a seed) goes to its next writer.
 */
export class ClientOwners {
  constructor(
    private readonly docName: string,
    private readonly owners: Map<number, ClientOwner>,
  ) {}

  /** The first of `clients` that belongs to someone other than `owner`, if any. */
  foreign(clients: readonly number[], owner: ClientOwner): number | undefined {
    return clients.find((client) => {
      const current = this.owners.get(client)
      return current !== undefined && current !== owner
    })
  }

  /**
   * Learns that `owner` claimed those of `clients` nobody owns here: another
   * process committed the claim with their update.
   */
  learn(clients: readonly number[], owner: ClientOwner): void {
    for (const client of clients) {
      if (!this.owners.has(client)) this.owners.set(client, owner)
    }
  }

  /**
   * Makes `owner` the owner of those of `clients` nobody owns, at once (a
   * later update is checked against them before this one is committed),
   * and returns the rows that store the claims with the update.
   */
  claim(clients: readonly number[], owner: ClientOwner): RowWrite[] {
    const statements: RowWrite[] = []
    for (const client of clients) {
      if (this.owners.has(client)) continue
      this.owners.set(client, owner)
      statements.push({ sql: claimSql, args: [this.docName, client, owner] })
    }
    return statements
  }
}
