import type { IncomingMessage } from 'node:http'
import type { Principal } from './access/sign-in-sessions'
import type { ConnectionAccess } from './sync/connection'

/**
 * Set by the websocket upgrade bridge: a route that accepts the upgrade
 * records the document to join, and who joins it, here.
 */
export interface UpgradeSlot {
  accepted: { docName: string; access: ConnectionAccess } | null
}

export interface AppEnv {
  Bindings: {
    incoming?: IncomingMessage
    upgrade?: UpgradeSlot
  }
  Variables: {
    /** The signed-in person, from the session cookie; null if none is valid. */
    principal: Principal | null
    /** Where the request came from, for rate limits (see `client-address.ts`). */
    clientAddress: string
  }
}
