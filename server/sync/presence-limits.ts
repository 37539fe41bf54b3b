import { MAX_ROOM_PRESENCE_BYTES } from '../../shared/doc/presence'

// The message-rate limit counts messages, not what they cost: a one-byte
// query makes the server encode every presence of the room, and one
// awareness message is relayed to every socket. These bound the work itself.

/** The least time between two answers to one person's queries for all presences in a room. */
export const QUERY_AWARENESS_INTERVAL_MS = 1000
/** Bytes of presence a person may make the server handle at once in a room: a full room's answer. */
export const PRESENCE_BURST_BYTES = MAX_ROOM_PRESENCE_BYTES
/** Bytes of presence a person may make the server handle each second in a room, after the burst. */
export const PRESENCE_BYTES_PER_SECOND = 64 * 1024

/**
 * The least an awareness frame is charged, whatever its size: relaying it
 * to every socket of the room costs the server a write per socket, as much
 * for a change of two bytes as for one of a few hundred.
 */
export const PRESENCE_FRAME_MIN_BYTES = 1024

/**
 * The most bytes an answer holding `presences` states of `stateBytes` bytes
 * of JSON in all can take: each entry adds its client id, clock and the
 * state's length (varints of at most 5, 5 and 3 bytes), the message a few.
 */
export const presenceAnswerBound = (stateBytes: number, presences: number): number =>
  stateBytes + presences * 13 + 16

/** A token bucket in bytes: `take` refuses what would spend more than is left. */
export class ByteBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now = Date.now(),
  ) {
    this.tokens = capacity
    this.last = now
  }

  /** Spends `bytes` if that many are left, and says whether it did. */
  take(bytes: number, now = Date.now()): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (bytes > this.tokens) return false
    this.tokens -= bytes
    return true
  }
}

/** What one person has spent of their presence budget in one room, all their sockets together. */
export class PresenceBudget {
  private readonly bytes = new ByteBucket(PRESENCE_BURST_BYTES, PRESENCE_BYTES_PER_SECOND)
  private lastQuery = Number.NEGATIVE_INFINITY

  /** Whether a query for every presence may be answered now (the answer is then charged). */
  mayQuery(now = Date.now()): boolean {
    if (now - this.lastQuery < QUERY_AWARENESS_INTERVAL_MS) return false
    this.lastQuery = now
    return true
  }

  /** Whether the server may handle `bytes` more of this socket's presence now. */
  spend(bytes: number, now = Date.now()): boolean {
    return this.bytes.take(bytes, now)
  }
}

/**
 * How many departed presences a room remembers the last clock of. Awareness
 * keeps one for every client id it ever saw, so that a late echo cannot bring
 * a departed presence back; a socket announcing and withdrawing new ids would
 * grow that for as long as the room lives. Past this, the oldest is forgotten.
 */
export const MAX_DEPARTED_PRESENCES = 1024
