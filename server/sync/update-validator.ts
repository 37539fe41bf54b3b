import * as Y from 'yjs'
import { ClockHeap } from './clock-heap'
import { checkNeighbours } from './neighbour-check'
import { checkSchemaVersion } from './schema-version-guard'
import { checkTypeDepth } from './type-depth'
import type { ClientStructs, ClockRange, StructId, StructSummary } from './update-parser'
import { MalformedUpdateError, parseUpdate } from './update-parser'

/**
 * What to do with an incoming update, decided before it touches the room:
 * - `new`: well-formed, every dependency present: apply, store, relay;
 *   `writes` names the clients whose clocks it extends.
 * - `nothing-new`: well-formed but adds nothing the room lacks.
 * - `missing`: refers to content the room does not have (Yjs would park it
 *   in memory as pending structs); the sender is asked to resync instead.
 * A malformed update throws MalformedUpdateError.
 */
export type UpdateVerdict =
  | { kind: 'new'; writes: number[] }
  | { kind: 'nothing-new' }
  | { kind: 'missing'; reason: string }

const idKey = (id: StructId): string => `${id.client}:${id.clock}`

/**
 * Checks `update` against the room's document without modifying it;
 * `docName` says which rules of content apply (an edition's, or none).
 */
// Stryker disable next-line StringLiteral: equivalent, any name but an edition's has no rules of content.
export function checkUpdate(doc: Y.Doc, update: Uint8Array, docName = ''): UpdateVerdict {
  const summary = parseUpdate(update)
  const store = doc.store
  const known = (client: number): number => Y.getState(store, client)

  const reach = integrationReach(summary.clients, known)
  if ('missing' in reach) return { kind: 'missing', reason: reach.missing }
  const reachOf = (client: number): number => reach.clocks.get(client) ?? known(client)

  const createdTypes = new Set(summary.createdTypes.map(idKey))
  for (const id of summary.parents) {
    if (id.clock < known(id.client)) {
      // An item placed inside something that is not a shared type is not
      // something a Yjs client produces: refuse it rather than trust Yjs's
      // handling of it.
      // A type that another client deleted has been garbage-collected to
      // ContentDeleted (or GC): an edit made in it concurrently is legitimate,
      // and Yjs integrates it as garbage.
      const parent = Y.getItem(store, Y.createID(id.client, id.clock))
      if (
        parent instanceof Y.Item &&
        !(parent.content instanceof Y.ContentType) &&
        !(parent.content instanceof Y.ContentDeleted)
      ) {
        throw new MalformedUpdateError(`parent ${idKey(id)} is not a shared type`)
      }
    } else if (!createdTypes.has(idKey(id))) {
      throw new MalformedUpdateError(`parent ${idKey(id)} is not a shared type`)
    }
  }

  checkNeighbours(doc, summary, known)
  checkTypeDepth(doc, summary)
  checkSchemaVersion(doc, docName, summary)

  for (const range of summary.deletes) {
    if (range.clock + range.length > reachOf(range.client)) {
      return {
        kind: 'missing',
        reason: `deletes ${range.client}:${range.clock}+${range.length} beyond known clocks`,
      }
    }
  }

  const writes = [...reach.clocks]
    .filter(([client, clock]) => clock > known(client))
    .map(([client]) => client)
  if (writes.length > 0) return { kind: 'new', writes }
  // A reconnecting client's sync step 2 carries its whole delete set: only
  // deletions the room lacks make it worth storing and relaying.
  const addsDeletes = summary.deletes.some((range) => !alreadyDeleted(store, range))
  return addsDeletes ? { kind: 'new', writes } : { kind: 'nothing-new' }
}

/**
 * Whether every clock of `range` is deleted in the room. Asked only of an
 * update that adds no structs, whose ranges all lie within the room's
 * clocks (checked before): the client's structs are there.
 */
function alreadyDeleted(store: Y.Doc['store'], range: ClockRange): boolean {
  const structs = store.clients.get(range.client) as Array<Y.Item | Y.GC>
  const end = range.clock + range.length
  for (let i = Y.findIndexSS(structs, range.clock); ; i++) {
    const struct = structs[i]
    if (!struct || struct.id.clock >= end) return true
    if (!struct.deleted) return false
  }
}

/**
 * Replays the order in which Yjs integrates the structs: a struct can go in
 * once every id it depends on exists (in the room, or among the structs
 * already taken). Returns the clock each client reaches, or what is missing
 * when some structs can never go in: a gap, a reference to unknown content,
 * or structs that wait on each other.
 */
function integrationReach(
  clients: ClientStructs[],
  known: (client: number) => number,
): { clocks: Map<number, number> } | { missing: string } {
  const clocks = new Map<number, number>()
  const reachOf = (client: number): number => clocks.get(client) ?? known(client)
  /** The index of each client's next struct to take. */
  const next = clients.map(() => 0)
  for (const { client, structs } of clients) {
    const first = structs[0]
    if (first && first.clock > known(client)) {
      return {
        missing: `client ${client} starts at clock ${first.clock}, the room has ${known(client)}`,
      }
    }
  }
  let remaining = clients.reduce((sum, entry) => sum + entry.structs.length, 0)
  // A worklist, not repeated passes: a client whose next struct waits on
  // another client's clock is parked under that client, by clock, and taken
  // up again once that clock is reached. Each struct is taken once, so a
  // crafted update whose clients wait on each other in a chain costs what
  // its size costs, not its square.
  const waiting = new Map<number, ClockHeap>()
  const queue = clients.map((_, index) => index)
  const wake = (client: number) => {
    const heap = waiting.get(client)
    const reach = reachOf(client)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a client woken too early finds its blocker again and parks again.
    while (heap && heap.minClock() < reach) queue.push(heap.pop())
  }
  for (let index = queue.pop(); index !== undefined; index = queue.pop()) {
    const { client, structs } = clients[index] as ClientStructs
    for (let i = next[index] as number; i < structs.length; i++) {
      const struct = structs[i] as StructSummary
      for (const dependency of struct.dependencies) {
        if (dependency.client === client && dependency.clock >= struct.clock) {
          throw new MalformedUpdateError(
            `struct ${client}:${struct.clock} depends on its own later clock ${dependency.clock}`,
          )
        }
      }
      const blocker = struct.dependencies.find((d) => d.clock >= reachOf(d.client))
      if (blocker) {
        const heap = waiting.get(blocker.client) ?? new ClockHeap()
        waiting.set(blocker.client, heap)
        heap.push(blocker.clock, index)
        break
      }
      clocks.set(client, Math.max(reachOf(client), struct.clock + struct.length))
      next[index] = i + 1
      remaining--
    }
    // Woken after taking nothing, those waiting on it stay parked.
    wake(client)
  }
  if (remaining > 0) {
    const blocked = clients.findIndex(
      (entry, index) => (next[index] as number) < entry.structs.length,
    )
    const entry = clients[blocked] as ClientStructs
    const struct = entry.structs[next[blocked] as number] as StructSummary
    return { missing: `struct ${entry.client}:${struct.clock} depends on unknown content` }
  }
  return { clocks }
}
