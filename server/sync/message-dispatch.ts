import type { AwarenessEntry } from './codec'
import { decodeClientMessage, ProtocolError } from './codec'
import type { Connection } from './connection'
import { MalformedUpdateError } from './update-parser'

/** What a room does with each kind of message a client sends. */
export interface MessageHandlers {
  syncStep1(connection: Connection, stateVector: Uint8Array): void
  /** A sync step 2 or an update: both carry an update to apply. */
  update(connection: Connection, update: Uint8Array): void
  awareness(connection: Connection, entries: AwarenessEntry[]): void
  queryAwareness(connection: Connection): void
}

/**
 * Decodes `frame` and hands it to its handler. Throws what
 * `isRefusedMessage` recognises for a frame or update no client may send.
 */
export function dispatchMessage(
  frame: Uint8Array,
  connection: Connection,
  handlers: MessageHandlers,
): void {
  const message = decodeClientMessage(frame)
  switch (message.type) {
    case 'sync-step1':
      handlers.syncStep1(connection, message.stateVector)
      break
    case 'sync-step2':
    case 'sync-update':
      handlers.update(connection, message.update)
      break
    case 'awareness':
      handlers.awareness(connection, message.entries)
      break
    case 'query-awareness':
      handlers.queryAwareness(connection)
      break
  }
}

/** Whether `error` says the client sent what may not be sent (its connection is closed), not a fault of the server's. */
export const isRefusedMessage = (error: unknown): error is Error =>
  error instanceof ProtocolError || error instanceof MalformedUpdateError
