import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import { MessageType, SyncMessageType } from '../../shared/protocol'
import { defaultCookie } from './sign-in'

/** What the server did with one update a socket sent. */
export type UpdateOutcome = 'taken' | 'missing' | 'refused'

interface SyncMessage {
  subType: number
  payload: Uint8Array
}

const frame = (subType: number, payload: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, subType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/**
 * A raw sync socket that awaits the server's answers instead of polling:
 * each sync message is queued until read, and the socket's close ends every wait.
 */
export class SyncSocket {
  /** Every sync update the server relayed to this socket, in order. */
  readonly relayed: Uint8Array[] = []
  private readonly inbox: SyncMessage[] = []
  private wake: (() => void) | null = null
  private closedWith: { code: number; reason: string } | null = null

  private constructor(private readonly socket: WebSocket) {
    socket.binaryType = 'nodebuffer'
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data))
      if (decoding.readVarUint(decoder) !== MessageType.Sync) return
      const subType = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      if (subType === SyncMessageType.Update) this.relayed.push(payload)
      else this.inbox.push({ subType, payload })
      this.notify()
    })
    socket.on('close', (code, reason) => {
      this.closedWith = { code, reason: reason.toString() }
      this.notify()
    })
  }

  /** Opens a socket on `docName`, signed in as the server's owner, once the server's step 1 arrived. */
  static async open(syncUrl: string, docName: string): Promise<SyncSocket> {
    const cookie = defaultCookie(syncUrl.replace(/^ws/, 'http'))
    const socket = new WebSocket(`${syncUrl}/${docName}`, { headers: cookie ? { cookie } : {} })
    // Listening before the socket opens: the server's first frame may come
    // in the same packet as its answer to the upgrade.
    const opened = new SyncSocket(socket)
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    const first = await opened.next()
    if (first?.subType !== SyncMessageType.Step1) throw new Error('no sync step 1 on joining')
    return opened
  }

  get isClosed(): boolean {
    return this.closedWith !== null
  }

  /**
   * Sends `update` and then a sync step 1, whose answer comes once the
   * server has dealt with the update: a close means it was refused, a step 1
   * of the server's before the answer means it lacked dependencies.
   */
  async offer(update: Uint8Array, stateVector: Uint8Array): Promise<UpdateOutcome> {
    if (this.isClosed) throw new Error('socket closed')
    this.socket.send(frame(SyncMessageType.Update, update))
    this.socket.send(frame(SyncMessageType.Step1, stateVector))
    let outcome: UpdateOutcome = 'taken'
    for (;;) {
      const message = await this.next()
      if (!message) return 'refused'
      if (message.subType === SyncMessageType.Step1) outcome = 'missing'
      if (message.subType === SyncMessageType.Step2) return outcome
    }
  }

  /** The server's whole state, as a client joining now receives it. */
  async fetchState(stateVector: Uint8Array): Promise<Uint8Array> {
    this.socket.send(frame(SyncMessageType.Step1, stateVector))
    for (;;) {
      const message = await this.next()
      if (!message) throw new Error(`socket closed: ${this.closedWith?.reason}`)
      if (message.subType === SyncMessageType.Step2) return message.payload
    }
  }

  /** Closes the socket; resolves once it is closed. */
  async close(): Promise<void> {
    if (!this.closedWith) this.socket.close()
    while (!this.closedWith) await this.next()
  }

  /** The next step 1 or step 2 from the server, or null once the socket is closed. */
  private async next(): Promise<SyncMessage | null> {
    for (;;) {
      const message = this.inbox.shift()
      if (message) return message
      if (this.closedWith) return null
      await new Promise<void>((resolve) => {
        this.wake = resolve
      })
    }
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}
