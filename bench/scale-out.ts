import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { createInterface } from 'node:readline'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { createDb } from '../db/index'
import { LibsqlDocStore } from '../server/sync/libsql-doc-store'
import { anchorEntry, buildServers } from './built-servers'
import { onServerCore, type ServerCore } from './cpu-pinning'
import { DIALECTS, type Dialect } from './dialects'
import { cpuSeconds } from './proc-stats'
import { REPO_ROOT, startServer } from './server-process'
import { sleep } from './stats'
import { SyncClient } from './sync-client'

/**
 * Scale-out: the same load on one process and on two processes sharing one
 * real redis-server, for Kaigi and for Hocuspocus with its Redis extension.
 *
 * Fan-out: one writer and N subscribers on one document, as in
 * bench/fan-out.ts (one character per edit at a fixed pace; latency from the
 * writer's insert until the LAST subscriber decoded it). On two processes the
 * subscribers alternate between them and the writer is on the first, so half
 * the deliveries cross Redis. Before anything is measured, a subscriber on
 * the second process must receive the writer's first edit: otherwise the
 * processes do not share the document and the figures would mean nothing.
 *
 * Durable throughput: as bench/durable-throughput.ts (writers keep a window
 * of updates in flight, counted at a reader that Kaigi relays to only after
 * commit), with the writers split over the two processes, which share one
 * database file; every update is read back from that file afterwards.
 *
 * The server processes are pinned to the same core as in the other benches,
 * so two processes share what one had: the comparison is of the work done
 * per edit, not of added hardware. The throughput is measured once more with
 * the second process on a core of its own (the clients' core, which it
 * shares with them), as a host runs them: whether the one database file
 * they share lets a second process add capacity.
 */

export type ScaleOutSetup = 'kaigi-1' | 'kaigi-2' | 'hocuspocus-2'

export interface ScaleOutFanOutOptions {
  subscribers: number
  edits: number
  warmupEdits: number
  paceMs: number
}

export interface ScaleOutFanOutResult {
  setup: ScaleOutSetup
  subscribers: number
  /** Per measured edit, until every subscriber had it, ms. */
  latenciesMs: number[]
  /** Per measured edit, until every subscriber on the second process had it, ms (two processes only). */
  crossedMs: number[]
  /** Server CPU seconds during the measured edits, all processes. */
  editCpuSeconds: number
}

export interface ScaleOutThroughputOptions {
  writers: number
  window: number
  warmupMs: number
  measureMs: number
  updatesPerWriter: number
}

export interface ScaleOutThroughputResult {
  processes: 1 | 2
  updatesPerSecond: number
  measuredSeconds: number
  ranOut: boolean
  /** Server CPU seconds per wall second, all processes. */
  serverCpuShare: number
  verifiedUpdates: number
}

/** The processes did not share the document: the writer's edit never reached the second one. */
export class NotSharedError extends Error {}

const CONNECT_TIMEOUT_MS = 60_000
const DELIVERY_TIMEOUT_MS = 60_000
const CROSSING_TIMEOUT_MS = 15_000
const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 15_000
const QUIET_MS = 300
const MAX_SETTLE_MS = 20_000

/** A server process of a setup, whatever started it. */
interface Node {
  port: number
  dialect: Dialect
  newCookie(): Promise<string | undefined>
  cpuSeconds(): number
  output(): string
}

interface Cluster {
  nodes: Node[]
  stop(): Promise<void>
}

/** Kaigi's processes share one database file, kept on stop if asked, to be read back. */
interface KaigiCluster extends Cluster {
  databasePath: string
  stop(options?: { keepFiles?: boolean }): Promise<void>
  removeFiles(): void
}

// ---------------------------------------------------------------- redis-server

export interface RedisServer {
  url: string
  stop(): Promise<void>
}

/** Processes this module started and has not stopped, killed if the bench is interrupted. */
const children = new Set<ChildProcess>()

export function killScaleOutChildren(): void {
  for (const child of children) child.kill('SIGKILL')
  children.clear()
}

/** Starts Debian's redis-server on a free loopback port, without persistence. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  const child = spawn(
    '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const { exited, output } = watch(child)
  await readyLine(child, exited, output, 'redis-server', (line) =>
    line.includes('Ready to accept connections') ? port : null,
  )
  return { url: `redis://127.0.0.1:${port}`, stop: () => terminate(child, exited) }
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

// ---------------------------------------------------------------- setups

async function startSetup(setup: ScaleOutSetup, redisUrl: string): Promise<Cluster> {
  if (setup === 'hocuspocus-2') {
    const first = await startHocuspocusRedis(redisUrl)
    const second = await startHocuspocusRedis(redisUrl)
    return {
      nodes: [first.node, second.node],
      stop: async () => {
        await Promise.all([first.stop(), second.stop()])
      },
    }
  }
  return startKaigi(setup === 'kaigi-1' ? 1 : 2, redisUrl, {})
}

/** One or two Kaigi processes on one database file; two share `redisUrl`. */
async function startKaigi(
  processes: 1 | 2,
  redisUrl: string,
  env: Record<string, string>,
  secondCore: ServerCore = 'server',
): Promise<KaigiCluster> {
  const shared: Record<string, string> = processes === 2 ? { REDIS_URL: redisUrl } : {}
  const first = await startServer('kaigi', { ...env, ...shared })
  const databasePath = first.databasePath
  if (!databasePath) throw new Error('Kaigi ran without a database file')
  // Started once the first has migrated the database, on the same file.
  const servers = [first]
  try {
    if (processes === 2) {
      servers.push(
        await startServer(
          'kaigi',
          { ...env, ...shared, DATABASE_URL: `file:${databasePath}` },
          secondCore,
        ),
      )
    }
  } catch (error) {
    await first.stop()
    throw error
  }
  return {
    databasePath,
    nodes: servers.map((server) => ({
      port: server.port,
      dialect: DIALECTS.kaigi,
      newCookie: () => server.newCookie(),
      cpuSeconds: () => server.cpuSeconds(),
      output: () => server.output(),
    })),
    async stop(options = {}) {
      // The second first: the first's folder holds the database.
      for (const server of [...servers].reverse()) await server.stop(options)
    },
    removeFiles: () => first.removeFiles(),
  }
}

/** bench/anchors/hocuspocus-redis.ts, built, in its own process, as startServer starts the others. */
async function startHocuspocusRedis(
  redisUrl: string,
): Promise<{ node: Node; stop: () => Promise<void> }> {
  await buildServers()
  const [command, args] = onServerCore(process.execPath, [anchorEntry('hocuspocus-redis')])
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REDIS_URL: redisUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const { exited, output } = watch(child)
  const port = await readyLine(child, exited, output, 'hocuspocus-redis', listeningPort)
  const pid = child.pid as number
  return {
    node: {
      port,
      dialect: DIALECTS.hocuspocus,
      newCookie: async () => undefined,
      cpuSeconds: () => cpuSeconds(pid),
      output,
    },
    stop: () => terminate(child, exited),
  }
}

function watch(child: ChildProcess): { exited: Promise<number | null>; output: () => string } {
  children.add(child)
  const lines: string[] = []
  const keep = (line: string) => {
    lines.push(line)
    if (lines.length > 40) lines.shift()
  }
  // Both streams are always read: a child blocked on a full pipe would look slow.
  if (child.stderr) createInterface({ input: child.stderr }).on('line', keep)
  if (child.stdout) createInterface({ input: child.stdout }).on('line', keep)
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child)
      resolve(code)
    }),
  )
  return { exited, output: () => lines.join('\n') }
}

/** Resolves with what `parse` finds in the first stdout line it accepts. */
function readyLine(
  child: ChildProcess,
  exited: Promise<number | null>,
  output: () => string,
  name: string,
  parse: (line: string) => number | null,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${name} was not ready within ${START_TIMEOUT_MS} ms:\n${output()}`))
    }, START_TIMEOUT_MS)
    if (!child.stdout) throw new Error(`${name} has no stdout`)
    createInterface({ input: child.stdout }).on('line', (line) => {
      const found = parse(line)
      if (found !== null) {
        clearTimeout(timer)
        resolve(found)
      }
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${output()}`))
    })
  })
}

function listeningPort(line: string): number | null {
  if (!line.startsWith('{')) return null
  try {
    const record = JSON.parse(line) as { event?: unknown; port?: unknown }
    return record.event === 'listening' && typeof record.port === 'number' ? record.port : null
  } catch {
    return null
  }
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

// ---------------------------------------------------------------- fan-out

export async function runScaleOutFanOut(
  setup: ScaleOutSetup,
  redisUrl: string,
  options: ScaleOutFanOutOptions,
): Promise<ScaleOutFanOutResult> {
  const cluster = await startSetup(setup, redisUrl)
  const { nodes } = cluster
  const home = nodes[0] as Node
  const docName = 'scale-out'
  const clients: SyncClient[] = []
  let lastFrameAt = performance.now()
  const onFrame = () => {
    lastFrameAt = performance.now()
  }
  const serverCpu = () => nodes.reduce((sum, node) => sum + node.cpuSeconds(), 0)
  try {
    // Sessions live in the shared database: signed in on one, valid on both.
    const cookies = await Promise.all(
      Array.from({ length: options.subscribers + 1 }, () => home.newCookie()),
    )
    const writer = new SyncClient(home.dialect, home.port, docName, {
      cookie: cookies[options.subscribers],
      onFrame,
      presence: { user: { name: 'writer' } },
    })
    clients.push(writer)
    await within(writer.synced, CONNECT_TIMEOUT_MS, () => `${setup}: the writer did not sync`)

    const totalEdits = options.warmupEdits + options.edits
    const nodeOf = (i: number) => i % nodes.length
    const all = new DeliveryTracker(totalEdits, options.subscribers)
    const awayCount = nodes.length > 1 ? Math.floor(options.subscribers / 2) : 0
    const away = new DeliveryTracker(totalEdits, awayCount)
    const writerId = writer.doc.clientID
    const subscribers: SyncClient[] = []
    for (let i = 0; i < options.subscribers; i++) {
      const node = nodes[nodeOf(i)] as Node
      const awayIndex = nodeOf(i) === 1 ? (i - 1) / 2 : -1
      const subscriber = new SyncClient(node.dialect, node.port, docName, {
        cookie: cookies[i],
        onFrame,
        deferUpdates: true,
        onUpdate: (update) => {
          const now = performance.now()
          const meta = Y.parseUpdateMeta(update)
          const from = meta.from.get(writerId)
          const to = meta.to.get(writerId)
          if (from === undefined || to === undefined) return
          all.seen(i, from, to, now)
          if (awayIndex >= 0) away.seen(awayIndex, from, to, now)
        },
        presence: { user: { name: `subscriber ${i}` } },
      })
      subscribers.push(subscriber)
      clients.push(subscriber)
    }
    await within(Promise.all(subscribers.map((s) => s.synced)), CONNECT_TIMEOUT_MS, () => {
      const synced = subscribers.filter((s) => s.isSynced).length
      return `${setup}: only ${synced} of ${options.subscribers} subscribers synced; ${failures(clients)}`
    })
    await settle(() => lastFrameAt)

    // The first edit must reach the other process before any figure is trusted.
    await makeEdits(writer, 0, 1, options.paceMs)
    if (awayCount > 0) {
      try {
        await within(away.deliveredUpTo(1), CROSSING_TIMEOUT_MS, () => away.describeLag(1))
      } catch (error) {
        throw new NotSharedError(
          `${setup}: the writer's edit did not reach the subscribers on the second process ` +
            `(the processes do not share the document): ${(error as Error).message}`,
        )
      }
    }
    await makeEdits(writer, 1, options.warmupEdits, options.paceMs)
    await within(all.deliveredUpTo(options.warmupEdits), DELIVERY_TIMEOUT_MS, () =>
      all.describeLag(options.warmupEdits),
    )
    await settle(() => lastFrameAt)

    const cpuBefore = serverCpu()
    const sentAt = await makeEdits(writer, options.warmupEdits, totalEdits, options.paceMs)
    await within(all.deliveredUpTo(totalEdits), DELIVERY_TIMEOUT_MS, () =>
      all.describeLag(totalEdits),
    )
    const editCpuSeconds = serverCpu() - cpuBefore

    for (const subscriber of subscribers) subscriber.applyDeferred()
    verifyReplicas(setup, writer, subscribers, totalEdits)

    const latenciesMs: number[] = []
    const crossedMs: number[] = []
    for (let edit = options.warmupEdits; edit < totalEdits; edit++) {
      const sent = sentAt[edit - options.warmupEdits] as number
      latenciesMs.push((all.lastAt[edit] as number) - sent)
      if (awayCount > 0) crossedMs.push((away.lastAt[edit] as number) - sent)
    }
    return { setup, subscribers: options.subscribers, latenciesMs, crossedMs, editCpuSeconds }
  } catch (error) {
    if (error instanceof NotSharedError) throw error
    const logs = nodes.map((node, i) => `process ${i + 1}:\n${node.output()}`).join('\n')
    throw new Error(`${(error as Error).message}\n${logs}`)
  } finally {
    for (const client of clients) client.close()
    await cluster.stop()
  }
}

/** Types characters `from` to `to` (exclusive) on a fixed schedule; returns when each was made. */
async function makeEdits(
  writer: SyncClient,
  from: number,
  to: number,
  paceMs: number,
): Promise<number[]> {
  const sentAt: number[] = []
  const start = performance.now()
  for (let edit = from; edit < to; edit++) {
    const wait = start + (edit - from) * paceMs - performance.now()
    if (wait > 0) await sleep(wait)
    sentAt.push(performance.now())
    writer.text.insert(writer.text.length, characterOf(edit))
  }
  return sentAt
}

/** Edit i types a letter from a cycle, so a replica with edits out of order differs. */
const characterOf = (edit: number): string => String.fromCharCode(97 + (edit % 26))

function verifyReplicas(
  setup: ScaleOutSetup,
  writer: SyncClient,
  subscribers: SyncClient[],
  totalEdits: number,
): void {
  let expected = ''
  for (let edit = 0; edit < totalEdits; edit++) expected += characterOf(edit)
  const problems: string[] = []
  if (writer.text.toString() !== expected) problems.push('the writer lost its own text')
  subscribers.forEach((subscriber, i) => {
    const text = subscriber.text.toString()
    if (text !== expected) {
      problems.push(`subscriber ${i} has ${text.length} characters, not the writer's ${totalEdits}`)
    }
  })
  const failed = failures([writer, ...subscribers])
  if (failed) problems.push(failed)
  if (problems.length > 0) {
    throw new Error(
      `${setup}: replicas differ from the writer:\n  ${problems.slice(0, 10).join('\n  ')}`,
    )
  }
}

function failures(clients: SyncClient[]): string {
  const failed = clients.filter((c) => c.failure)
  return failed.length === 0 ? '' : `${failed.length} clients failed, e.g. ${failed[0]?.failure}`
}

async function settle(lastFrameAt: () => number): Promise<void> {
  const start = performance.now()
  while (performance.now() - lastFrameAt() < QUIET_MS) {
    if (performance.now() - start > MAX_SETTLE_MS) return
    await sleep(50)
  }
}

async function within<T>(promise: Promise<T>, ms: number, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${describe()}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** For each edit: when the last of a group of subscribers had it. */
class DeliveryTracker {
  readonly lastAt: Float64Array
  private readonly missing: Int32Array
  private readonly received: Uint8Array[]
  private waiters: Array<{ upTo: number; resolve: () => void }> = []
  private complete = 0

  constructor(
    private readonly edits: number,
    subscribers: number,
  ) {
    this.lastAt = new Float64Array(edits)
    this.missing = new Int32Array(edits).fill(subscribers)
    this.received = Array.from({ length: subscribers }, () => new Uint8Array(edits))
  }

  seen(index: number, from: number, to: number, now: number): void {
    const received = this.received[index] as Uint8Array
    for (let edit = from; edit < Math.min(to, this.edits); edit++) {
      if (received[edit]) continue
      received[edit] = 1
      this.missing[edit] = (this.missing[edit] as number) - 1
      if (this.missing[edit] === 0) this.lastAt[edit] = now
    }
    while (this.complete < this.edits && this.missing[this.complete] === 0) this.complete++
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.upTo > this.complete) return true
      waiter.resolve()
      return false
    })
  }

  deliveredUpTo(upTo: number): Promise<void> {
    if (this.complete >= upTo) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }))
  }

  describeLag(upTo: number): string {
    const behind = this.received.filter((received) => received.subarray(0, upTo).includes(0))
    return `${this.complete} of ${upTo} edits reached everyone; ${behind.length} subscribers lack some`
  }
}

// ---------------------------------------------------------------- durable throughput

interface Lane {
  docName: string
  frames: Uint8Array[]
  writer: WebSocket
  reader: WebSocket
  sent: number
  relayed: number
}

/**
 * Writers alternate between the processes; each one's reader is on its own
 * process, so what is counted is each process's commits, not Redis's relay.
 */
export async function runScaleOutThroughput(
  processes: 1 | 2,
  redisUrl: string,
  options: ScaleOutThroughputOptions,
  secondCore: ServerCore = 'server',
): Promise<ScaleOutThroughputResult> {
  // Writers send far above any person's pace: the flood limit is lifted, as in durable-throughput.ts.
  const cluster = await startKaigi(
    processes,
    redisUrl,
    { MAX_MESSAGES_PER_SECOND: '1000000' },
    secondCore,
  )
  const lanes: Lane[] = []
  let stopping = false
  const serverCpu = () => cluster.nodes.reduce((sum, node) => sum + node.cpuSeconds(), 0)
  try {
    for (let w = 0; w < options.writers; w++) {
      const node = cluster.nodes[w % cluster.nodes.length] as Node
      const docName = `scale-out-throughput-${w}`
      const url = node.dialect.url(node.port, docName)
      const reader = await joined(url, await node.newCookie())
      const writer = await joined(url, await node.newCookie())
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

    const startCount = relayed()
    const startCpu = serverCpu()
    const start = performance.now()
    const end = start + options.measureMs
    while (performance.now() < end && !exhausted()) await sleep(10)
    const elapsedMs = performance.now() - start
    const ranOut = exhausted()
    const counted = relayed() - startCount
    const cpu = serverCpu() - startCpu
    stopping = true

    const drainStart = performance.now()
    while (lanes.some((lane) => lane.relayed < lane.sent)) {
      if (performance.now() - drainStart > DELIVERY_TIMEOUT_MS) {
        throw new Error(
          `updates sent but never relayed: ${cluster.nodes.map((n) => n.output()).join('\n')}`,
        )
      }
      await sleep(20)
    }
    for (const lane of lanes) {
      lane.writer.terminate()
      lane.reader.terminate()
    }
    await cluster.stop({ keepFiles: true })
    const verifiedUpdates = await verifyStored(cluster.databasePath, lanes)
    cluster.removeFiles()
    const secondsMeasured = elapsedMs / 1000
    return {
      processes,
      updatesPerSecond: counted / secondsMeasured,
      measuredSeconds: secondsMeasured,
      ranOut,
      serverCpuShare: cpu / secondsMeasured,
      verifiedUpdates,
    }
  } finally {
    stopping = true
    for (const lane of lanes) {
      lane.writer.terminate()
      lane.reader.terminate()
    }
    await cluster.stop()
  }
}

function sendNext(lane: Lane): void {
  const frame = lane.frames[lane.sent]
  if (!frame) return
  lane.sent++
  lane.writer.send(frame)
}

/** One writer's one-character updates, framed as y-websocket sync updates. */
function encodeTyping(writer: number, total: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = 1000 + writer
  const frames: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => {
    const encoder = DIALECTS.kaigi.begin('', 'sync')
    syncProtocol.writeUpdate(encoder, update)
    frames.push(encoding.toUint8Array(encoder))
  })
  const text = doc.getText('t')
  for (let i = 0; i < total; i++) text.insert(i, 'x')
  doc.destroy()
  return frames
}

function isRelayedUpdate(frame: Uint8Array): boolean {
  const { kind, decoder } = DIALECTS.kaigi.read(frame)
  return kind === 'sync' && decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate
}

/** Opens a socket and waits for the server's sync step 1 (it has joined). */
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

/** Every lane's document, read back from the shared database once all processes stopped. */
async function verifyStored(databasePath: string, lanes: Lane[]): Promise<number> {
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
