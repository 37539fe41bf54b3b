/**
 * The sync protocol spoken on `/sync/<docName>`: the y-websocket message
 * framing (a varUint message type, then its payload), plus Kaigi's close codes.
 * Server and client import these; neither defines its own copy.
 */

/** Top-level message types of the y-websocket protocol. */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

/** Sub-types of a Sync message, as y-protocols/sync numbers them. */
export const SyncMessageType = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const
export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType]

/**
 * Websocket close codes. 1000-1015 are the standard ones, used as meant.
 * 4400-4499 mirror HTTP 4xx and are final: the stock y-websocket provider
 * stops reconnecting on them, which is right for input that will be refused
 * again. 4500-4599 mirror 5xx and are transient: the provider reconnects and
 * resyncs.
 */
export const CloseCode = {
  Normal: 1000,
  GoingAway: 1001,
  UnsupportedData: 1003,
  /** The client sent messages faster than any editing person does. */
  PolicyViolation: 1008,
  MessageTooBig: 1009,
  InternalError: 1011,
  TryAgainLater: 1013,
  MalformedMessage: 4400,
  Unauthorized: 4401,
  Forbidden: 4403,
  /** The client kept sending updates that depend on content it never sent: reconnect and resync. */
  MissingDependencies: 4509,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** The reasons of the access closes, which a client tells apart (4403 serves two). */
export const CloseReason = {
  ReadOnly: 'read-only access: changes are refused',
  Revoked: 'membership revoked',
  SignedOut: 'signed out',
} as const

/** Default largest websocket frame the server accepts: 2 MiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 2 * 1024 * 1024

/**
 * Document names accepted on `/sync/<docName>`: letters, digits, `.`, `_` and
 * `-`, starting with a letter or digit, at most 128 characters. Anything else
 * is refused before a room is created.
 */
export const DOC_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

/** Whether `name` may name a synced document. */
export const isValidDocName = (name: string): boolean => DOC_NAME_PATTERN.test(name)

/** The path prefix of the sync endpoint. */
export const SYNC_PATH = '/sync'
