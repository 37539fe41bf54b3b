import { asc } from 'drizzle-orm'
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
 * contact details never leave the database). Returns how many came back.
 */
export async function restoreRegistrationEntries(
  database: Database,
  rooms: RoomRegistry,
  log: Logger,
): Promise<number> {
  const rows = await database.db
    .select()
    .from(registrations)
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
  const byEdition = new Map<string, typeof rows>()
  for (const row of rows)
    byEdition.set(row.editionId, [...(byEdition.get(row.editionId) ?? []), row])
  let restored = 0
  for (const [editionId, editionRows] of byEdition) {
    const docName = editionDocName(editionId)
    const listed = await rooms.read(
      docName,
      (doc) => new Set(readEdition(doc).value.registrations.map((entry) => entry.id)),
    )
    for (const row of editionRows.filter((each) => !listed.has(each.id))) {
      try {
        await rooms.change(
          docName,
          (doc) =>
            addRegistration(
              doc,
              {
                collectiviteId: row.collectiviteId,
                collectiviteName: row.collectiviteName,
                country: row.country,
                delegates: row.delegates,
                workshopIds: row.workshopIds,
                wantsToSpeak: row.wantsToSpeak,
                wantsToPropose: row.wantsToPropose,
              },
              SERVER_ORIGIN,
              row.createdAt,
              row.id,
            ),
          participantActor(row.collectiviteName),
        )
        restored++
      } catch (error) {
        // The edition changed since (a workshop removed): the row stays in the CSV.
        log.warn({ err: error, registration: row.id, editionId }, 'registration not restored')
      }
    }
  }
  if (restored > 0) log.info({ restored }, 'registrations restored to their live lists')
  return restored
}
