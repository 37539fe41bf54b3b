import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MessageType, SYNC_PATH } from '../shared/protocol'
import type { ServerKind } from './server-process'

/**
 * The framing each server speaks around the Yjs sync and awareness messages,
 * so that one client implementation (bench/sync-client.ts) talks to all
 * three and the client side costs the same whichever server is measured.
 *
 * - Kaigi and @y/websocket-server speak the y-websocket protocol: a varUint
 *   message type, then the payload.
 * - Hocuspocus prefixes every message with the document name (a varString),
 *   and a client must authenticate (an Auth message with a token, empty here)
 *   before anything else it sends is handled. It also sends messages of its
 *   own (Authenticated, SyncStatus acks), which the client ignores.
 */
export interface Dialect {
  /** The websocket URL of `docName` on a server listening on `port`. */
  url(port: number, docName: string): string
  /** Frames a client sends right after the socket opens, before its first sync message. */
  hello(docName: string): Uint8Array[]
  /** An encoder with the header of a `kind` message for `docName` written. */
  begin(docName: string, kind: 'sync' | 'awareness'): encoding.Encoder
  /** Reads an incoming frame's header: the decoder is left at the payload. */
  read(frame: Uint8Array): { kind: 'sync' | 'awareness' | 'other'; decoder: decoding.Decoder }
}

const HOCUSPOCUS = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  /** Same as Sync, but the server does not answer it with a step 1 of its own. */
  SyncReply: 4,
  AuthToken: 0,
} as const

const yWebsocket = (path: string): Dialect => ({
  url: (port, docName) => `ws://127.0.0.1:${port}${path}/${docName}`,
  hello: () => [],
  begin(_docName, kind) {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, kind === 'sync' ? MessageType.Sync : MessageType.Awareness)
    return encoder
  },
  read(frame) {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    const kind =
      type === MessageType.Sync ? 'sync' : type === MessageType.Awareness ? 'awareness' : 'other'
    return { kind, decoder }
  },
})

const hocuspocus: Dialect = {
  url: (port) => `ws://127.0.0.1:${port}`,
  hello(docName) {
    const encoder = encoding.createEncoder()
    encoding.writeVarString(encoder, docName)
    encoding.writeVarUint(encoder, HOCUSPOCUS.Auth)
    encoding.writeVarUint(encoder, HOCUSPOCUS.AuthToken)
    encoding.writeVarString(encoder, '')
    return [encoding.toUint8Array(encoder)]
  },
  begin(docName, kind) {
    const encoder = encoding.createEncoder()
    encoding.writeVarString(encoder, docName)
    encoding.writeVarUint(encoder, kind === 'sync' ? HOCUSPOCUS.Sync : HOCUSPOCUS.Awareness)
    return encoder
  },
  read(frame) {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarString(decoder) // one document per socket here: the name is known
    const type = decoding.readVarUint(decoder)
    const kind =
      type === HOCUSPOCUS.Sync || type === HOCUSPOCUS.SyncReply
        ? 'sync'
        : type === HOCUSPOCUS.Awareness
          ? 'awareness'
          : 'other'
    return { kind, decoder }
  },
}

export const DIALECTS: Record<ServerKind, Dialect> = {
  kaigi: yWebsocket(SYNC_PATH),
  // The reference server takes the whole path as the document name.
  'y-websocket-server': yWebsocket(''),
  hocuspocus,
  'durable-floor': yWebsocket(''),
}
