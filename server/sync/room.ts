import type { Logger } from 'pino'
import * as Y from 'yjs'
import type { RowWrite } from '../../db/row-write'
import { type Actor, KAIGI_ACTOR } from '../../shared/activity'
import { CloseCode, CloseReason } from '../../shared/protocol'
import { type ClientOwner, ClientOwners, SERVER_OWNER } from './client-owners'
import { encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from './codec'
import { readCommitted } from './committed-read'
import {
  actorOf,
  Connection,
  type ConnectionAccess,
  closeReason,
  type Transport,
} from './connection'
import { applyStored, type WrittenWith } from './doc-store'
import { dispatchMessage, isRefusedMessage, type MessageHandlers } from './message-dispatch'
import { RoomCatchUp } from './room-catch-up'
import { RoomCompaction } from './room-compaction'
import { type ChangeTracker, REMOTE_ORIGIN, type RemoteUpdate, type RoomDeps } from './room-deps'
import { RoomPresence } from './room-presence'
import { applyServerChange } from './server-change'
import { checkUpdate } from './update-validator'

// A client asked to resync this many times in a row without sending an
// acceptable update is sending content that cannot be integrated: stop it.
const MAX_RESYNC_REQUESTS = 3

/**
 * One loaded document and its connected clients. The document only ever
 * holds validated updates, in the order they were queued for commit, and
 * nothing leaves the room before it is durable: relays and sync replies wait
 * for the writer to commit what they contain.
 */
export class Room {
  private readonly connections = new Set<Connection>()
  private readonly presence: RoomPresence
  private readonly compaction: RoomCompaction
  private readonly log: Logger
  private closed = false
  /** What other processes committed, read from the database; replies to clients wait for it. */
  private readonly catchingUp: RoomCatchUp
  private readonly tracker: ChangeTracker | null
  /** Called once when the room must be dropped (see `reset`). */
  onReset: (room: Room) => void = () => {}

  private constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    private readonly clientOwners: ClientOwners,
    tailLength: number,
    through: number,
    private readonly deps: RoomDeps,
  ) {
    // Stryker disable next-line ObjectLiteral: only the log reads it.
    this.log = deps.log.child({ doc: name })
    // Attached once the stored document is loaded: loading changes nothing.
    this.tracker = deps.trackChanges?.(name, doc) ?? null
    this.presence = new RoomPresence(name, doc, this.connections, this.log, deps.peers)
    // The catch-up applies and resets through the room's own private steps.
    const room = {
      name,
      isClosed: () => this.closed,
      applyCommitted: (update: Uint8Array) => {
        this.applyCommitted(update)
      },
      reset: (reason: string) => this.reset(reason),
    }
    this.catchingUp = new RoomCatchUp(room, through, deps.store, this.log)
    this.compaction = new RoomCompaction(this, tailLength, deps, this.log)
  }

  /** Loads `name` from the store: its snapshot, then the updates after it. */
  static async load(name: string, deps: RoomDeps): Promise<Room> {
    const stored = await deps.store.load(name)
    const doc = new Y.Doc()
    applyStored(doc, stored)
    // Stryker disable next-line BlockStatement,ConditionalExpression,LogicalOperator: only the log reads it.
    if (doc.store.pendingStructs || doc.store.pendingDs) {
      deps.log.error({ doc: name }, 'stored document has missing dependencies')
    }
    const owners = new ClientOwners(name, new Map(stored.clientOwners))
    const room = new Room(name, doc, owners, stored.updates.length, stored.through, deps)
    room.log.debug({ updates: stored.updates.length }, 'room loaded')
    room.compaction.ifLong()
    return room
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** The presences of the room's clients, and of other processes' clients. */
  get awareness() {
    return this.presence.awareness
  }

  /** The last update log id the document surely holds everything up to. */
  get through(): number {
    return this.catchingUp.through
  }

  join(transport: Transport, access: ConnectionAccess): Connection {
    const connection = new Connection(transport, access, this.presence.budgetOf(access.personId))
    this.connections.add(connection)
    this.catchingUp.after(() => {
      const stateVector = Y.encodeStateVector(this.doc)
      this.whenCommitted(() => connection.transport.send(encodeSyncStep1(stateVector)))
    })
    this.presence.greet(transport)
    return connection
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    this.presence.release(connection)
  }

  /** Closes the connections `match` picks (a revoked member's, a signed-out session's). */
  disconnectWhere(match: (connection: Connection) => boolean, code: CloseCode, reason: string) {
    for (const connection of [...this.connections]) {
      if (!match(connection)) continue
      // A sign-out or a revocation is ordinary use, not a refused message.
      this.log.info(
        { code, reason, person: connection.access.personId },
        'access ended; connection closed',
      )
      this.end(connection, code, reason)
    }
  }

  /** Handles one binary frame from `connection`. */
  receive(connection: Connection, frame: Uint8Array): void {
    if (this.closed || !this.connections.has(connection)) return
    if (!this.presence.admits(connection, frame)) return
    try {
      dispatchMessage(frame, connection, this.handlers)
    } catch (error) {
      if (isRefusedMessage(error)) {
        this.refuse(connection, CloseCode.MalformedMessage, error.message)
        return
      }
      // A fault of the server's own, maybe halfway through an update: the
      // document may hold what will never be committed, so it is dropped.
      this.reset(`message could not be handled: ${(error as Error).message}`)
      throw error
    }
  }

  private readonly handlers: MessageHandlers = {
    syncStep1: (connection, stateVector) => this.replyToStep1(connection, stateVector),
    update: (connection, update) => this.receiveUpdate(connection, update),
    awareness: (connection, entries) => this.presence.receive(connection, entries),
    queryAwareness: (connection) => this.presence.answerQuery(connection),
  }

  /** Closes every connection and frees the document. */
  close(code: CloseCode, reason: string): void {
    if (this.closed) return
    this.closed = true
    this.tracker?.close()
    for (const connection of this.connections) connection.transport.close(code, reason)
    this.connections.clear()
    // The presences go with it: y-protocols' Awareness destroys itself, its
    // clock of outdated states and its listeners with its document.
    this.doc.destroy()
  }

  /** Runs `read` on the document as the database holds it (see `readCommitted`). */
  readCommitted<T>(read: (doc: Y.Doc) => T): Promise<{ value: T } | null> {
    return readCommitted(this, this.deps.writer, read)
  }

  /**
   * Applies an update another process committed and published, and relays
   * it to this room's clients. One that depends on something this process
   * missed waits in the document until a catch-up brings the rest.
   */
  applyRemote(remote: RemoteUpdate): void {
    // Stryker disable next-line ConditionalExpression: equivalent, the guard saves work; a closed room has no clients to relay to, and its compaction and catch-up check it again.
    if (this.closed) return
    this.clientOwners.learn(remote.clients, remote.writer)
    if (this.applyCommitted(remote.update)) this.compaction.counted()
    // A catch-up of a room closed meanwhile (a reset) reads nothing.
    if (this.waitsForDependencies()) void this.catchUp()
  }

  /**
   * Applies presences announced through another process, by a socket of
   * `sessionHash`, within the same bounds as this process's own: a presence
   * no larger than one may be, the room's presences under their cap, and a
   * presence held by a socket here of another session left to that socket.
   */
  applyRemotePresence(sessionHash: string, update: Uint8Array): void {
    // Stryker disable next-line ConditionalExpression: equivalent, the guard saves work; a closed room's awareness is destroyed, no longer heard, and it has no clients.
    if (this.closed) return
    this.presence.applyRemote(sessionHash, update)
  }

  /**
   * Reads what the database holds of the document beyond what the room
   * surely has, and applies it (see RoomCatchUp).
   */
  catchUp(): Promise<void> {
    return this.catchingUp.run()
  }

  /**
   * Applies `update`, which is durable already (another process committed
   * it), and relays it to every client if it brought anything new. Returns
   * whether it did.
   */
  private applyCommitted(update: Uint8Array): boolean {
    let changed = false
    // Listening only while this update is applied: any update event is its.
    const seen = () => {
      changed = true
    }
    this.doc.on('update', seen)
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN)
    } catch (error) {
      this.reset(`committed update could not be applied: ${(error as Error).message}`)
      // Stryker disable next-line BooleanLiteral: equivalent, the room is closed and counts nothing more.
      return false
    } finally {
      this.doc.off('update', seen)
    }
    // Its author's process recorded what it did in the activity.
    this.tracker?.skip()
    if (!changed) return false
    const message = encodeSyncUpdate(update)
    for (const connection of this.connections) connection.transport.send(message)
    return true
  }

  private waitsForDependencies(): boolean {
    return this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null
  }

  private replyToStep1(connection: Connection, stateVector: Uint8Array): void {
    this.catchingUp.after(() => {
      // Encoded now, sent once everything it contains is committed.
      const reply = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector))
      this.whenCommitted(() => connection.transport.send(reply))
    })
  }

  private receiveUpdate(connection: Connection, update: Uint8Array): void {
    const verdict = checkUpdate(this.doc, update, this.name)
    if (verdict.kind === 'nothing-new') return
    if (!connection.access.canEdit) {
      // A viewer's sync step 2 holding nothing new passed above; anything
      // else would change the document.
      this.refuse(connection, CloseCode.Forbidden, CloseReason.ReadOnly)
      return
    }
    if (verdict.kind === 'missing') {
      this.requestResync(connection, verdict.reason)
      return
    }
    const writer = connection.access.personId
    const foreign = this.clientOwners.foreign(verdict.writes, writer)
    if (foreign !== undefined) {
      this.refuse(
        connection,
        CloseCode.MalformedMessage,
        `writes under client ${foreign}, which is another member's`,
      )
      return
    }
    // Stryker disable all: a defence behind the validator, which refuses every update known to fail here (update-validator.ts); no test can make one.
    const waitingBefore = this.waitsForDependencies()
    try {
      Y.applyUpdate(this.doc, update, connection)
    } catch (error) {
      // The validator let through an update Yjs cannot integrate: the
      // document may hold part of it, so it is dropped and reloaded from the
      // database, which never saw it.
      this.reset(`update could not be applied: ${(error as Error).message}`)
      return
    }
    // Content another process committed may wait for what this one missed
    // (a catch-up brings it); a client's update must not leave any waiting.
    if (!waitingBefore && this.waitsForDependencies()) {
      this.reset('update left content waiting for missing dependencies')
      return
    }
    // Stryker restore all
    connection.resyncRequests = 0
    const writes = verdict.writes
    this.deps.writer.append(
      this.name,
      update,
      () => this.onCommitted(update, connection, writer, writes),
      (error) => this.reset(`database write failed: ${(error as Error).message}`),
      this.writtenWith(connection, verdict.writes),
    )
  }

  /** What an update of `connection` writing under `clients` is stored with. */
  private writtenWith(connection: Connection, clients: readonly number[]): WrittenWith {
    const claims = this.clientOwners.claim(clients, connection.access.personId)
    // A plain shared text has no tracker.
    const activity = this.tracker?.take(actorOf(connection.access), new Date())
    return { activity, statements: claims }
  }

  /** Makes `change` as the server's own edit (see `applyServerChange`). */
  applyChange<T>(
    change: (doc: Y.Doc) => T,
    actor: Actor = KAIGI_ACTOR,
    statements: readonly RowWrite[] = [],
  ): Promise<T> {
    if (this.closed) return Promise.reject(new Error('room closed'))
    return applyServerChange(
      {
        name: this.name,
        doc: this.doc,
        writer: this.deps.writer,
        activity: (at) => this.tracker?.take(actor, at),
        claims: () => this.clientOwners.claim([this.doc.clientID], SERVER_OWNER),
        committed: (update) => this.onCommitted(update, null, SERVER_OWNER, [this.doc.clientID]),
        reset: (reason) => this.reset(reason),
      },
      change,
      statements,
    )
  }

  private onCommitted(
    update: Uint8Array,
    origin: Connection | null,
    writer: ClientOwner,
    clients: readonly number[],
  ): void {
    // Committed, so told to the other processes even if this room closed
    // meanwhile; a closed room has no connections left to relay to.
    const message = encodeSyncUpdate(update)
    const relay = () => {
      for (const connection of this.connections) {
        if (connection !== origin) connection.transport.send(message)
      }
    }
    const peers = this.deps.peers
    if (peers) {
      // Published before the relay: a process killed after relaying to its
      // own clients has handed the publication to the network first.
      peers.committed(this.name, update, writer, [...clients])
      peers.whenPublished(relay)
    } else {
      relay()
    }
    this.compaction.counted()
  }

  /**
   * Asks the client for everything the room lacks: a sync step 1 with the
   * room's state vector makes a y-websocket client answer with a step 2
   * holding the missing dependencies along with the refused update.
   */
  private requestResync(connection: Connection, reason: string): void {
    connection.resyncRequests++
    if (connection.resyncRequests > MAX_RESYNC_REQUESTS) {
      this.refuse(connection, CloseCode.MissingDependencies, `missing dependencies: ${reason}`)
      return
    }
    this.log.info({ reason }, 'update refused for missing dependencies; resync requested')
    const stateVector = Y.encodeStateVector(this.doc)
    this.whenCommitted(() => connection.transport.send(encodeSyncStep1(stateVector)))
  }

  private refuse(connection: Connection, code: CloseCode, reason: string): void {
    this.log.warn({ code, reason }, 'message refused; connection closed')
    this.end(connection, code, reason)
  }

  private end(connection: Connection, code: CloseCode, reason: string): void {
    this.leave(connection)
    connection.transport.close(code, closeReason(reason))
  }

  private whenCommitted(fn: () => void): void {
    this.deps.writer.afterCommitted(
      this.name,
      () => {
        if (!this.closed) fn()
      },
      () => {},
    )
  }

  /**
   * Drops the room after a fault that may leave the document unlike the
   * database: queued updates are forgotten (none was relayed), clients are
   * told to reconnect, and the next connection reloads from the database.
   */
  private reset(reason: string): void {
    if (this.closed) return
    this.log.error({ reason }, 'room reset')
    this.deps.writer.discard(this.name)
    this.onReset(this)
    this.close(CloseCode.TryAgainLater, closeReason(`room reset: ${reason}`))
  }
}
