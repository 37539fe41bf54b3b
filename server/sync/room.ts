import type { InStatement } from '@libsql/client'
import type { Logger } from 'pino'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import { type ActivityRecord, type Actor, ActorKind, KAIGI_ACTOR } from '../../shared/activity'
import {
  MAX_PRESENCE_STATE_BYTES,
  MAX_ROOM_PRESENCE_BYTES,
  type PresenceIdentity,
} from '../../shared/doc/presence'
import { CloseCode, CloseReason, MessageType } from '../../shared/protocol'
import { type ClientOwner, ClientOwners, SERVER_OWNER } from './client-owners'
import {
  type AwarenessEntry,
  decodeAwarenessEntries,
  decodeClientMessage,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  ProtocolError,
} from './codec'
import { applyStored, type DocStore, type StoredSince, type WrittenWith } from './doc-store'
import {
  MAX_DEPARTED_PRESENCES,
  PRESENCE_FRAME_MIN_BYTES,
  PresenceBudget,
  presenceAnswerBound,
} from './presence-limits'
import { type PresenceOwner, PresenceRight, presenceRight } from './presence-rights'
import { stampPresence } from './presence-stamp'
import { MalformedUpdateError } from './update-reader'
import { checkUpdate } from './update-validator'
import type { UpdateWriter } from './update-writer'

/** The only things a room needs of a socket. */
export interface Transport {
  send(message: Uint8Array): void
  close(code: CloseCode, reason: string): void
}

/** Who is behind a connection and what they may do, decided at the upgrade. */
export interface ConnectionAccess {
  /** Whether their updates may change the document; if not, each is refused. */
  canEdit: boolean
  /** Written into every presence they announce, whatever they claim. */
  identity: PresenceIdentity
  personId: string
  /** The edition whose document this is; null for a plain shared text. */
  editionId: string | null
  /** The sign-in session, so that signing out closes its sockets. */
  sessionHash: string
}

/** Who the activity names for a connection's changes: the signed-in member. */
const actorOf = (access: ConnectionAccess): Actor => ({
  kind: ActorKind.Member,
  personId: access.personId,
  name: access.identity.name,
  committee: access.identity.committee ?? null,
})

/**
 * Records what each applied update did to the document (an edition's
 * activity), to be written in the same transaction as the update.
 */
export interface ChangeTracker {
  /** The records for the changes applied since the last call, made by `actor` at `at`. */
  take(actor: Actor, at: Date): ActivityRecord[]
  /** Forgets the changes applied since the last call: another process recorded them. */
  skip(): void
  close(): void
}

/**
 * The other processes holding the same document, when several share one
 * Redis: what the room tells them. A room without peers is the only one.
 */
export interface RoomPeers {
  /** An update of the room's, once committed (never before). */
  committed(docName: string, update: Uint8Array, writer: ClientOwner, clients: number[]): void
  /** Presences announced through a socket of `sessionHash`. */
  presence(docName: string, sessionHash: string, update: Uint8Array): void
  /** Whether this process may compact the document now (one at a time). */
  mayCompact(docName: string): Promise<boolean>
  /** Runs `fn` once what was told so far has left for the other processes. */
  whenPublished(fn: () => void): void
}

/** An update another process committed and published. */
export interface RemoteUpdate {
  update: Uint8Array
  writer: ClientOwner
  clients: number[]
}

/** One client socket in one room. */
export class Connection {
  /** The awareness client ids this connection has announced, removed when it leaves. */
  readonly awarenessIds = new Set<number>()
  /** Resyncs asked of this client since its last accepted update. */
  resyncRequests = 0

  constructor(
    readonly transport: Transport,
    readonly access: ConnectionAccess,
    /**
     * The presence work its person may still cause in this room (see
     * presence-limits.ts), shared by all their sockets here: a person may
     * open twenty, and each with a budget of its own would be twenty times
     * the bound.
     */
    readonly presenceBudget: PresenceBudget = new PresenceBudget(),
  ) {}
}

export interface RoomDeps {
  store: DocStore
  writer: UpdateWriter
  log: Logger
  /** Fold the update log into a snapshot once it holds this many updates. */
  compactAfterUpdates: number
  /** The tracker of a document's changes, for the documents that keep an activity. */
  trackChanges?: (name: string, doc: Y.Doc) => ChangeTracker | null
  /** The other processes holding the document, if several share it. */
  peers?: RoomPeers | undefined
}

/** The origin of the changes the server itself makes to a document. */
export const SERVER_ORIGIN = 'kaigi:server'
/** The origin of what another process committed, applied here. */
const REMOTE_ORIGIN = 'kaigi:remote'

// A client asked to resync this many times in a row without sending an
// acceptable update is sending content that cannot be integrated: stop it.
const MAX_RESYNC_REQUESTS = 3
/** Log rows a compaction deletes in one transaction (see `pruneFolded`). */
const PRUNE_ROWS_AT_ONCE = 250
export const MAX_PRESENCES_PER_CONNECTION = 4
/** The one warning presence traffic may cause: something no honest client sends. */
export const PRESENCE_REFUSED = 'presence of another connection refused'

/** A presence entry refused, as the warning lists it. */
interface PresenceRefusal {
  client: number
  right: PresenceRight
}

// Stryker disable next-line ObjectLiteral: only the log reads it.
const refusal = (client: number, right: PresenceRight): PresenceRefusal => ({ client, right })

/** Websocket close reasons are limited to 123 bytes of UTF-8 (ws throws past them). */
const MAX_CLOSE_REASON_BYTES = 123

/** `text` cut to a close reason, at a character: half an "é" would decode to three bytes. */
function closeReason(text: string): string {
  let bytes = 0
  let reason = ''
  for (const character of text) {
    bytes += Buffer.byteLength(character)
    if (bytes > MAX_CLOSE_REASON_BYTES) break
    reason += character
  }
  return reason
}

/**
 * One loaded document and its connected clients. The document only ever
 * holds validated updates, in the order they were queued for commit, and
 * nothing leaves the room before it is durable: relays and sync replies wait
 * for the writer to commit what they contain.
 */
export class Room {
  readonly awareness: Awareness
  private readonly connections = new Set<Connection>()
  /** Each connected person's presence budget, and how many of their connections share it. */
  private readonly presenceBudgets = new Map<string, { budget: PresenceBudget; users: number }>()
  /** Which connection announced each awareness client id: only it may change that presence. */
  private readonly awarenessOwners = new Map<number, Connection>()
  /** The session behind each presence announced through another process. */
  private readonly remoteOwners = new Map<number, PresenceOwner>()
  /** The bytes of JSON of each presence the room holds, and their sum, capped. */
  private readonly presenceBytes = new Map<number, number>()
  private presenceTotal = 0
  /** Departed client ids whose last clock Awareness still keeps, oldest first. */
  private readonly departed = new Set<number>()
  private readonly log: Logger
  private closed = false
  private compactionQueued = false
  /**
   * The last update log id the document surely holds everything up to:
   * where a catch-up reads on from. Only a read of the database moves it.
   */
  private through: number
  /** The catch-up under way, if any; replies to clients wait for it. */
  private catchingUp: Promise<void> | null = null
  // Stryker disable next-line BooleanLiteral: equivalent, a catch-up sets it before it reads it.
  private catchUpAgain = false
  private readonly tracker: ChangeTracker | null
  /** Called once when the room must be dropped (see `reset`). */
  onReset: (room: Room) => void = () => {}

  private constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    private readonly clientOwners: ClientOwners,
    private tailLength: number,
    through: number,
    private readonly deps: RoomDeps,
  ) {
    this.through = through
    // Stryker disable next-line ObjectLiteral: only the log reads it.
    this.log = deps.log.child({ doc: name })
    // Attached once the stored document is loaded: loading changes nothing.
    this.tracker = deps.trackChanges?.(name, doc) ?? null
    this.awareness = new Awareness(doc)
    // The server is not a participant: it announces no presence of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onAwarenessUpdate)
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
    room.compactIfLong()
    return room
  }

  get isClosed(): boolean {
    return this.closed
  }

  join(transport: Transport, access: ConnectionAccess): Connection {
    const shared = this.presenceBudgets.get(access.personId) ?? {
      budget: new PresenceBudget(),
      users: 0,
    }
    shared.users++
    this.presenceBudgets.set(access.personId, shared)
    const connection = new Connection(transport, access, shared.budget)
    this.connections.add(connection)
    this.afterCatchUp(() => {
      const stateVector = Y.encodeStateVector(this.doc)
      this.whenCommitted(() => connection.transport.send(encodeSyncStep1(stateVector)))
    })
    if (this.awareness.getStates().size > 0) {
      const clients = [...this.awareness.getStates().keys()]
      transport.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, clients)))
    }
    return connection
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    const shared = this.presenceBudgets.get(connection.access.personId)
    if (shared && --shared.users === 0) this.presenceBudgets.delete(connection.access.personId)
    // With the connection as origin: the other processes hear of it too.
    // (None held: Awareness tells no one of an empty removal.)
    removeAwarenessStates(this.awareness, [...connection.awarenessIds], connection)
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
    // An awareness frame is parsed and its presences relayed to every socket:
    // its bytes, or PRESENCE_FRAME_MIN_BYTES for a small one, are charged to
    // its sender before any of that work, and what goes over the budget is
    // dropped unread (the client renews its presence within 15 s anyway).
    if (
      frame[0] === MessageType.Awareness &&
      !connection.presenceBudget.spend(Math.max(frame.length, PRESENCE_FRAME_MIN_BYTES))
    ) {
      this.log.debug(
        { person: connection.access.personId },
        'presence over its byte budget dropped',
      )
      return
    }
    try {
      const message = decodeClientMessage(frame)
      switch (message.type) {
        case 'sync-step1':
          this.replyToStep1(connection, message.stateVector)
          break
        case 'sync-step2':
        case 'sync-update':
          this.receiveUpdate(connection, message.update)
          break
        case 'awareness':
          this.receiveAwareness(connection, message.entries)
          break
        case 'query-awareness':
          this.answerQuery(connection)
          break
      }
    } catch (error) {
      if (error instanceof ProtocolError || error instanceof MalformedUpdateError) {
        this.refuse(connection, CloseCode.MalformedMessage, error.message)
        return
      }
      // A fault of the server's own, maybe halfway through an update: the
      // document may hold what will never be committed, so it is dropped.
      this.reset(`message could not be handled: ${(error as Error).message}`)
      throw error
    }
  }

  /** Closes every connection and frees the document. */
  close(code: CloseCode, reason: string): void {
    if (this.closed) return
    this.closed = true
    this.tracker?.close()
    for (const connection of this.connections) connection.transport.close(code, reason)
    this.connections.clear()
    // Stryker disable next-line StringLiteral: equivalent, destroying the awareness just after drops every listener.
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private receiveAwareness(connection: Connection, entries: AwarenessEntry[]): void {
    const own: AwarenessEntry[] = []
    const refused: PresenceRefusal[] = []
    // Counted entry by entry: one message must not announce a crowd at once.
    let announced = connection.awarenessIds.size
    for (const entry of entries) {
      const owner =
        this.awarenessOwners.get(entry.clientId) ?? this.remoteOwners.get(entry.clientId)
      const right = presenceRight(entry, connection, {
        owner,
        knownClock: this.awareness.meta.get(entry.clientId)?.clock,
        announced,
        maxPerConnection: MAX_PRESENCES_PER_CONNECTION,
      })
      if (right === PresenceRight.Own && owner !== connection) announced++
      if (right === PresenceRight.Own) own.push(entry)
      // An echo changes nothing and is normal: dropped silently.
      else if (right !== PresenceRight.Echo) refused.push(refusal(entry.clientId, right))
    }
    const stamped = this.withinPresenceBounds(own, connection, refused)
    if (refused.length > 0) {
      // Another member's presence is not this connection's to change, and a
      // browser tab announces one presence (a few more are tolerated: a
      // reloaded document in the same socket), not a crowd of them.
      this.log.warn({ refused, person: connection.access.personId }, PRESENCE_REFUSED)
    }
    // Echoes are most of a stock client's presence traffic: they encode nothing.
    // Stryker disable next-line ConditionalExpression: equivalent, applying no entries changes nothing; this spares the encoding.
    if (stamped.length === 0) return
    applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(stamped), connection)
  }

  /**
   * `own` stamped with the sender's identity, without the states larger than
   * a presence may be or that would take the room's presences over their cap
   * (a removal always passes); those are added to `refused`.
   */
  private withinPresenceBounds(
    own: AwarenessEntry[],
    connection: Connection,
    refused: PresenceRefusal[],
  ): AwarenessEntry[] {
    const kept: AwarenessEntry[] = []
    let total = this.presenceTotal
    for (const entry of own) {
      // Measured as it would be kept and relayed: stamped.
      const stamped = stampPresence(entry, connection.access.identity)
      const after = this.presenceAfter(stamped, total)
      if (typeof after !== 'number') {
        refused.push(refusal(entry.clientId, after))
        continue
      }
      total = after
      kept.push(stamped)
    }
    return kept
  }

  /**
   * The bytes of the room's presences once `entry` replaces what its client
   * id held, counted from `total`, or the bound it would break: a state
   * larger than a presence may be, or the room's presences over their cap.
   * A removal ("null") only gives bytes back.
   */
  private presenceAfter(
    entry: AwarenessEntry,
    total: number,
  ): number | typeof PresenceRight.Oversized | typeof PresenceRight.RoomFull {
    const bytes = entry.state === 'null' ? 0 : Buffer.byteLength(entry.state)
    if (bytes > MAX_PRESENCE_STATE_BYTES) return PresenceRight.Oversized
    const after = total - (this.presenceBytes.get(entry.clientId) ?? 0) + bytes
    if (bytes > 0 && after > MAX_ROOM_PRESENCE_BYTES) return PresenceRight.RoomFull
    return after
  }

  /** Every presence, for a client that asked; at most once a second and within its budget. */
  private answerQuery(connection: Connection): void {
    // Extra queries are ignored, not refused: the answer already sent holds the same.
    if (!connection.presenceBudget.mayQuery()) return
    const states = this.awareness.getStates()
    // Charged before it is encoded: encoding every presence is the work the
    // budget bounds, so an answer it cannot afford is never made.
    if (!connection.presenceBudget.spend(presenceAnswerBound(this.presenceTotal, states.size))) {
      return
    }
    const answer = encodeAwareness(encodeAwarenessUpdate(this.awareness, [...states.keys()]))
    connection.transport.send(answer)
  }

  /**
   * Runs `read` on the document as the database holds it. The room applies
   * an update before its commit (the validator and Yjs must have it to judge
   * the next one), so the document may hold updates still queued, which a
   * failed commit would take back: a read then takes the state as it stands,
   * waits until all of it is durable, and reads that state, not the live
   * document, which may meanwhile hold newer updates still queued. With
   * nothing queued, the live document is read at once. Resolves with null if
   * the room was reset or closed meanwhile: the caller reads a fresh room.
   */
  readCommitted<T>(read: (doc: Y.Doc) => T): Promise<{ value: T } | null> {
    if (this.closed) return Promise.resolve(null)
    // The executor catches what `read` throws: the promise rejects with it.
    if (!this.deps.writer.holds(this.name))
      return new Promise((resolve) => resolve({ value: read(this.doc) }))
    const state = Y.encodeStateAsUpdate(this.doc)
    return new Promise((resolve, reject) => {
      const run = () => {
        if (this.closed) {
          resolve(null)
          return
        }
        try {
          const doc = new Y.Doc()
          Y.applyUpdate(doc, state)
          resolve({ value: read(doc) })
        } catch (error) {
          // Thrown in the writer's callback, it would be nobody's.
          reject(error)
        }
      }
      // A failed batch resets the room whose update it held; one that held
      // only other documents' updates leaves it: either way, read again.
      this.deps.writer.afterCommitted(this.name, run, () => resolve(null))
    })
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
    if (this.applyCommitted(remote.update)) {
      this.tailLength++
      this.compactIfLong()
    }
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
    let entries: AwarenessEntry[]
    try {
      entries = decodeAwarenessEntries(update)
    } catch (error) {
      this.log.error({ err: (error as Error).message }, 'unreadable remote presence ignored')
      return
    }
    const owner: PresenceOwner = { access: { sessionHash } }
    const kept: AwarenessEntry[] = []
    let total = this.presenceTotal
    for (const entry of entries) {
      const local = this.awarenessOwners.get(entry.clientId)
      if (local && local.access.sessionHash !== sessionHash) continue
      const after = this.presenceAfter(entry, total)
      if (typeof after !== 'number') continue
      total = after
      // The same browser moved to another process: its socket here is stale.
      local?.awarenessIds.delete(entry.clientId)
      this.awarenessOwners.delete(entry.clientId)
      if (entry.state !== 'null') this.remoteOwners.set(entry.clientId, owner)
      kept.push(entry)
    }
    // Stryker disable next-line ConditionalExpression: equivalent, as in receiveAwareness.
    if (kept.length === 0) return
    applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(kept), REMOTE_ORIGIN)
  }

  /**
   * Reads what the database holds of the document beyond what the room
   * surely has, and applies it: what other processes committed while this
   * one could not hear of it (Redis away, a message missed). Replies to
   * clients wait until it is done; a catch-up asked while one runs reads
   * once more after it. If the database cannot be read, the room resets:
   * its clients reconnect and load what is stored.
   */
  catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true
      return this.catchingUp
    }
    const run = async () => {
      // Yields first: `catchingUp` is set before the end below can clear it.
      await null
      try {
        do {
          this.catchUpAgain = false
          const since = await this.deps.store.loadSince(this.name, this.through)
          // Stryker disable next-line ConditionalExpression: equivalent, the guard saves work; a closed room's document is destroyed and it has no clients.
          if (this.closed) return
          this.applyFromStore(since)
        } while (this.catchUpAgain)
      } catch (error) {
        this.reset(`catch-up failed: ${(error as Error).message}`)
      } finally {
        // In the same turn as the last check of `catchUpAgain`: one asked
        // from now on starts a read of its own.
        this.catchingUp = null
      }
    }
    this.catchingUp = run()
    return this.catchingUp
  }

  private applyFromStore(since: StoredSince): void {
    const parts = since.snapshot ? [since.snapshot, ...since.updates] : since.updates
    // Nothing new merges to an empty update, which changes nothing.
    this.applyCommitted(Y.mergeUpdates(parts))
    this.through = Math.max(this.through, since.through)
    this.log.debug({ updates: since.updates.length, through: this.through }, 'caught up')
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

  /** Runs `fn` once the catch-up under way, if any, is done. */
  private afterCatchUp(fn: () => void): void {
    if (!this.catchingUp) {
      fn()
      return
    }
    // Each `fn` sends through `whenCommitted`, which skips a room closed meanwhile.
    void this.catchingUp.then(fn)
  }

  private replyToStep1(connection: Connection, stateVector: Uint8Array): void {
    this.afterCatchUp(() => {
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

  /**
   * Makes `change` as the server's own edit, as a client's update travels:
   * committed first, then relayed to every connection. `change` should
   * check its input before it writes (the shared mutators do); if it throws
   * after writing part of it, the room is reset, so that nothing it wrote
   * stays anywhere. The activity names `actor` as its author; `statements`
   * (rows that belong with the change) commit in the same transaction.
   */
  applyChange<T>(
    change: (doc: Y.Doc) => T,
    actor: Actor = KAIGI_ACTOR,
    statements: readonly InStatement[] = [],
  ): Promise<T> {
    if (this.closed) return Promise.reject(new Error('room closed'))
    let update: Uint8Array | null = null
    // Listening only while `change` runs: any update event is its.
    const capture = (captured: Uint8Array) => {
      update = captured
    }
    this.doc.on('update', capture)
    let result: T
    try {
      result = this.doc.transact(() => change(this.doc), SERVER_ORIGIN)
    } catch (error) {
      if (update) this.reset(`server change failed halfway: ${(error as Error).message}`)
      return Promise.reject(error)
    } finally {
      this.doc.off('update', capture)
    }
    const committed: Uint8Array | null = update
    if (!committed) {
      // Rows that belong with a change are never written without it.
      if (statements.length > 0) {
        return Promise.reject(new Error('the change changed nothing: its rows are not written'))
      }
      return Promise.resolve(result)
    }
    const activity = this.tracker?.take(actor, new Date())
    const claims = this.clientOwners.claim([this.doc.clientID], SERVER_OWNER)
    return new Promise((resolve, reject) => {
      this.deps.writer.append(
        this.name,
        committed,
        () => {
          this.onCommitted(committed, null, SERVER_OWNER, [this.doc.clientID])
          resolve(result)
        },
        (error) => {
          this.reset(`database write failed: ${(error as Error).message}`)
          reject(error)
        },
        { activity, statements: [...claims, ...statements] },
      )
    })
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
    this.tailLength++
    this.compactIfLong()
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

  private compactIfLong(): void {
    if (this.compactionQueued || this.tailLength < this.deps.compactAfterUpdates) return
    this.compactionQueued = true
    this.deps.writer.exclusive(async () => {
      this.compactionQueued = false
      if (this.closed) return
      const peers = this.deps.peers
      if (peers) {
        // Another process compacts it now: the tail is theirs to fold.
        if (!(await peers.mayCompact(this.name))) {
          this.tailLength = 0
          return
        }
        // What the others logged up to now, read first, so that the
        // snapshot folds it and the log bound says how far it goes.
        await this.catchUp()
        if (this.closed) return
      }
      // The writer runs this alone, so every committed update of this
      // process is in the document and none of its writes lands in
      // between. The document may also hold updates still queued: the
      // snapshot then stores them a little early, and their log rows, once
      // committed, repeat them harmlessly. With peers, only the log rows up
      // to `through` are folded: those the others commit meanwhile stay.
      const snapshot = Y.encodeStateAsUpdate(this.doc)
      const through = peers ? this.through : undefined
      const folded = this.tailLength
      this.tailLength = 0
      try {
        await this.deps.store.compact(this.name, snapshot, through)
        this.log.debug({ folded, bytes: snapshot.byteLength }, 'document compacted')
      } catch (error) {
        this.tailLength += folded
        this.log.error({ err: error }, 'compaction failed')
        return
      }
      this.pruneFolded()
    })
  }

  /**
   * Deletes the log rows the new snapshot folds, PRUNE_ROWS_AT_ONCE at a
   * time, each part a task of its own: the batches queued meanwhile commit
   * and relay between two parts, so a long log never holds up the edits.
   * Loads already skip those rows; a room closed meanwhile still clears them.
   */
  private pruneFolded(): void {
    // A part that fails is harmless (loads skip the rows, the next
    // compaction prunes them): the writer logs it as any task's failure.
    this.deps.writer.exclusive(async () => {
      const pruned = await this.deps.store.pruneFolded(this.name, PRUNE_ROWS_AT_ONCE)
      if (pruned === PRUNE_ROWS_AT_ONCE) this.pruneFolded()
    })
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

  /**
   * Remembers `id` as departed, forgetting the oldest beyond the bound. A
   * forgotten one could only come back through an echo of its old state,
   * which a stock client no longer holds once it has seen the removal.
   */
  private forgetOldestDeparted(id: number): void {
    this.departed.delete(id)
    this.departed.add(id)
    if (this.departed.size <= MAX_DEPARTED_PRESENCES) return
    // A Set keeps the order of insertion: the first is the oldest. Every id
    // here has left (one that comes back is taken out), so its clock goes.
    for (const oldest of this.departed) {
      this.departed.delete(oldest)
      this.awareness.meta.delete(oldest)
      break
    }
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed]
    if (origin instanceof Connection) {
      // Only what `origin` may change reaches here (see presence-rights.ts),
      // so a presence it changed is its own from now on.
      for (const id of [...change.added, ...change.updated]) {
        this.remoteOwners.delete(id)
        this.awarenessOwners.get(id)?.awarenessIds.delete(id)
        this.awarenessOwners.set(id, origin)
        origin.awarenessIds.add(id)
      }
    }
    for (const id of [...change.added, ...change.updated]) {
      const bytes = Buffer.byteLength(JSON.stringify(this.awareness.getStates().get(id) ?? null))
      this.presenceTotal += bytes - (this.presenceBytes.get(id) ?? 0)
      this.presenceBytes.set(id, bytes)
    }
    for (const id of [...change.added, ...change.updated]) this.departed.delete(id)
    for (const id of change.removed) {
      this.presenceTotal -= this.presenceBytes.get(id) ?? 0
      this.presenceBytes.delete(id)
      this.forgetOldestDeparted(id)
      // Removed by its owner, by the owner leaving, or by Awareness's timeout.
      this.awarenessOwners.get(id)?.awarenessIds.delete(id)
      this.awarenessOwners.delete(id)
      this.remoteOwners.delete(id)
    }
    const update = encodeAwarenessUpdate(this.awareness, changed)
    // What came through a socket here is told to the other processes; what
    // came from them, or timed out here as it does there, is not.
    if (origin instanceof Connection) {
      this.deps.peers?.presence(this.name, origin.access.sessionHash, update)
    }
    const message = encodeAwareness(update)
    for (const connection of this.connections) {
      if (connection !== origin) connection.transport.send(message)
    }
  }
}
