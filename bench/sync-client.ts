import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Dialect } from './dialects'

/**
 * A sync client with a real Y.Doc, doing per message what a y-websocket
 * `WebsocketProvider` does: on open it sends sync step 1 and its presence
 * (an awareness state), answers the server's step 1 with a step 2, applies
 * every sync step 2 and update to its document (as y-protocols'
 * readSyncMessage does), and sends its own document updates.
 *
 * Why not the provider itself: Hocuspocus does not speak the y-websocket
 * framing (see dialects.ts), and its own provider is not a dependency here.
 * One client for all three servers, differing only in framing, costs the
 * same client CPU whichever server is measured. It also leaves out the
 * provider's timers (awareness renewal, resync), which would add traffic
 * unrelated to the edits measured.
 *
 * With `deferUpdates`, sync updates that arrive once the client is synced
 * are kept and applied only by `applyDeferred()`. In real use every
 * subscriber is its own browser applying its copy in parallel with the
 * others; here hundreds share one thread, and applying inline would add
 * every earlier subscriber's apply to the last one's time: a measure of
 * this process, not of the server.
 */
export class SyncClient {
  readonly doc = new Y.Doc()
  readonly text = this.doc.getText('t')
  /** Resolves once the server's first sync step 2 has been applied. */
  readonly synced: Promise<void>
  isSynced = false
  framesReceived = 0
  /** Set when the socket failed or closed before `close()` was called. */
  failure: string | null = null
  private readonly socket: WebSocket
  private deferred: Uint8Array[] = []
  private closing = false
  private markSynced: () => void = () => {}

  constructor(
    private readonly dialect: Dialect,
    port: number,
    private readonly docName: string,
    private readonly options: {
      /** Called with the update of each sync step 2 or update received (applied or deferred). */
      onUpdate?: (update: Uint8Array) => void
      /** Keep updates received after syncing for `applyDeferred()` instead of applying them. */
      deferUpdates?: boolean
      /** Called on every frame received. */
      onFrame?: () => void
      /** The presence announced on open, as an app's users have one. */
      presence?: Record<string, unknown>
      /** The session cookie, for a server that admits members only. */
      cookie?: string | undefined
    } = {},
  ) {
    this.synced = new Promise((resolve) => {
      this.markSynced = resolve
    })
    this.socket = new WebSocket(dialect.url(port, docName), {
      perMessageDeflate: false,
      headers: options.cookie ? { cookie: options.cookie } : {},
    })
    this.socket.binaryType = 'nodebuffer'
    this.socket.on('open', () => this.onOpen())
    this.socket.on('message', (data: Buffer) => this.onMessage(data))
    this.socket.on('error', (error) => {
      this.failure ??= `socket error: ${error.message}`
    })
    this.socket.on('close', (code, reason) => {
      if (!this.closing) this.failure ??= `closed by the server: ${code} ${reason.toString()}`
    })
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return // came from the server
      const encoder = dialect.begin(docName, 'sync')
      syncProtocol.writeUpdate(encoder, update)
      this.send(encoding.toUint8Array(encoder))
    })
  }

  /** Applies the updates kept by `deferUpdates`, in the order they arrived. */
  applyDeferred(): void {
    const updates = this.deferred
    this.deferred = []
    for (const update of updates) Y.applyUpdate(this.doc, update, this)
  }

  /** Closes the socket at once (no closing handshake: the run is over). */
  close(): void {
    this.closing = true
    this.socket.terminate()
    this.doc.destroy()
  }

  private send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame)
  }

  private onOpen(): void {
    for (const frame of this.dialect.hello(this.docName)) this.send(frame)
    const step1 = this.dialect.begin(this.docName, 'sync')
    syncProtocol.writeSyncStep1(step1, this.doc)
    this.send(encoding.toUint8Array(step1))
    if (this.options.presence) this.send(this.presenceFrame(this.options.presence))
  }

  /**
   * An awareness update with this client's state, encoded as y-protocols does
   * (count, then clientID, clock, JSON state). Clock 1: a server ignores a
   * first state at clock 0, which is why apps announce through setLocalState.
   */
  private presenceFrame(state: Record<string, unknown>): Uint8Array {
    const update = encoding.createEncoder()
    encoding.writeVarUint(update, 1)
    encoding.writeVarUint(update, this.doc.clientID)
    encoding.writeVarUint(update, 1)
    encoding.writeVarString(update, JSON.stringify(state))
    const frame = this.dialect.begin(this.docName, 'awareness')
    encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
    return encoding.toUint8Array(frame)
  }

  private onMessage(data: Buffer): void {
    this.framesReceived++
    this.options.onFrame?.()
    const { kind, decoder } = this.dialect.read(data)
    // Awareness is received (the server spent its time sending it) but not
    // decoded: no measurement reads other clients' presence.
    if (kind !== 'sync') return
    // What y-protocols' readSyncMessage does, with the update kept in hand.
    const type = decoding.readVarUint(decoder)
    if (type === syncProtocol.messageYjsSyncStep1) {
      const reply = this.dialect.begin(this.docName, 'sync')
      syncProtocol.writeSyncStep2(reply, this.doc, decoding.readVarUint8Array(decoder))
      this.send(encoding.toUint8Array(reply))
      return
    }
    if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
      this.failure ??= `unknown sync message type ${type}`
      return
    }
    const update = decoding.readVarUint8Array(decoder)
    if (type === syncProtocol.messageYjsUpdate && this.options.deferUpdates && this.isSynced) {
      this.deferred.push(update)
    } else {
      try {
        Y.applyUpdate(this.doc, update, this)
      } catch (error) {
        this.failure ??= `could not apply a sync message: ${(error as Error).message}`
      }
    }
    this.options.onUpdate?.(update)
    if (type === syncProtocol.messageYjsSyncStep2 && !this.isSynced) {
      this.isSynced = true
      this.markSynced()
    }
  }
}
