import type { IncomingMessage } from 'node:http'

/**
 * Set by the websocket upgrade bridge: a route that accepts the upgrade
 * records the document to join here.
 */
export interface UpgradeSlot {
  accepted: { docName: string } | null
}

export interface AppEnv {
  Bindings: {
    incoming?: IncomingMessage
    upgrade?: UpgradeSlot
  }
}
