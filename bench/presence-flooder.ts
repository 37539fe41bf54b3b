import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import {
  PRESENCE_BURST_BYTES,
  PRESENCE_BYTES_PER_SECOND,
  PRESENCE_FRAME_MIN_BYTES,
} from '../server/sync/presence-limits'
import { MAX_PRESENCE_STATE_BYTES } from '../shared/doc/presence'
import { MessageType } from '../shared/protocol'

/**
 * The hostile viewer of the presence-flood bench, in a process of its own
 * (forked by bench/presence-flood.ts), so that making the flood never holds
 * up the event loop that times /healthz and the members' edits.
 *
 * All its sockets are one person's, and flood as close to the limits as
 * they allow and a little past them, so that the server's refusals show:
 * - each socket sends 100 messages a second, the message limit;
 * - maximal awareness states (exactly MAX_PRESENCE_STATE_BYTES of JSON) of
 *   the socket's own presences, and churn: new client ids announced by one
 *   message and removed by the next, past the room's bound on departed ids,
 *   as fast as a model of the person's presence budget (BudgetModel) says
 *   the server takes them;
 * - in every other message, a query for every presence.
 *
 * An observer socket (a member) decodes what the server relays, so that what
 * the server accepted is counted, not assumed.
 */

/** What the parent asks for. */
export type FlooderCommand =
  | {
      type: 'start'
      url: string
      viewerCookie: string
      observerCookie: string
      sockets: number
      /** Also try one socket more than `sockets`, expecting the server to refuse it. */
      tryOneMore: boolean
      messagesPerSecond: number
    }
  | { type: 'report' }
  /** Closes every socket with a closing handshake, then exits. */
  | { type: 'stop' }

/** What the flooder says. */
export type FlooderEvent =
  | { type: 'flooding'; refusedExtraSocket: number | null }
  | { type: 'report'; report: FloodReport }
  | { type: 'failed'; message: string }

export interface FloodReport {
  sockets: number
  seconds: number
  messagesSent: number
  /** Awareness bytes sent (what the server charges to the byte bucket). */
  awarenessBytesSent: number
  /** Of those, the bytes of frames the server relayed (seen by the observer). */
  awarenessBytesAccepted: number
  maxStatesSent: number
  maxStatesAccepted: number
  queriesSent: number
  /** Query answers received (awareness messages holding every presence). */
  queriesAnswered: number
  answerBytes: number
  churnIdsAnnounced: number
  churnIdsRemovedSeen: number
  /** Awareness messages the observer received from the flood. */
  relayedMessagesSeen: number
  /** Close codes of flood sockets the server closed, with counts. */
  closes: Record<string, number>
  /** CPU seconds of this process. */
  cpuSeconds: number
}

const send = (event: FlooderEvent) => process.send?.(event)

const MODEL_OVERSHOOT = 1.05

const SMALL_STATE = JSON.stringify({ user: { name: 'x', color: '#000000' }, editing: false })

/** A state of exactly MAX_PRESENCE_STATE_BYTES bytes of JSON, different for each `serial`. */
function maximalState(serial: number): string {
  const head = { user: { name: 'Flood', color: '#000000' }, editing: false, pad: '' }
  const empty = JSON.stringify(head).length
  const tag = `${serial}:`
  return JSON.stringify({ ...head, pad: tag.padEnd(MAX_PRESENCE_STATE_BYTES - empty, 'x') })
}

function awarenessFrame(entries: Array<{ id: number; clock: number; state: string }>): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.id)
    encoding.writeVarUint(update, entry.clock)
    encoding.writeVarString(update, entry.state)
  }
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, MessageType.Awareness)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
  return encoding.toUint8Array(frame)
}

const QUERY = (() => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.QueryAwareness)
  return encoding.toUint8Array(encoder)
})()

/** The entries of an awareness frame, or null for any other message. */
function readAwareness(
  data: Buffer,
): Array<{ id: number; clock: number; stateLength: number; removal: boolean }> | null {
  const decoder = decoding.createDecoder(data)
  if (decoding.readVarUint(decoder) !== MessageType.Awareness) return null
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const entries = []
  const count = decoding.readVarUint(update)
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(update)
    const clock = decoding.readVarUint(update)
    const state = decoding.readVarString(update)
    entries.push({ id, clock, stateLength: state.length, removal: state === 'null' })
  }
  return entries
}

let nextId = 1_000_000 + Math.floor(Math.random() * 1_000_000)
const newId = () => nextId++

/** Sent frames by "id:clock", with their size and kind, for the observer to match. */
const sentFrames = new Map<string, { bytes: number; maximal: boolean }>()
const totals = {
  messagesSent: 0,
  awarenessBytesSent: 0,
  awarenessBytesAccepted: 0,
  maxStatesSent: 0,
  maxStatesAccepted: 0,
  queriesSent: 0,
  queriesAnswered: 0,
  answerBytes: 0,
  churnIdsAnnounced: 0,
  churnIdsRemovedSeen: 0,
  relayedMessagesSeen: 0,
}
const closes: Record<string, number> = {}
const floodIds = new Set<number>()

/**
 * The bench's model of the viewer's presence budget on the server (one per
 * person and room, every frame charged at least PRESENCE_FRAME_MIN_BYTES),
 * as two halves: one for maximal states, one for churn, so that neither
 * starves the other. It refills MODEL_OVERSHOOT faster than the server's,
 * so that the server's bucket stays empty and refuses the excess.
 */
class BudgetModel {
  private tokens: number
  private refilledAt = performance.now()

  constructor(private readonly share: number) {
    this.tokens = PRESENCE_BURST_BYTES * share
  }

  /** Whether `bytes` fit now; if so they are spent. */
  take(bytes: number, now: number): boolean {
    const rate = PRESENCE_BYTES_PER_SECOND * this.share * MODEL_OVERSHOOT
    this.tokens = Math.min(
      PRESENCE_BURST_BYTES * this.share,
      this.tokens + ((now - this.refilledAt) / 1000) * rate,
    )
    this.refilledAt = now
    if (bytes > this.tokens) return false
    this.tokens -= bytes
    return true
  }

  /** A query's answer, charged by the server to the same budget. */
  charge(bytes: number): void {
    this.tokens -= bytes
  }
}

const charged = (frame: Uint8Array) => Math.max(frame.length, PRESENCE_FRAME_MIN_BYTES)

/**
 * What a socket floods with: maximal states of its own presences, churn of
 * new client ids, or both (a lone socket: three maximal presences and one
 * churned id).
 */
type Role = 'maximal' | 'churn' | 'both'

class FloodSocket {
  readonly socket: WebSocket
  private readonly big: number[]
  /** Ids announced per churn frame: all four a socket may hold, or the one left. */
  private readonly churnWidth: number
  private readonly clocks = new Map<number, number>()
  private churn: number[] | null = null
  private turn = 0
  private serial = 0
  /** Whether this socket has queried yet: the presences sent at its join are no answer. */
  private queried = false
  open = false

  constructor(
    url: string,
    cookie: string,
    private readonly role: Role,
    private readonly budget: { maximal: BudgetModel; churn: BudgetModel },
  ) {
    this.big = role === 'churn' ? [] : Array.from({ length: role === 'maximal' ? 4 : 3 }, newId)
    this.churnWidth = role === 'churn' ? 4 : 1
    for (const id of this.big) floodIds.add(id)
    this.socket = new WebSocket(url, { perMessageDeflate: false, headers: { cookie } })
    this.socket.binaryType = 'nodebuffer'
    this.socket.on('message', (data: Buffer) => this.onMessage(data))
    this.socket.on('close', (code) => {
      if (this.open) closes[String(code)] = (closes[String(code)] ?? 0) + 1
      this.open = false
    })
    this.socket.on('error', () => {})
  }

  /** Closes with a closing handshake; resolves once the connection is gone. */
  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve()
    this.open = false
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve())
      this.socket.close()
    })
  }

  /** Resolves true once open, or with the HTTP status that refused the upgrade. */
  opened(): Promise<true | number> {
    return new Promise((resolve) => {
      this.socket.once('open', () => {
        this.open = true
        resolve(true)
      })
      this.socket.once('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0)
        this.socket.terminate()
      })
    })
  }

  /**
   * Sends the next message of the flood: a maximal state or churn if the
   * budget has room for it, else a query for every presence (answered at
   * most once a second, and only within the budget; the others are
   * ignored), so that every socket stays at the message limit.
   */
  next(now: number): void {
    if (!this.open) return
    const maximalFirst = this.role === 'maximal' || (this.role === 'both' && this.turn % 2 === 0)
    this.turn++
    const sent = maximalFirst
      ? this.sendMaximal(now) || this.sendChurn(now)
      : this.sendChurn(now) || this.sendMaximal(now)
    if (sent) return
    totals.queriesSent++
    this.queried = true
    this.write(QUERY)
  }

  private sendMaximal(now: number): boolean {
    if (this.big.length === 0) return false
    const id = this.big[this.serial % this.big.length] as number
    const clock = (this.clocks.get(id) ?? 0) + 1
    const frame = awarenessFrame([{ id, clock, state: maximalState(this.serial) }])
    if (!this.budget.maximal.take(charged(frame), now)) return false
    this.serial++
    this.clocks.set(id, clock)
    sentFrames.set(`${id}:${clock}`, { bytes: charged(frame), maximal: true })
    totals.maxStatesSent++
    this.writeAwareness(frame)
    return true
  }

  private sendChurn(now: number): boolean {
    if (this.role === 'maximal') return false
    const announcing = this.churn === null
    const ids = this.churn ?? Array.from({ length: this.churnWidth }, newId)
    const clock = announcing ? 1 : 2
    const state = announcing ? SMALL_STATE : 'null'
    const frame = awarenessFrame(ids.map((id) => ({ id, clock, state })))
    if (!this.budget.churn.take(charged(frame), now)) return false
    this.churn = announcing ? ids : null
    for (const id of ids) {
      floodIds.add(id)
      sentFrames.set(`${id}:${clock}`, { bytes: charged(frame) / ids.length, maximal: false })
    }
    if (announcing) totals.churnIdsAnnounced += ids.length
    this.writeAwareness(frame)
    return true
  }

  private writeAwareness(frame: Uint8Array): void {
    totals.awarenessBytesSent += charged(frame)
    this.write(frame)
  }

  private write(frame: Uint8Array): void {
    totals.messagesSent++
    this.socket.send(frame)
  }

  private onMessage(data: Buffer): void {
    // A query's answer holds every presence of the room, this socket's
    // own among them, which no relay ever sends back to it. The server
    // charges the answers to the same budget.
    if (!this.queried || this.big.length === 0) return
    const entries = readAwareness(data)
    if (entries === null || !entries.some((entry) => entry.id === this.big[0])) return
    totals.queriesAnswered++
    totals.answerBytes += data.length
    this.budget.maximal.charge(data.length)
  }
}

/** A member's socket that counts which of the flood's frames the server relayed. */
function observe(url: string, cookie: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false, headers: { cookie } })
  socket.binaryType = 'nodebuffer'
  socket.on('message', (data: Buffer) => {
    const entries = readAwareness(data)
    if (entries === null) return
    let fromFlood = false
    for (const entry of entries) {
      if (!floodIds.has(entry.id)) continue
      fromFlood = true
      const sent = sentFrames.get(`${entry.id}:${entry.clock}`)
      if (!sent) continue
      sentFrames.delete(`${entry.id}:${entry.clock}`)
      totals.awarenessBytesAccepted += sent.bytes
      if (sent.maximal) totals.maxStatesAccepted++
      if (entry.removal) totals.churnIdsRemovedSeen++
    }
    if (fromFlood) totals.relayedMessagesSeen++
  })
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

let startedAt = 0
const flooders: FloodSocket[] = []
let timer: NodeJS.Timeout | undefined
let closeObserver: () => Promise<void> = async () => {}

async function start(command: Extract<FlooderCommand, { type: 'start' }>): Promise<void> {
  const observer = await observe(command.url, command.observerCookie)
  closeObserver = () =>
    new Promise((resolve) => {
      observer.once('close', () => resolve())
      observer.close()
    })
  // One after another: the server counts a person's sockets as each opens.
  // A refusal is retried a little: the previous line's sockets may still be
  // closing on the server's side.
  const budget = { maximal: new BudgetModel(0.5), churn: new BudgetModel(0.5) }
  // A lone socket does both; of twenty, four churn and sixteen hold four
  // maximal presences each: 64 of 4 KiB, the room's cap.
  const roleOf = (i: number): Role =>
    command.sockets === 1 ? 'both' : i < command.sockets / 5 ? 'churn' : 'maximal'
  for (let i = 0; i < command.sockets; i++) {
    for (let attempt = 1; ; attempt++) {
      const flooder = new FloodSocket(command.url, command.viewerCookie, roleOf(i), budget)
      const opened = await flooder.opened()
      if (opened === true) {
        flooders.push(flooder)
        break
      }
      if (attempt === 20) throw new Error(`flood socket ${i + 1} was refused with ${opened}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  let refusedExtraSocket: number | null = null
  if (command.tryOneMore) {
    const extra = new FloodSocket(command.url, command.viewerCookie, 'churn', budget)
    const opened = await extra.opened()
    if (opened === true) {
      throw new Error(`the server accepted socket ${command.sockets + 1} of one person`)
    }
    refusedExtraSocket = opened
  }
  startedAt = performance.now()
  // Every socket on a fixed schedule of `messagesPerSecond`, which the
  // server's bucket (three seconds' worth at once) never finds exceeded.
  const sentBy = new Map<FloodSocket, number>(flooders.map((f) => [f, 0]))
  let ticks = 0
  timer = setInterval(() => {
    const now = performance.now()
    const due = Math.floor(((now - startedAt) / 1000) * command.messagesPerSecond)
    // Starting with another socket each time, so that they share the budget.
    const first = ticks++ % flooders.length
    for (let k = 0; k < flooders.length; k++) {
      const flooder = flooders[(first + k) % flooders.length] as FloodSocket
      for (let sent = sentBy.get(flooder) ?? 0; sent < due; sent++) flooder.next(now)
      sentBy.set(flooder, due)
    }
  }, 10)
  send({ type: 'flooding', refusedExtraSocket })
}

function report(): FloodReport {
  const cpu = process.cpuUsage()
  return {
    sockets: flooders.length,
    seconds: (performance.now() - startedAt) / 1000,
    ...totals,
    closes,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  }
}

process.on('message', (command: FlooderCommand) => {
  if (command.type === 'start') {
    start(command).catch((error: unknown) => {
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
    })
  } else if (command.type === 'report') {
    send({ type: 'report', report: report() })
  } else {
    clearInterval(timer)
    void Promise.all([...flooders.map((f) => f.close()), closeObserver()]).then(() =>
      process.exit(0),
    )
  }
})
process.on('disconnect', () => process.exit(0))
