import type { Database } from '../../db'
import { createLogger } from '../../server/logger'
import { CommitQueue } from '../../server/sync/commit-queue'
import type { DocStore } from '../../server/sync/doc-store'
import { Room } from '../../server/sync/room'
import type { RoomDeps, RoomPeers } from '../../server/sync/room-deps'
import { RoomRegistry } from '../../server/sync/room-registry'
import { tempDatabase } from './temp-database'

/**
 * Rooms loaded directly, without a server or sockets, each over a fresh
 * database, for tests of the room itself. `undo` (in afterEach) closes the
 * rooms, then the databases under them.
 */
export function roomBench() {
  const undos: Array<() => unknown> = []
  return {
    async undo(): Promise<void> {
      for (const undo of undos.splice(0).reverse()) await undo()
    },
    /** Runs `fn` when the test is over, before what was set up earlier is undone. */
    later(fn: () => unknown): void {
      undos.push(fn)
    },
    async database(): Promise<Database> {
      const temp = await tempDatabase()
      undos.push(temp.remove)
      return temp.database
    },
    /** `name` loaded over `store`, with a writer of its own. */
    async room(
      store: DocStore,
      options: {
        compactAfterUpdates?: number
        name?: string
        peers?: RoomPeers
        trackChanges?: RoomDeps['trackChanges']
      } = {},
    ): Promise<{ room: Room; writer: CommitQueue }> {
      const writer = new CommitQueue(store, () => {})
      const room = await Room.load(options.name ?? 'notes', {
        store,
        writer,
        log: createLogger('silent'),
        compactAfterUpdates: options.compactAfterUpdates ?? 1000,
        peers: options.peers,
        ...(options.trackChanges ? { trackChanges: options.trackChanges } : {}),
      })
      undos.push(() => room.close(1000, 'test over'))
      return { room, writer }
    },
    /** A registry over `store`, with a writer of its own; empty rooms unload at once. */
    registry(store: DocStore): { registry: RoomRegistry; writer: CommitQueue } {
      const writer = new CommitQueue(store, () => {})
      const registry = new RoomRegistry({
        store,
        writer,
        log: createLogger('silent'),
        compactAfterUpdates: 1000,
        unloadDelayMs: 0,
      })
      undos.push(() => registry.closeAll(1001, 'test over'))
      return { registry, writer }
    },
  }
}
