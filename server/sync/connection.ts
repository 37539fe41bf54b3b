import { type Actor, ActorKind } from '../../shared/activity'
import type { PresenceIdentity } from '../../shared/doc/presence'
import type { CloseCode } from '../../shared/protocol'
import { PresenceBudget } from './presence-limits'

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
export const actorOf = (access: ConnectionAccess): Actor => ({
  kind: ActorKind.Member,
  personId: access.personId,
  name: access.identity.name,
  committee: access.identity.committee ?? null,
})

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

/** Websocket close reasons are limited to 123 bytes of UTF-8 (ws throws past them). */
const MAX_CLOSE_REASON_BYTES = 123

/** `text` cut to a close reason, at a character: half an "é" would decode to three bytes. */
export function closeReason(text: string): string {
  let bytes = 0
  let reason = ''
  for (const character of text) {
    bytes += Buffer.byteLength(character)
    if (bytes > MAX_CLOSE_REASON_BYTES) break
    reason += character
  }
  return reason
}
