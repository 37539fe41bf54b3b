import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { createDb } from '../db/index'
import { LibsqlDocStore } from '../server/sync/libsql-doc-store'
import { DIALECTS } from './dialects'
import { watchOtherLoad } from './proc-stats'
import { startServer } from './server-process'
import { sleep } from './stats'

/**
 * Durable throughput: updates per second through Kaigi's whole path
 * (decode, validate, apply, commit, relay), sustained for a few seconds.
 *
 * Several writers, each on its own document with one reader. A writer keeps
 * `window` updates in flight: it sends the next one each time its reader
 * receives a relay, which Kaigi sends only after the update is committed, so
 * the rate counted at the readers is the durable rate. The updates are
 * encoded before the run (one-character inserts) and readers only count
 * frames, so the client process does little per update and the server is
 * what limits the rate.
 *
 * Afterwards the server is stopped and every document is read back from its
 * database: each must hold exactly the updates that were sent.
 */

export interface ThroughputOptions {
  writers: number
  /** Updates in flight per writer. */
  window: number
  warmupMs: number
  measureMs: number
  /** Updates encoded in advance per writer; the run ends early if they run out. */
  updatesPerWriter: number
}

export interface ThroughputResult {
  updatesPerSecond: number
  /** The seconds actually measured (shorter if the writers ran out of updates). */
  measuredSeconds: number
  /** Whether a writer ran out of prepared updates before the planned end. */
  ranOut: boolean
  /** Server CPU seconds per wall second while measured: near 1 means CPU-bound. */
  serverCpuShare: number
  clientCpuShare: number
  /** Updates sent, committed and read back from the database, all documents. */
  verifiedUpdates: number
  /** CPU used by other processes on the machine while measured, in cores. */
  otherLoad: number
}

const CONNECT_TIMEOUT_MS = 30_000
const DRAIN_TIMEOUT_MS = 30_000

interface Lane {
  docName: string
  frames: Uint8Array[]
  writer: WebSocket
  reader: WebSocket
  sent: number
  relayed: number
}

export async function runDurableThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const dialect = DIALECTS.kaigi
  // Its writers send as fast as the server takes them, far above any
  // person's pace: the flood limit is lifted for this measure.
  const server = await startServer('kaigi', { MAX_MESSAGES_PER_SECOND: '1000000' })
  const lanes: Lane[] = []
  let stopping = false
  try {
    for (let w = 0; w < options.writers; w++) {
      const docName = `throughput-${w}`
      const reader = await joined(dialect.url(server.port, docName), await server.newCookie())
      const writer = await joined(dialect.url(server.port, docName), await server.newCookie())
      const lane: Lane = {
        docName,
        frames: encodeTyping(w, options.updatesPerWriter),
        writer,
        reader,
        sent: 0,
        relayed: 0,
      }
      reader.on('message', (data: Buffer) => {
        if (!isRelayedUpdate(data)) return
        lane.relayed++
        if (!stopping) sendNext(lane)
      })
      lanes.push(lane)
    }

    const relayed = () => lanes.reduce((sum, lane) => sum + lane.relayed, 0)
    const exhausted = () => lanes.some((lane) => lane.sent === lane.frames.length)
    for (const lane of lanes) for (let i = 0; i < options.window; i++) sendNext(lane)
    await sleep(options.warmupMs)

    const otherLoad = watchOtherLoad(() => server.cpuSeconds())
    const startCount = relayed()
    const startCpu = server.cpuSeconds()
    const startClientCpu = process.cpuUsage()
    const start = performance.now()
    const end = start + options.measureMs
    while (performance.now() < end && !exhausted()) await sleep(10)
    const elapsedMs = performance.now() - start
    const ranOut = exhausted()
    const count = relayed() - startCount
    const serverCpu = server.cpuSeconds() - startCpu
    const clientCpu = process.cpuUsage(startClientCpu)
    const otherLoadWhileMeasured = otherLoad()
    stopping = true

    // Everything sent must come back as a relay, then be in the database.
    const drainStart = performance.now()
    while (lanes.some((lane) => lane.relayed < lane.sent)) {
      if (performance.now() - drainStart > DRAIN_TIMEOUT_MS) {
        throw new Error(`updates sent but never relayed: ${server.output()}`)
      }
      await sleep(20)
    }
    for (const lane of lanes) {
      lane.writer.terminate()
      lane.reader.terminate()
    }
    await server.stop({ keepFiles: true })
    const verifiedUpdates = await verifyStored(server.databasePath, lanes)
    server.removeFiles()

    const seconds = elapsedMs / 1000
    return {
      updatesPerSecond: count / seconds,
      measuredSeconds: seconds,
      ranOut,
      serverCpuShare: serverCpu / seconds,
      clientCpuShare: (clientCpu.user + clientCpu.system) / 1e6 / seconds,
      verifiedUpdates,
      otherLoad: otherLoadWhileMeasured,
    }
  } finally {
    stopping = true
    for (const lane of lanes) {
      lane.writer.terminate()
      lane.reader.terminate()
    }
    await server.stop()
  }
}

function sendNext(lane: Lane): void {
  const frame = lane.frames[lane.sent]
  if (!frame) return
  lane.sent++
  lane.writer.send(frame)
}

/**
 * One writer's updates, one character each, typed at the end of its text
 * and framed as y-websocket sync updates.
 */
function encodeTyping(writer: number, count: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = 1000 + writer
  const frames: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => {
    const encoder = DIALECTS.kaigi.begin('', 'sync')
    syncProtocol.writeUpdate(encoder, update)
    frames.push(encoding.toUint8Array(encoder))
  })
  const text = doc.getText('t')
  for (let i = 0; i < count; i++) text.insert(i, 'x')
  doc.destroy()
  return frames
}

function isRelayedUpdate(frame: Uint8Array): boolean {
  const { kind, decoder } = DIALECTS.kaigi.read(frame)
  return kind === 'sync' && decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate
}

/** Opens a socket on the sync endpoint and waits for the server's sync step 1 (it has joined). */
async function joined(url: string, cookie: string | undefined): Promise<WebSocket> {
  const socket = new WebSocket(url, {
    perMessageDeflate: false,
    headers: cookie ? { cookie } : {},
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no sync step 1 from ${url}`)),
      CONNECT_TIMEOUT_MS,
    )
    socket.once('error', reject)
    socket.on('message', function first(data: Buffer) {
      const { kind, decoder } = DIALECTS.kaigi.read(data)
      if (kind !== 'sync' || decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1)
        return
      socket.off('message', first)
      clearTimeout(timer)
      resolve()
    })
  })
  return socket
}

/** Reads every lane's document back from the stopped server's database. */
async function verifyStored(databasePath: string | null, lanes: Lane[]): Promise<number> {
  if (!databasePath) throw new Error('Kaigi ran without a database file')
  const database = await createDb(`file:${databasePath}`)
  try {
    const store = new LibsqlDocStore(database)
    let total = 0
    for (const lane of lanes) {
      const stored = await store.load(lane.docName)
      const doc = new Y.Doc()
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(doc, update)
      const length = doc.getText('t').length
      doc.destroy()
      if (length !== lane.sent) {
        throw new Error(`${lane.docName}: ${lane.sent} updates sent, ${length} in the database`)
      }
      total += length
    }
    return total
  } finally {
    database.close()
  }
}
