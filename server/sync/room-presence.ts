import type { Logger } from 'pino'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { MAX_PRESENCE_STATE_BYTES, MAX_ROOM_PRESENCE_BYTES } from '../../shared/doc/presence'
import { MessageType } from '../../shared/protocol'
import {
  type AwarenessEntry,
  decodeAwarenessEntries,
  encodeAwareness,
  encodeAwarenessEntries,
} from './codec'
import { Connection, type Transport } from './connection'
import {
  MAX_DEPARTED_PRESENCES,
  PRESENCE_FRAME_MIN_BYTES,
  PresenceBudget,
  presenceAnswerBound,
} from './presence-limits'
import { type PresenceOwner, PresenceRight, presenceRight } from './presence-rights'
import { stampPresence } from './presence-stamp'
import { REMOTE_ORIGIN, type RoomPeers } from './room-deps'

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

/**
 * The presences of one room: who announced each, what each may still
 * cost, and their bytes against the room's cap. Every presence a client
 * announces passes here, is stamped with its sender's identity, and is
 * relayed to the room's other connections and, through the peers, to the
 * other processes.
 */
export class RoomPresence {
  readonly awareness: Awareness
  /** Each connected person's presence budget, and how many of their connections share it. */
  private readonly budgets = new Map<string, { budget: PresenceBudget; users: number }>()
  /** Which connection announced each awareness client id: only it may change that presence. */
  private readonly awarenessOwners = new Map<number, Connection>()
  /** The session behind each presence announced through another process. */
  private readonly remoteOwners = new Map<number, PresenceOwner>()
  /** The bytes of JSON of each presence the room holds, and their sum, capped. */
  private readonly presenceBytes = new Map<number, number>()
  private presenceTotal = 0
  /** Departed client ids whose last clock Awareness still keeps, oldest first. */
  private readonly departed = new Set<number>()

  constructor(
    private readonly name: string,
    doc: Y.Doc,
    /** The room's connections, which every change of presence is relayed to. */
    private readonly connections: ReadonlySet<Connection>,
    private readonly log: Logger,
    private readonly peers: RoomPeers | undefined,
  ) {
    this.awareness = new Awareness(doc)
    // The server is not a participant: it announces no presence of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** The presence budget of `personId`, shared by all their connections here. */
  budgetOf(personId: string): PresenceBudget {
    const shared = this.budgets.get(personId) ?? { budget: new PresenceBudget(), users: 0 }
    shared.users++
    this.budgets.set(personId, shared)
    return shared.budget
  }

  /** Tells a connection that just joined every presence the room holds. */
  greet(transport: Transport): void {
    if (this.awareness.getStates().size === 0) return
    const clients = [...this.awareness.getStates().keys()]
    transport.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, clients)))
  }

  /** Removes what `connection`, which has left, announced; frees its person's budget with the last. */
  release(connection: Connection): void {
    const shared = this.budgets.get(connection.access.personId)
    if (shared && --shared.users === 0) this.budgets.delete(connection.access.personId)
    // With the connection as origin: the other processes hear of it too.
    // (None held: Awareness tells no one of an empty removal.)
    removeAwarenessStates(this.awareness, [...connection.awarenessIds], connection)
  }

  /**
   * Whether `frame` may be read. An awareness frame is parsed and its
   * presences relayed to every socket: its bytes, or
   * PRESENCE_FRAME_MIN_BYTES for a small one, are charged to its sender
   * before any of that work, and what goes over the budget is dropped
   * unread (the client renews its presence within 15 s anyway).
   */
  admits(connection: Connection, frame: Uint8Array): boolean {
    if (
      frame[0] === MessageType.Awareness &&
      !connection.presenceBudget.spend(Math.max(frame.length, PRESENCE_FRAME_MIN_BYTES))
    ) {
      this.log.debug(
        { person: connection.access.personId },
        'presence over its byte budget dropped',
      )
      return false
    }
    return true
  }

  /** Applies the presences `connection` announced, those it may announce. */
  receive(connection: Connection, entries: AwarenessEntry[]): void {
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
    const stamped = this.withinBounds(own, connection, refused)
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

  /** Every presence, for a client that asked; at most once a second and within its budget. */
  answerQuery(connection: Connection): void {
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
   * Applies presences announced through another process, by a socket of
   * `sessionHash`, within the same bounds as this process's own: a presence
   * no larger than one may be, the room's presences under their cap, and a
   * presence held by a socket here of another session left to that socket.
   */
  applyRemote(sessionHash: string, update: Uint8Array): void {
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
      const after = this.bytesAfter(entry, total)
      if (typeof after !== 'number') continue
      total = after
      // The same browser moved to another process: its socket here is stale.
      local?.awarenessIds.delete(entry.clientId)
      this.awarenessOwners.delete(entry.clientId)
      if (entry.state !== 'null') this.remoteOwners.set(entry.clientId, owner)
      kept.push(entry)
    }
    // Stryker disable next-line ConditionalExpression: equivalent, as in receive.
    if (kept.length === 0) return
    applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(kept), REMOTE_ORIGIN)
  }

  /**
   * `own` stamped with the sender's identity, without the states larger than
   * a presence may be or that would take the room's presences over their cap
   * (a removal always passes); those are added to `refused`.
   */
  private withinBounds(
    own: AwarenessEntry[],
    connection: Connection,
    refused: PresenceRefusal[],
  ): AwarenessEntry[] {
    const kept: AwarenessEntry[] = []
    let total = this.presenceTotal
    for (const entry of own) {
      // Measured as it would be kept and relayed: stamped.
      const stamped = stampPresence(entry, connection.access.identity)
      const after = this.bytesAfter(stamped, total)
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
  private bytesAfter(
    entry: AwarenessEntry,
    total: number,
  ): number | typeof PresenceRight.Oversized | typeof PresenceRight.RoomFull {
    const bytes = entry.state === 'null' ? 0 : Buffer.byteLength(entry.state)
    if (bytes > MAX_PRESENCE_STATE_BYTES) return PresenceRight.Oversized
    const after = total - (this.presenceBytes.get(entry.clientId) ?? 0) + bytes
    if (bytes > 0 && after > MAX_ROOM_PRESENCE_BYTES) return PresenceRight.RoomFull
    return after
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
      this.peers?.presence(this.name, origin.access.sessionHash, update)
    }
    const message = encodeAwareness(update)
    for (const connection of this.connections) {
      if (connection !== origin) connection.transport.send(message)
    }
  }
}
