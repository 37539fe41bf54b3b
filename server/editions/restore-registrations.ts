import { asc, eq } from 'drizzle-orm'
import type { Database } from '../../db'
import { registrations } from '../../db/schema'
import { participantActor } from '../../shared/activity'
import { addRegistration, readEdition } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import type { Logger } from '../logger'
import { SERVER_ORIGIN } from '../sync/room'
import type { RoomRegistry } from '../sync/room-registry'

/**
 * A participation form is written to the database first, then into the
 * edition's live list. A server stopped between the two leaves a row the
 * list lacks: at start-up, such a registration gets its entry back (its
 * contact details never leave the database, and are not even read here).
 * An edition that cannot be read is logged and left for its room to report:
 * it never keeps the server from starting. Returns how many came back.
 */
export async function restoreRegistrationEntries(
  database: Database,
  rooms: RoomRegistry,
  log: Logger,
): Promise<number> {
  const { db } = database
  const editionIds = await db
    .selectDistinct({ editionId: registrations.editionId })
    .from(registrations)
  let restored = 0
  for (const { editionId } of editionIds) {
    try {
      restored += await restoreEdition(database, rooms, editionId, log)
    } catch (error) {
      log.error({ err: error, editionId }, 'registrations of this edition not checked')
    }
  }
  if (restored > 0) log.info({ restored }, 'registrations restored to their live lists')
  return restored
}

async function restoreEdition(
  database: Database,
  rooms: RoomRegistry,
  editionId: string,
  log: Logger,
): Promise<number> {
  const docName = editionDocName(editionId)
  const listed = await rooms.read(
    docName,
    (doc) => new Set(readEdition(doc).value.registrations.map((entry) => entry.id)),
  )
  const rows = await database.db
    .select({
      id: registrations.id,
      collectiviteId: registrations.collectiviteId,
      collectiviteName: registrations.collectiviteName,
      country: registrations.country,
      delegates: registrations.delegates,
      workshopIds: registrations.workshopIds,
      wantsToSpeak: registrations.wantsToSpeak,
      wantsToPropose: registrations.wantsToPropose,
      createdAt: registrations.createdAt,
    })
    .from(registrations)
    .where(eq(registrations.editionId, editionId))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
  let restored = 0
  for (const { id, createdAt, ...input } of rows) {
    if (listed.has(id)) continue
    try {
      await rooms.change(
        docName,
        (doc) => addRegistration(doc, input, SERVER_ORIGIN, createdAt, id),
        participantActor(input.collectiviteName),
      )
      restored++
    } catch (error) {
      // The edition changed since (a workshop removed): the row stays in the CSV.
      log.warn({ err: error, registration: id, editionId }, 'registration not restored')
    }
  }
  return restored
}
