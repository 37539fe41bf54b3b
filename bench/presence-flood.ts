import { type ChildProcess, fork } from 'node:child_process'
import { Agent, request } from 'node:http'
import { join } from 'node:path'
import * as Y from 'yjs'
import { type CreatedInvitation, Role } from '../shared/access'
import { readLocalizedText, spliceLocalizedText } from '../shared/doc/edition'
import { editionDocName } from '../shared/editions'
import { signIn } from '../tests/helpers/sign-in'
import { DIALECTS } from './dialects'
import type { FlooderCommand, FlooderEvent, FloodReport } from './presence-flooder'
import { ownCpuSeconds, watchOtherLoad } from './proc-stats'
import { REPO_ROOT, startServer } from './server-process'
import { sleep } from './stats'
import { SyncClient } from './sync-client'

/**
 * Presence flood: what a viewer sending the worst presence traffic the
 * limits allow (server/sync/presence-limits.ts) costs everyone else. One
 * Kaigi process, a fresh database, members and a viewer signed in through
 * invitation links as people are. Measured idle, then under the flood of
 * one viewer socket, then of as many sockets as one person may open:
 * /healthz latency (sequential GETs) and one member's edits fanned out to
 * M other members (from the edit until every member has it).
 */

export interface PresenceFloodOptions {
  /** Members receiving the writer's edits. */
  members: number
  /** Sequential GET /healthz per phase. */
  healthChecks: number
  edits: number
  warmupEdits: number
  paceMs: number
  /** Flooding before measuring: the byte bucket's burst is spent and the departed ids fill up. */
  floodWarmupMs: number
  /** Idle, then each flood line, this many times on the same server: noise spread over all. */
  rounds: number
}

export interface FloodPhase {
  label: string
  healthzMs: number[]
  fanOutMs: number[]
  /** Per edit, until the first member had it: the server's part, roughly. */
  firstMemberMs: number[]
  /** Server CPU during the phase's measurements, in cores. */
  serverCores: number
  /** Server RSS at the end of the phase. */
  serverRssBytes: number
  /** CPU of the bench's measuring process, in cores. */
  benchCores: number
  /** CPU of other processes (the flooder included), in cores. */
  otherCores: number
  flood: (FloodReport & { refusedExtraSocket: number | null; flooderCores: number }) | null
}

export interface PresenceFloodResult {
  members: number
  rounds: number
  /** Idle, one flood socket, as many as one person may open: each pooled over the rounds. */
  phases: FloodPhase[]
  peakRssBytes: number
}

/**
 * The most sockets one person may have open (MAX_SOCKETS_PER_PERSON in
 * server/sync/upgrade.ts). The flooder checks that one more is refused.
 */
export const SOCKETS_PER_PERSON = 20
/** The server's default MAX_MESSAGES_PER_SECOND (server/env.ts). */
const MESSAGES_PER_SECOND = 100
const EDITION = 'shizuoka-2024'
const TEXT = { collection: 'sessions', id: 's-workshop-2', field: 'description' } as const
const TIMEOUT_MS = 60_000
const SETTLE_MS = 500

export async function runPresenceFlood(
  options: PresenceFloodOptions,
): Promise<PresenceFloodResult> {
  const server = await startServer('kaigi')
  const base = `http://127.0.0.1:${server.port}`
  const docName = editionDocName(EDITION)
  const clients: SyncClient[] = []
  try {
    const owner = (await server.newCookie()) ?? ''
    const memberLink = await invitation(base, owner, Role.Editor, options.members + 2)
    const viewerLink = await invitation(base, owner, Role.Viewer, 1)
    const memberCookies = await Promise.all(
      Array.from({ length: options.members + 2 }, (_, i) =>
        signIn(base, memberLink, `Membre ${i + 1}`),
      ),
    )
    const viewerCookie = await signIn(base, viewerLink, 'Viewer')
    const observerCookie = memberCookies.pop() as string

    const writer = new SyncClient(DIALECTS.kaigi, server.port, docName, {
      cookie: memberCookies.pop(),
      presence: { user: { name: 'writer' }, editing: true },
    })
    clients.push(writer)
    await within(writer.synced, 'the writer did not sync')
    const writerId = writer.doc.clientID
    /** The writer's clock once each edit was made: an update up to it holds the edit. */
    const endClocks: number[] = []
    let trackers: Array<(to: number, now: number) => void> = []
    const members = memberCookies.map((cookie, i) => {
      const member = new SyncClient(DIALECTS.kaigi, server.port, docName, {
        cookie,
        deferUpdates: true,
        presence: { user: { name: `member ${i}` } },
        onUpdate: (update) => {
          const to = Y.parseUpdateMeta(update).to.get(writerId)
          if (to !== undefined) trackers[i]?.(to, performance.now())
        },
      })
      clients.push(member)
      return member
    })
    await within(Promise.all(members.map((m) => m.synced)), 'the members did not sync')

    /** Edits the writer's text `count` times; per edit, ms until every member, and the first, had it. */
    const fanOut = async (count: number): Promise<{ all: number[]; first: number[] }> => {
      const first = endClocks.length
      const arrived = members.map(() => new Float64Array(count))
      let complete = 0
      let done: () => void = () => {}
      const allArrived = new Promise<void>((resolve) => {
        done = resolve
      })
      const reached = members.map(() => first)
      trackers = members.map((_, m) => (to, now) => {
        let next = reached[m] as number
        while (next < first + count && (endClocks[next] ?? Infinity) <= to) {
          ;(arrived[m] as Float64Array)[next - first] = now
          next++
          if (next === first + count && ++complete === members.length) done()
        }
        reached[m] = next
      })
      const sentAt: number[] = []
      const start = performance.now()
      for (let edit = 0; edit < count; edit++) {
        const wait = start + edit * options.paceMs - performance.now()
        if (wait > 0) await sleep(wait)
        sentAt.push(performance.now())
        const char = String.fromCharCode(97 + ((first + edit) % 26))
        const length = readLocalizedText(writer.doc, TEXT, 'fr').length
        spliceLocalizedText(
          writer.doc,
          TEXT,
          'fr',
          { index: length, remove: 0, insert: char },
          'bench',
        )
        endClocks.push(Y.getState(writer.doc.store, writerId))
      }
      await within(allArrived, `edits did not reach all ${members.length} members`)
      const after = (sent: number, edit: number) =>
        arrived.map((times) => (times[edit] as number) - sent)
      return {
        all: sentAt.map((sent, edit) => Math.max(...after(sent, edit))),
        first: sentAt.map((sent, edit) => Math.min(...after(sent, edit))),
      }
    }

    const measure = async (
      label: string,
      flood: Flooder | null,
      extra: number | null,
    ): Promise<FloodPhase> => {
      process.stderr.write(`presence flood: ${label}\n`)
      const before = flood ? await flood.report() : null
      const others = watchOtherLoad(() => server.cpuSeconds())
      const serverCpu = server.cpuSeconds()
      const benchCpu = ownCpuSeconds()
      const started = performance.now()
      const healthzMs = await healthChecks(base, options.healthChecks)
      await fanOut(options.warmupEdits)
      const edits = await fanOut(options.edits)
      const wall = (performance.now() - started) / 1000
      const after = flood ? await flood.report() : null
      return {
        label,
        healthzMs,
        fanOutMs: edits.all,
        firstMemberMs: edits.first,
        serverCores: (server.cpuSeconds() - serverCpu) / wall,
        serverRssBytes: server.rssBytes(),
        benchCores: (ownCpuSeconds() - benchCpu) / wall,
        otherCores: others(),
        flood:
          before && after
            ? {
                ...during(before, after),
                refusedExtraSocket: extra,
                flooderCores: (after.cpuSeconds - before.cpuSeconds) / wall,
              }
            : null,
      }
    }

    /** Idle (no flooding sockets), or flooded from `sockets` sockets of the viewer. */
    const phase = async (sockets: number, round: number): Promise<FloodPhase> => {
      if (sockets === 0) return measure(`idle, round ${round + 1}`, null, null)
      const flood = new Flooder()
      try {
        const extra = await flood.start({
          type: 'start',
          url: DIALECTS.kaigi.url(server.port, docName),
          viewerCookie,
          observerCookie,
          sockets,
          tryOneMore: sockets === SOCKETS_PER_PERSON,
          messagesPerSecond: MESSAGES_PER_SECOND,
        })
        await sleep(options.floodWarmupMs)
        return await measure(`${floodLabel(sockets)}, round ${round + 1}`, flood, extra)
      } finally {
        await flood.stop()
        // The flood's presences are withdrawn from every member as its sockets close.
        await sleep(SETTLE_MS)
      }
    }
    const lines = [0, 1, SOCKETS_PER_PERSON]
    const rounds: FloodPhase[][] = []
    await fanOut(options.warmupEdits)
    for (let round = 0; round < options.rounds; round++) {
      // A new order each round, so that no phase always follows the same one.
      const phases: FloodPhase[] = []
      for (let k = 0; k < lines.length; k++) {
        const line = (k + round) % lines.length
        phases[line] = await phase(lines[line] as number, round)
      }
      rounds.push(phases)
    }
    const labels = ['idle', floodLabel(1), floodLabel(SOCKETS_PER_PERSON)]
    const phases = labels.map((label, i) =>
      pool(
        label,
        rounds.map((r) => r[i] as FloodPhase),
      ),
    )

    for (const member of members) member.applyDeferred()
    const expected = readLocalizedText(writer.doc, TEXT, 'fr')
    const differing = members.filter((m) => readLocalizedText(m.doc, TEXT, 'fr') !== expected)
    const failed = clients.filter((c) => c.failure)
    if (differing.length > 0 || failed.length > 0) {
      throw new Error(
        `presence flood: ${differing.length} members differ from the writer, ` +
          `${failed.length} clients failed (${failed[0]?.failure ?? ''})`,
      )
    }
    return {
      members: members.length,
      rounds: options.rounds,
      phases,
      peakRssBytes: server.peakRssBytes(),
    }
  } catch (error) {
    throw new Error(
      `presence flood: ${(error as Error).message}; the server's last lines:\n${server.output()}`,
      { cause: error },
    )
  } finally {
    for (const client of clients) client.close()
    await server.stop()
  }
}

const floodLabel = (sockets: number) => `flood: ${sockets} viewer socket${sockets === 1 ? '' : 's'}`

type FloodCounts = Omit<FloodReport, 'closes' | 'sockets'>

/** What the flooder did between two of its reports. */
function during(before: FloodReport, after: FloodReport): FloodReport {
  const counts = {} as FloodCounts
  for (const key of Object.keys(after) as Array<keyof FloodReport>) {
    if (key === 'closes' || key === 'sockets') continue
    counts[key] = after[key] - before[key]
  }
  const closes: Record<string, number> = {}
  for (const [code, n] of Object.entries(after.closes)) {
    const more = n - (before.closes[code] ?? 0)
    if (more > 0) closes[code] = more
  }
  return { ...counts, sockets: after.sockets, closes }
}

/**
 * The rounds of one phase as one: samples pooled, CPU shares averaged, the
 * last round's RSS, the flood's counts summed.
 */
function pool(label: string, phases: FloodPhase[]): FloodPhase {
  const mean = (pick: (phase: FloodPhase) => number) =>
    phases.reduce((sum, phase) => sum + pick(phase), 0) / phases.length
  const floods = phases.flatMap((phase) => (phase.flood ? [phase.flood] : []))
  let flood: FloodPhase['flood'] = null
  for (const one of floods) {
    if (!flood) {
      flood = { ...one, closes: { ...one.closes } }
      continue
    }
    for (const key of Object.keys(one) as Array<keyof typeof one>) {
      if (key === 'closes' || key === 'sockets' || key === 'refusedExtraSocket') continue
      flood[key] += one[key]
    }
    for (const [code, n] of Object.entries(one.closes)) {
      flood.closes[code] = (flood.closes[code] ?? 0) + n
    }
  }
  if (flood) flood.flooderCores /= floods.length
  return {
    label,
    healthzMs: phases.flatMap((phase) => phase.healthzMs),
    fanOutMs: phases.flatMap((phase) => phase.fanOutMs),
    firstMemberMs: phases.flatMap((phase) => phase.firstMemberMs),
    serverCores: mean((phase) => phase.serverCores),
    serverRssBytes: (phases.at(-1) as FloodPhase).serverRssBytes,
    benchCores: mean((phase) => phase.benchCores),
    otherCores: mean((phase) => phase.otherCores),
    flood,
  }
}

/** An invitation link's token for `role`, made by the owner as the members page does. */
async function invitation(base: string, owner: string, role: Role, uses: number): Promise<string> {
  const response = await fetch(`${base}/api/editions/${EDITION}/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: owner },
    body: JSON.stringify({ role, expiresInHours: 1, maxUses: uses }),
  })
  if (response.status !== 201) {
    throw new Error(`invitation refused (${response.status}): ${await response.text()}`)
  }
  const created = (await response.json()) as CreatedInvitation
  return created.path.slice(created.path.lastIndexOf('/') + 1)
}

/**
 * `count` sequential GET /healthz on one kept-alive connection, a new one
 * each phase (the server closes one left idle between phases); each one's ms.
 */
async function healthChecks(base: string, count: number): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  try {
    return await timeHealthChecks(base, agent, count)
  } finally {
    agent.destroy()
  }
}

async function timeHealthChecks(base: string, agent: Agent, count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    await new Promise<void>((resolve, reject) => {
      request(`${base}/healthz`, { agent }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`/healthz ${response.statusCode}`))
        response.resume()
        response.on('end', resolve)
      })
        .on('error', reject)
        .end()
    })
    times.push(performance.now() - start)
  }
  return times
}

/** The flooder child process (bench/presence-flooder.ts). */
class Flooder {
  private readonly child: ChildProcess
  private readonly events: FlooderEvent[] = []
  private waiting: (() => void) | null = null
  private readonly exited: Promise<void>

  constructor() {
    this.child = fork(join(REPO_ROOT, 'bench', 'presence-flooder.ts'), [], {
      cwd: REPO_ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    this.child.on('message', (event: FlooderEvent) => {
      this.events.push(event)
      this.waiting?.()
    })
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()))
  }

  /** Starts the flood; resolves with the status that refused the extra socket, if tried. */
  async start(command: FlooderCommand & { type: 'start' }): Promise<number | null> {
    this.child.send(command)
    const event = await this.next('flooding')
    return event.type === 'flooding' ? event.refusedExtraSocket : null
  }

  async report(): Promise<FloodReport> {
    this.child.send({ type: 'report' } satisfies FlooderCommand)
    const event = await this.next('report')
    if (event.type !== 'report') throw new Error('no report from the flooder')
    return event.report
  }

  async cpuSeconds(): Promise<number> {
    return (await this.report()).cpuSeconds
  }

  /** Asks the flooder to close its sockets and exit; kills it if it does not within 10 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return
    this.child.send({ type: 'stop' } satisfies FlooderCommand)
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000)
    await this.exited
    clearTimeout(timer)
  }

  private async next(type: FlooderEvent['type']): Promise<FlooderEvent> {
    const deadline = performance.now() + TIMEOUT_MS
    for (;;) {
      const index = this.events.findIndex((e) => e.type === type || e.type === 'failed')
      if (index >= 0) {
        const [event] = this.events.splice(index, 1)
        if (event?.type === 'failed') throw new Error(`the flooder failed: ${event.message}`)
        return event as FlooderEvent
      }
      if (performance.now() > deadline) throw new Error(`the flooder did not answer ${type}`)
      await Promise.race([
        new Promise<void>((resolve) => {
          this.waiting = resolve
        }),
        this.exited.then(() => {
          throw new Error('the flooder exited')
        }),
        sleep(1000),
      ])
    }
  }
}

async function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), TIMEOUT_MS)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
