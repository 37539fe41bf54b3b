import * as Y from 'yjs'
import { MalformedUpdateError, readUpdate, type StructId } from './update-reader'

/**
 * What to do with an incoming update, decided before it touches the room:
 * - `new`: well-formed, every dependency present: apply, store, relay.
 * - `nothing-new`: well-formed but adds nothing the room lacks.
 * - `missing`: refers to content the room does not have yet (Yjs would park it
 *   in memory as pending); the sender is asked to resync instead.
 * A malformed update throws MalformedUpdateError.
 */
export type UpdateVerdict =
  | { kind: 'new' }
  | { kind: 'nothing-new' }
  | { kind: 'missing'; reason: string }

const idKey = (id: StructId): string => `${id.client}:${id.clock}`

/** Checks `update` against the room's document without modifying it. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): UpdateVerdict {
  const summary = readUpdate(update)
  const store = doc.store
  const known = (client: number): number => Y.getState(store, client)

  // The clock each client reaches once this update is integrated.
  const reach = new Map<number, number>()
  const reachOf = (client: number): number => reach.get(client) ?? known(client)
  let addsStructs = false
  for (const range of summary.structs) {
    const have = known(range.client)
    if (range.clock > have) {
      return {
        kind: 'missing',
        reason: `structs of client ${range.client} start at clock ${range.clock}, the room has ${have}`,
      }
    }
    const end = range.clock + range.length
    if (!Number.isSafeInteger(end)) throw new MalformedUpdateError('clock out of range')
    if (end > have) addsStructs = true
    reach.set(range.client, Math.max(have, end))
  }

  for (const id of summary.neighbours) {
    if (id.clock >= reachOf(id.client)) {
      return { kind: 'missing', reason: `neighbour ${idKey(id)} is unknown` }
    }
  }

  const createdTypes = new Set(summary.createdTypes.map(idKey))
  for (const id of summary.parents) {
    if (id.clock >= reachOf(id.client)) {
      return { kind: 'missing', reason: `parent ${idKey(id)} is unknown` }
    }
    if (id.clock < known(id.client)) {
      // An item placed inside something that is not a shared type would
      // crash Yjs halfway through integration.
      const parent = Y.getItem(store, Y.createID(id.client, id.clock))
      if (parent instanceof Y.Item && !(parent.content instanceof Y.ContentType)) {
        throw new MalformedUpdateError(`parent ${idKey(id)} is not a shared type`)
      }
    } else if (!createdTypes.has(idKey(id))) {
      throw new MalformedUpdateError(`parent ${idKey(id)} is not a shared type`)
    }
  }

  for (const range of summary.deletes) {
    if (range.clock + range.length > reachOf(range.client)) {
      return {
        kind: 'missing',
        reason: `deletes ${range.client}:${range.clock}+${range.length} beyond known clocks`,
      }
    }
  }

  return addsStructs || summary.deletes.length > 0 ? { kind: 'new' } : { kind: 'nothing-new' }
}
