import { type Accessor, createSignal } from 'solid-js'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type NotesChange, observeNotes, readNotes, spliceNotes } from '../../shared/doc/notes'
import { type Presence, parsePresence } from '../../shared/doc/presence'
import type { TextSplice } from '../../shared/doc/text-change'
import { CloseCode, CloseReason, SYNC_PATH } from '../../shared/protocol'
import { keepLocalCopy } from './local-copy'

/**
 * `connecting` until the first sync with the server, `connected` once this
 * browser and the server hold the same document (shown as "synced"),
 * `offline` whenever the socket is down or not yet resynced (edits are kept
 * in the local copy and the provider keeps retrying), `refused` when the
 * server closed for good (a 44xx code: retrying would not help).
 */
export const ConnectionStatus = {
  Connecting: 'connecting',
  Connected: 'connected',
  Offline: 'offline',
  Refused: 'refused',
} as const
export type ConnectionStatus = (typeof ConnectionStatus)[keyof typeof ConnectionStatus]

/**
 * Why the server ended this browser's access to a document for good:
 * the member was signed out, their membership revoked, or, a viewer, a
 * change they sent was refused.
 */
export const AccessLoss = {
  SignedOut: 'signed-out',
  Revoked: 'revoked',
  ReadOnly: 'read-only',
} as const
export type AccessLoss = (typeof AccessLoss)[keyof typeof AccessLoss]

/**
 * Asks the server, over HTTP, whether this browser may still open the
 * document: the loss if not, null if it may or if the server cannot say.
 */
export type AccessCheck = () => Promise<AccessLoss | null>

/** What a browser reports when a connection failed without a close frame (an upgrade refused with 401 or 403, a network cut). */
const ABNORMAL_CLOSURE = 1006
/** At most one access check per this many milliseconds, while connections keep failing. */
const ACCESS_CHECK_INTERVAL_MS = 5000

/** The loss that a close `event` from the server means, if it means one. */
export function lossOfClose(event: { code: number; reason: string }): AccessLoss | null {
  if (event.code === CloseCode.Unauthorized) return AccessLoss.SignedOut
  if (event.code !== CloseCode.Forbidden) return null
  // The server refuses a viewer's change and a revoked member with the same code.
  return event.reason === CloseReason.ReadOnly ? AccessLoss.ReadOnly : AccessLoss.Revoked
}

/** Someone connected to the document, this browser included. */
export interface Peer {
  clientId: number
  name: string
  color: string
  editing: boolean
  /** The programme session they have open, if any. */
  sessionId: string | null
  self: boolean
}

/** The notes of the document as plain text, for a text field to bind to. */
export interface SharedText {
  read(): string
  /** Applies a local edit; it reaches the others through the provider. */
  splice(splice: TextSplice): void
  /** Calls `listener` after each change made by someone else; returns the unsubscribe. */
  onRemoteChange(listener: (change: NotesChange) => void): () => void
}

/** One joined document: its Y.Doc, connection status and who else is there. */
export interface DocConnection {
  docName: string
  doc: Y.Doc
  status: Accessor<ConnectionStatus>
  peers: Accessor<Peer[]>
  /** Whether the document has been received from the server once (after the local copy was loaded). */
  synced: Accessor<boolean>
  /**
   * Set once the server ended this browser's access: the connection is then
   * closed for good and the document's copy on this device deleted.
   */
  lost: Accessor<AccessLoss | null>
  setPresence(presence: Presence, focus?: PresenceFocus): void
  destroy(): void
}

/** What a member is working on, announced beside their presence (the session they edit). */
export interface PresenceFocus {
  sessionId: string | null
}

export interface SyncSession {
  docName: string
  status: Accessor<ConnectionStatus>
  lost: Accessor<AccessLoss | null>
  peers: Accessor<Peer[]>
  notes: SharedText
  setPresence(presence: Presence): void
  destroy(): void
}

/** The sync endpoint of the server that served this page (the Vite dev server proxies it). */
export function syncUrlFor(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${location.host}${SYNC_PATH}`
}

const FOCUS_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The session id another client says it is editing, if it is a plausible id. */
function focusOf(state: unknown): string | null {
  const value = (state as { focus?: { sessionId?: unknown } } | null)?.focus?.sessionId
  return typeof value === 'string' && FOCUS_ID.test(value) ? value : null
}

/**
 * Joins `docName` on `serverUrl`: one Y.Doc, its websocket provider and its
 * awareness. `checkAccess` is asked when a connection fails without a word
 * from the server, as a refused upgrade does.
 */
export function connectDoc(
  serverUrl: string,
  docName: string,
  checkAccess: AccessCheck | null = null,
): DocConnection {
  const doc = new Y.Doc()
  const local = keepLocalCopy(docName, doc)
  const provider = new WebsocketProvider(serverUrl, docName, doc, { connect: false })
  const awareness = provider.awareness
  const [status, setStatus] = createSignal<ConnectionStatus>(ConnectionStatus.Connecting)
  const [peers, setPeers] = createSignal<Peer[]>([])
  const [synced, setSynced] = createSignal(false)
  const [lost, setLost] = createSignal<AccessLoss | null>(null)
  let destroyed = false
  // Connecting once the local copy is in the doc makes the first handshake
  // carry its state vector: the server sends only what this device lacks,
  // and the edits made offline go back in the same exchange. It also means
  // `synced` never turns true on a doc still missing its local part.
  void local.loaded.then(() => {
    if (!destroyed) provider.connect()
  })
  // "Synced", not merely connected: after a cut, edits kept on this device
  // have reached the server only once the resync is done.
  provider.on('sync', (isSynced: boolean) => {
    if (!isSynced) return
    setSynced(true)
    if (provider.wsconnected) setStatus(ConnectionStatus.Connected)
  })

  provider.on('status', ({ status: next }) => {
    if (next === 'disconnected' && !lost()) setStatus(ConnectionStatus.Offline)
    // A reconnection attempt after a loss is still "offline" for the user.
  })
  // Whatever was kept on this device goes with the access: edits not yet
  // sent would otherwise reach the server under a later sign-in.
  const lose = (loss: AccessLoss) => {
    if (destroyed || lost()) return
    setLost(loss)
    provider.disconnect()
    setStatus(ConnectionStatus.Refused)
    void local.clear()
  }
  let lastCheck = Number.NEGATIVE_INFINITY
  let checking = false
  const recheckAccess = async () => {
    if (!checkAccess || checking || Date.now() - lastCheck < ACCESS_CHECK_INTERVAL_MS) return
    checking = true
    lastCheck = Date.now()
    try {
      const loss = await checkAccess()
      if (loss) lose(loss)
    } finally {
      checking = false
    }
  }
  provider.on('connection-close', (event) => {
    if (status() === ConnectionStatus.Connecting) setStatus(ConnectionStatus.Offline)
    if (!event) return
    const loss = lossOfClose(event)
    // Not from inside the provider's own close handling, which would see its disconnect.
    if (loss) queueMicrotask(() => lose(loss))
    else if (event.code === ABNORMAL_CLOSURE) void recheckAccess()
  })
  provider.on('connection-error', () => {
    if (status() === ConnectionStatus.Connecting) setStatus(ConnectionStatus.Offline)
  })
  // Other final refusals (a malformed message) leave the local copy alone:
  // nothing is re-sent while the provider stays closed.
  provider.on('closed', () => setStatus(ConnectionStatus.Refused))
  // The browser's online/offline events are hints, not facts (a loopback
  // server stays reachable offline): each one triggers a fresh attempt, whose
  // outcome sets the status. Otherwise a dead link shows only when the
  // provider's watchdog gives up on a silent socket.
  const recheck = () => {
    // Not before the local copy is loaded (the first connect waits for it).
    if (!provider.shouldConnect || status() === ConnectionStatus.Refused) return
    provider.disconnect()
    provider.connect()
  }
  window.addEventListener('offline', recheck)
  window.addEventListener('online', recheck)

  const refreshPeers = () => {
    const list: Peer[] = []
    for (const [clientId, state] of awareness.getStates()) {
      const presence = parsePresence(state)
      if (!presence) continue
      list.push({
        clientId,
        name: presence.user.name,
        color: presence.user.color,
        editing: presence.editing,
        sessionId: focusOf(state),
        self: clientId === doc.clientID,
      })
    }
    list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name))
    setPeers(list)
  }
  awareness.on('change', refreshPeers)

  return {
    docName,
    doc,
    status,
    peers,
    synced,
    lost,
    setPresence(presence, focus) {
      awareness.setLocalState(focus ? { ...presence, focus } : presence)
    },
    destroy() {
      destroyed = true
      window.removeEventListener('offline', recheck)
      window.removeEventListener('online', recheck)
      awareness.off('change', refreshPeers)
      provider.destroy()
      local.destroy()
      doc.destroy()
    },
  }
}

/** Joins `docName` on `serverUrl` for its shared notes. */
export function createSyncSession(
  serverUrl: string,
  docName: string,
  checkAccess: AccessCheck | null = null,
): SyncSession {
  const connection = connectDoc(serverUrl, docName, checkAccess)
  const { doc } = connection
  const localOrigin = Symbol('local edit')

  const notes: SharedText = {
    read: () => readNotes(doc),
    splice: (splice) => spliceNotes(doc, splice, localOrigin),
    onRemoteChange(listener) {
      return observeNotes(doc, (change) => {
        if (change.origin !== localOrigin) listener(change)
      })
    },
  }

  return {
    docName,
    status: connection.status,
    lost: connection.lost,
    peers: connection.peers,
    notes,
    setPresence: (presence) => connection.setPresence(presence),
    destroy: () => connection.destroy(),
  }
}
