import type { InStatement } from '@libsql/client'
import type * as Y from 'yjs'
import type { Actor } from '../../shared/activity'
import type { CloseCode } from '../../shared/protocol'
import { type Connection, type ConnectionAccess, Room, type RoomDeps, type Transport } from './room'

interface Entry {
  loading: Promise<Room>
  /** The loaded room, once `loading` has resolved. */
  room: Room | null
  /** Clients that joined or are joining; the room unloads when it falls to zero. */
  members: number
  unloadTimer: NodeJS.Timeout | null
  /** Set while the room waits for its last writes before it is dropped. */
  unloading: Promise<void> | null
}

/** A socket on its way into a room. */
interface Joining {
  docName: string
  access: ConnectionAccess
  revoked: AccessRevoked | null
}

/** Why a socket was turned away while its room loaded: its access was revoked meanwhile. */
export class AccessRevoked extends Error {
  override name = 'AccessRevoked'
  constructor(
    readonly code: CloseCode,
    readonly reason: string,
  ) {
    super(reason)
  }
}

export interface RegistryOptions extends RoomDeps {
  /** How long an empty room stays loaded, in case someone comes back. */
  unloadDelayMs: number
}

/**
 * Loaded rooms by document name. A room loads on its first connection and
 * unloads after its last one leaves and a grace period passes. A client that
 * arrives while a room is unloading waits for the unload (whose last writes
 * are then committed) and loads the room afresh, so no edit falls between an
 * old room and a new one.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>()
  /** Sockets whose room is still loading. */
  private readonly joining = new Set<Joining>()

  constructor(private readonly options: RegistryOptions) {}

  get loadedCount(): number {
    return this.entries.size
  }

  /** The room of `docName` if it is loaded (for tests and metrics). */
  async peek(docName: string): Promise<Room | null> {
    const entry = this.entries.get(docName)
    return entry && !entry.unloading ? entry.loading : null
  }

  async join(
    docName: string,
    transport: Transport,
    access: ConnectionAccess,
  ): Promise<{ room: Room; connection: Connection }> {
    // Until it is in the room, a revocation finds the joining socket here.
    const joining: Joining = { docName, access, revoked: null }
    this.joining.add(joining)
    let room: Room
    try {
      room = await this.hold(docName)
    } finally {
      this.joining.delete(joining)
    }
    if (joining.revoked) {
      this.release(room)
      throw joining.revoked
    }
    return { room, connection: room.join(transport, access) }
  }

  /**
   * Makes `change` to the document of `docName` as the server's own edit (a
   * participant's suggestion, say): the room is loaded for it if need be,
   * and the change committed, then relayed to everyone in it. Resolves with
   * `change`'s result once committed.
   */
  async change<T>(
    docName: string,
    change: (doc: Y.Doc) => T,
    actor?: Actor,
    statements?: readonly InStatement[],
  ): Promise<T> {
    const room = await this.hold(docName)
    try {
      return await room.applyChange(change, actor, statements)
    } finally {
      this.release(room)
    }
  }

  /**
   * Reads the document of `docName` as the room holds it (everything
   * committed or about to be): the room is loaded for it if need be. `read`
   * must not change the document; `change` is for that.
   */
  async read<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.hold(docName)
    try {
      return read(room.doc)
    } finally {
      this.release(room)
    }
  }

  /** Counts one more member of `docName`'s room, loading it if need be. */
  private async hold(docName: string): Promise<Room> {
    for (;;) {
      const current = this.entries.get(docName)
      if (current?.unloading) {
        await current.unloading
        continue
      }
      const entry = current ?? this.load(docName)
      entry.members++
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer)
      entry.unloadTimer = null
      let room: Room
      try {
        room = await entry.loading
      } catch (error) {
        entry.members--
        throw error
      }
      if (room.isClosed) continue // reset while this client waited: load it again
      return room
    }
  }

  leave(room: Room, connection: Connection): void {
    room.leave(connection)
    this.release(room)
  }

  /** Counts one member of `room` less; the last one out starts the unload delay. */
  private release(room: Room): void {
    const entry = this.entries.get(room.name)
    if (!entry || entry.room !== room || entry.unloading) return
    entry.members--
    if (entry.members > 0) return
    entry.unloadTimer = setTimeout(() => this.unload(room.name, entry), this.options.unloadDelayMs)
  }

  /**
   * Closes, in every loaded room, the connections `match` picks: a revoked
   * member's, a signed-out session's. They are closed at once, not at their
   * next message.
   */
  disconnect(
    match: (docName: string, access: ConnectionAccess) => boolean,
    code: CloseCode,
    reason: string,
  ): void {
    for (const [docName, entry] of this.entries) {
      entry.room?.disconnectWhere((connection) => match(docName, connection.access), code, reason)
    }
    for (const joining of this.joining) {
      if (match(joining.docName, joining.access)) joining.revoked = new AccessRevoked(code, reason)
    }
  }

  /** Closes every room, after its queued updates are committed. */
  async closeAll(code: number, reason: string): Promise<void> {
    const names = [...this.entries.keys()]
    await Promise.all(
      names.map(async (name) => {
        const entry = this.entries.get(name)
        if (!entry) return
        if (entry.unloadTimer) clearTimeout(entry.unloadTimer)
        const room = await entry.loading.catch(() => null)
        if (room) await this.committed(room.name)
        room?.close(code, reason)
        this.entries.delete(name)
      }),
    )
  }

  private load(docName: string): Entry {
    const entry: Entry = {
      loading: Room.load(docName, this.options),
      room: null,
      members: 0,
      unloadTimer: null,
      unloading: null,
    }
    this.entries.set(docName, entry)
    entry.loading.then(
      (room) => {
        entry.room = room
        room.onReset = () => {
          if (this.entries.get(docName) === entry) this.entries.delete(docName)
        }
      },
      () => {
        if (this.entries.get(docName) === entry) this.entries.delete(docName)
      },
    )
    return entry
  }

  private unload(docName: string, entry: Entry): void {
    if (entry.members > 0 || this.entries.get(docName) !== entry) return
    entry.unloading = (async () => {
      const room = await entry.loading
      await this.committed(docName)
      room.close(1000, 'room unloaded')
      this.entries.delete(docName)
      this.options.log.debug({ doc: docName }, 'room unloaded')
    })()
  }

  private committed(docName: string): Promise<void> {
    return new Promise((resolve) =>
      this.options.writer.afterCommitted(docName, resolve, () => resolve()),
    )
  }
}
