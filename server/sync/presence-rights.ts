import type { AwarenessEntry } from './codec'

/**
 * What the room does with an awareness entry a connection sent. Only a refusal
 * (`Claim`, `Crowd`, `Oversized`, `RoomFull`) is worth a warning: a stock
 * y-websocket client sends the others' presences back in the course of
 * normal use (it re-broadcasts every change of its awareness, its own or
 * not, and drops a presence it stopped hearing from with the clock it had),
 * so echoes are dropped silently.
 */
export const PresenceRight = {
  /** The connection's own presence: applied. */
  Own: 'own',
  /** Sent back as the server sent it, or a removal of what is already gone: changes nothing. */
  Echo: 'echo',
  /** A newer state for another member's presence: refused, as no honest client sends one. */
  Claim: 'claim',
  /** One presence more than a socket may announce: refused. */
  Crowd: 'crowd',
  /** A state larger than a presence may hold (MAX_PRESENCE_STATE_BYTES): refused. */
  Oversized: 'oversized',
  /** A state that would take the room's presences over their cap: refused. */
  RoomFull: 'room-full',
} as const
export type PresenceRight = (typeof PresenceRight)[keyof typeof PresenceRight]

/**
 * Who holds a presence: a connection of this process, or a sign-in session
 * whose socket is on another process.
 */
export interface PresenceOwner {
  readonly access: { readonly sessionHash: string }
}

export interface PresenceContext {
  /** Who announced this client id, if someone still holds it. */
  owner: PresenceOwner | undefined
  /** The last clock the room applied for this client id, even after it left. */
  knownClock: number | undefined
  /** Presences the connection holds, with those it announced earlier in the same message. */
  announced: number
  maxPerConnection: number
}

/** What `connection` may do with `entry`, given who holds its client id. */
export function presenceRight(
  entry: AwarenessEntry,
  connection: PresenceOwner,
  context: PresenceContext,
): PresenceRight {
  const { owner, knownClock } = context
  if (owner === connection) return PresenceRight.Own
  // Not newer than what the room holds: Awareness would ignore it, except a
  // removal at the same clock, which only the owner may make.
  // Stryker disable next-line ConditionalExpression: equivalent, a clock compared with no clock is never at or below it.
  if (knownClock !== undefined && entry.clock <= knownClock) return PresenceRight.Echo
  if (owner) {
    // The same sign-in (one browser) may take over its own presence: a tab
    // that reconnects before the server saw its old socket close, or a tab
    // passing on another's presence over BroadcastChannel. The stamp makes it
    // the same person whichever socket carries it.
    const sameBrowser = owner.access.sessionHash === connection.access.sessionHash
    return sameBrowser ? PresenceRight.Own : PresenceRight.Claim
  }
  if (entry.state === 'null') return PresenceRight.Echo
  return context.announced < context.maxPerConnection ? PresenceRight.Own : PresenceRight.Crowd
}
