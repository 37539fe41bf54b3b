import type * as Y from 'yjs'
import type { RowWrite } from '../../db/row-write'
import type { Actor } from '../../shared/activity'
import { CloseCode } from '../../shared/protocol'
import type { BusMessage } from '../redis/bus-frames'
import type { BusHandler, SyncBus } from '../redis/sync-bus'
import { type AccessEnd, type Revocation, revocationsOf } from './access-ends'
import type { Connection, ConnectionAccess, Transport } from './connection'
import { Room } from './room'
import type { RoomDeps, RoomPeers } from './room-deps'

interface Entry {
  loading: Promise<Room>
  /** The loaded room, once `loading` has resolved. */
  room: Room | null
  /** Clients that joined or are joining; the room unloads when it falls to zero. */
  members: number
  unloadTimer: NodeJS.Timeout | null
  /** Set while the room waits for its last writes before it is dropped. */
  unloading: Promise<void> | null
  /** What other processes sent while the room loaded. */
  arrivals: Arrivals
}

/** What other processes sent while a room loaded, applied once it has. */
interface Arrivals {
  messages: BusMessage[]
  /** Set if the subscriptions were renewed while it loaded: it catches up once loaded. */
  catchUp: boolean
}

/** How long one process holds the right to compact a document. */
const COMPACTION_LEASE_MS = 10_000

/** Reads of a document whose room keeps being reset under them give up after this many. */
const MAX_READ_ATTEMPTS = 3

/** A socket on its way into a room. */
interface Joining {
  docName: string
  access: ConnectionAccess
  revoked: AccessRevoked | null
}

/** Why a socket was turned away while its room loaded: its access was revoked meanwhile. */
export class AccessRevoked extends Error {
  // Stryker disable next-line StringLiteral: the name a log shows; nothing reads it.
  override name = 'AccessRevoked'
  constructor(
    readonly code: CloseCode,
    readonly reason: string,
  ) {
    super(reason)
  }
}

/**
 * An upgrade whose access the sync route is still deciding: a revocation
 * meanwhile cannot see whose it will be, so it is kept here and applied at
 * the join, and a socket accepted on a session just signed out is closed.
 */
export interface Admission {
  revocations: Revocation[][]
}

export interface RegistryOptions extends Omit<RoomDeps, 'peers'> {
  /** How long an empty room stays loaded, in case someone comes back. */
  unloadDelayMs: number
  /** The other processes, through Redis (REDIS_URL); without it, this process is alone. */
  bus?: SyncBus | null
}

/**
 * Loaded rooms by document name. A room loads on its first connection and
 * unloads after its last one leaves and a grace period passes. A client that
 * arrives while a room is unloading waits for the unload (whose last writes
 * are then committed) and loads the room afresh, so no edit falls between an
 * old room and a new one.
 */
export class RoomRegistry implements BusHandler {
  private readonly entries = new Map<string, Entry>()
  /** Sockets whose room is still loading. */
  private readonly joining = new Set<Joining>()
  /** Upgrades being decided, not yet joining. */
  private readonly admissions = new Set<Admission>()
  private readonly roomDeps: RoomDeps

  constructor(private readonly options: RegistryOptions) {
    const { bus } = options
    this.roomDeps = { ...options, peers: bus ? peersThrough(bus) : undefined }
    bus?.setHandler(this)
  }

  get loadedCount(): number {
    return this.entries.size
  }

  /** Upgrades admitted and not yet settled (for tests: none is kept once its socket joined). */
  get admittingCount(): number {
    return this.admissions.size
  }

  /** The room of `docName` if it is loaded (for tests and metrics). */
  async peek(docName: string): Promise<Room | null> {
    const entry = this.entries.get(docName)
    return entry && !entry.unloading ? entry.loading : null
  }

  /**
   * Starts an upgrade's admission, before its access is decided; `settle`
   * ends it once the socket joined or was refused.
   */
  admit(): Admission {
    const admission: Admission = { revocations: [] }
    this.admissions.add(admission)
    return admission
  }

  settle(admission: Admission): void {
    this.admissions.delete(admission)
  }

  /**
   * Joins `docName`'s room. `admission`, if given, is the upgrade's: a
   * revocation made while its access was decided turns it away here.
   */
  async join(
    docName: string,
    transport: Transport,
    access: ConnectionAccess,
    admission?: Admission,
  ): Promise<{ room: Room; connection: Connection }> {
    for (const rules of admission?.revocations ?? []) {
      const rule = rules.find((r) => r.match(docName, access))
      if (rule) throw new AccessRevoked(rule.code, rule.reason)
    }
    // Stryker disable next-line ConditionalExpression: equivalent, settling no admission deletes nothing.
    if (admission) this.settle(admission)
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
    statements?: readonly RowWrite[],
  ): Promise<T> {
    const room = await this.hold(docName)
    try {
      return await room.applyChange(change, actor, statements)
    } finally {
      this.release(room)
    }
  }

  /**
   * Reads the document of `docName` as committed: what a saved version, a
   * draft export or a public page shows is in the database, never an update
   * still on its way there (see `Room.readCommitted`), so it waits for the
   * commits under way. The room is loaded for it if need be. `read` must not
   * change the document; `change` is for that.
   */
  async read<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
    // A room reset under the read (a failed commit) is read again, fresh.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: a bound against looping forever; reaching it takes three fresh rooms each with a commit failing under the read, which no test can line up.
    for (let attempt = 1; attempt <= MAX_READ_ATTEMPTS; attempt++) {
      const room = await this.hold(docName)
      let result: { value: T } | null
      try {
        result = await room.readCommitted(read)
      } finally {
        this.release(room)
      }
      if (result) return result.value
    }
    // Stryker disable next-line StringLiteral: the same bound, never reached by a test.
    throw new Error(`no committed state of ${docName} could be read: its commits keep failing`)
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
      // A load that fails forgets its entry, members and all.
      const room = await entry.loading
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
   * Closes, in every loaded room, the connections `match` picks, and turns
   * away those joining or being admitted that it picks.
   */
  disconnect(
    match: (docName: string, access: ConnectionAccess) => boolean,
    code: CloseCode,
    reason: string,
  ): void {
    this.revoke([{ match, code, reason }])
  }

  /**
   * Closes the sockets `end` ends (a sign-out, a revocation), in this
   * process and, through Redis, in every other.
   */
  endAccess(end: AccessEnd): void {
    this.revoke(revocationsOf(end))
    this.options.bus?.endAccess(end)
  }

  /** BusHandler: another process ended an access. */
  accessEnded(end: AccessEnd): void {
    this.revoke(revocationsOf(end))
  }

  /** BusHandler: a message of another process for a document this one may hold. */
  message(docName: string, message: BusMessage): void {
    const entry = this.entries.get(docName)
    if (!entry) return
    if (entry.room) deliver(entry.room, message)
    else entry.arrivals.messages.push(message)
  }

  /** BusHandler: Redis is back; whatever it failed to deliver meanwhile is read from the database. */
  resubscribed(): void {
    for (const entry of this.entries.values()) {
      if (entry.room) void entry.room.catchUp()
      else entry.arrivals.catchUp = true
    }
  }

  /**
   * Applies `rules` to every socket: in a loaded room, joining one, or still
   * being admitted. Sockets are closed at once, not at their next message,
   * so nothing they send afterwards is applied.
   */
  private revoke(rules: Revocation[]): void {
    for (const [docName, entry] of this.entries) {
      // A socket the first rule closed has left the room: the next cannot pick it.
      for (const rule of rules) {
        entry.room?.disconnectWhere(
          (connection) => rule.match(docName, connection.access),
          rule.code,
          rule.reason,
        )
      }
    }
    for (const joining of this.joining) {
      if (joining.revoked) continue
      const rule = rules.find((r) => r.match(joining.docName, joining.access))
      if (rule) joining.revoked = new AccessRevoked(rule.code, rule.reason)
    }
    for (const admission of this.admissions) admission.revocations.push(rules)
  }

  /** Closes every room, after its queued updates are committed. */
  async closeAll(code: CloseCode, reason: string): Promise<void> {
    const names = [...this.entries.keys()]
    await Promise.all(
      names.map(async (name) => {
        const entry = this.entries.get(name)
        // Stryker disable next-line ConditionalExpression: unreachable, every name was read from the entries just before.
        if (!entry) return
        // A pending unload would find its entry gone and do nothing: cleared
        // only so that the process need not wait for it to exit.
        // Stryker disable next-line ConditionalExpression: equivalent, as said above.
        if (entry.unloadTimer) clearTimeout(entry.unloadTimer)
        // Stryker disable next-line ArrowFunction: equivalent, no room either way.
        const room = await entry.loading.catch(() => null)
        if (room) await this.committed(room.name)
        room?.close(code, reason)
        this.entries.delete(name)
        this.options.bus?.unsubscribe(name)
      }),
    )
  }

  private load(docName: string): Entry {
    // Stryker disable next-line ArrayDeclaration,BooleanLiteral: equivalent, a needless catch-up after the load reads nothing new.
    const arrivals: Arrivals = { messages: [], catchUp: false }
    const forget = () => {
      // Stryker disable next-line ConditionalExpression: equivalent while a room resets once and only a loaded or loading entry resets; kept so that a later change cannot drop a newer room's entry.
      if (this.entries.get(docName) !== entry) return
      this.entries.delete(docName)
      this.options.bus?.unsubscribe(docName)
    }
    const entry: Entry = {
      loading: this.loadRoom(docName, arrivals, (room) => {
        entry.room = room
        room.onReset = forget
      }),
      room: null,
      members: 0,
      unloadTimer: null,
      unloading: null,
      arrivals,
    }
    this.entries.set(docName, entry)
    entry.loading.catch(forget)
    return entry
  }

  /**
   * Loads the room, subscribed first to what other processes publish of
   * it: what they commit after the database was read reaches it, and what
   * arrives meanwhile is applied once it is loaded (applying twice what the
   * read also brought changes nothing). `loaded` runs in the same turn as
   * they are applied: from then on, a message goes to the room itself.
   */
  private async loadRoom(
    docName: string,
    arrivals: Arrivals,
    loaded: (room: Room) => void,
  ): Promise<Room> {
    await this.options.bus?.subscribe(docName)
    const room = await Room.load(docName, this.roomDeps)
    loaded(room)
    for (const message of arrivals.messages.splice(0)) deliver(room, message)
    if (arrivals.catchUp) void room.catchUp()
    return room
  }

  private unload(docName: string, entry: Entry): void {
    // The timer starts when the last member leaves, and a join clears it: no
    // member is there when it fires. The entry may be another since (a reset).
    if (this.entries.get(docName) !== entry) return
    entry.unloading = (async () => {
      const room = await entry.loading
      await this.committed(docName)
      // Stryker disable next-line StringLiteral: no client is left to read it.
      room.close(CloseCode.Normal, 'room unloaded')
      this.entries.delete(docName)
      this.options.bus?.unsubscribe(docName)
      this.options.log.debug({ doc: docName }, 'room unloaded')
    })()
  }

  private committed(docName: string): Promise<void> {
    return new Promise((resolve) =>
      // Stryker disable next-line ArrowFunction: equivalent, a failed commit resets the room and forgets its entry at once, so nobody waits on this unload any more.
      this.options.writer.afterCommitted(docName, resolve, () => resolve()),
    )
  }
}

/** Hands a message of another process to the room it is for. */
function deliver(room: Room, message: BusMessage): void {
  if (message.kind === 'update') room.applyRemote(message)
  else if (message.kind === 'presence')
    room.applyRemotePresence(message.sessionHash, message.update)
  else void room.catchUp()
}

/** What a room tells the other processes, through the bus. */
function peersThrough(bus: SyncBus): RoomPeers {
  return {
    committed: (docName, update, writer, clients) =>
      bus.publish(docName, { kind: 'update', update, writer, clients }),
    presence: (docName, sessionHash, update) =>
      bus.publish(docName, { kind: 'presence', sessionHash, update }),
    mayCompact: (docName) => bus.mayCompact(docName, COMPACTION_LEASE_MS),
    whenPublished: (fn) => bus.whenPublished(fn),
  }
}
