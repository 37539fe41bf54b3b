import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { ExportFile, PROGRAMME_EXPORTS } from '../shared/exports'
import { signIn, TEST_OWNER_TOKEN } from '../tests/helpers/sign-in'
import { anchorEntry, buildServers } from './built-servers'
import { onServerCore } from './cpu-pinning'
import { mebibytes, ms, ratio, table } from './markdown'
import { peakRssBytes, rssBytes } from './proc-stats'
import { REPO_ROOT } from './server-process'
import { median } from './stats'

/**
 * Start-up: how long after its process starts a server serves, and what it
 * holds then. Kaigi starts as `npm start` does (`node scripts/start.mjs`,
 * its client and server already built, so the start checks that they are
 * fresh and builds nothing) and is ready once `/readyz` answers 200, after
 * migrating, checking the seeds and listening. The anchors are built the
 * same way, with esbuild into one file each, their packages bundled, and
 * are ready once they print that they listen (they have nothing to
 * migrate). Kaigi is measured on an empty database (the first start, which
 * seeds the demo), on the database a stopped Kaigi left (the second start),
 * and restarted at once after a `kill -9` (from the kill until /readyz).
 */

export type StartKind =
  | 'kaigi-empty'
  | 'kaigi-existing'
  | 'kaigi-killed'
  | 'y-websocket-server'
  | 'hocuspocus'
  | 'libsql-floor'

const ANCHORS = ['y-websocket-server', 'hocuspocus'] as const
type AnchorKind = (typeof ANCHORS)[number]
/** Servers built into one file each: the anchors, and the durable floor beside them. */
type BuiltKind = AnchorKind | 'libsql-floor'

export interface StartOptions {
  rounds: number
}

export interface StartSample {
  /** From spawn (or, after a kill -9, from the kill) until ready. */
  readyMs: number
  /** VmRSS as soon as ready. */
  startRssBytes: number
  /** VmHWM over the start-up. */
  startPeakBytes: number
}

export interface ExportSample {
  /** VmRSS after one of each programme file, made on the renderer's thread. */
  rssBytes: number
  /** VmHWM over the start-up and those exports. */
  peakBytes: number
}

export interface StartResult {
  samples: Map<StartKind, StartSample[]>
  exports: ExportSample[]
}

const READY_TIMEOUT_MS = 30_000
const EDITION = 'shizuoka-2024'

interface Started {
  child: ChildProcess
  port: number
  exited: Promise<void>
}

/** Spawns `args` on the server's core and resolves once it prints its listening line. */
async function spawnUntilListening(args: string[], env: Record<string, string>): Promise<Started> {
  const [command, commandArgs] = onServerCore(process.execPath, args)
  const child = spawn(command, commandArgs, {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const lines: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no listening line:\n${lines.join('')}`)),
      READY_TIMEOUT_MS,
    )
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      lines.push(line)
      const match = /"event":"listening".*"port":(\d+)/.exec(line)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    void exited.then(() => {
      clearTimeout(timer)
      reject(new Error(`exited before listening:\n${lines.join('\n')}`))
    })
  })
  return { child, port, exited }
}

async function untilReady(port: number): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null)
    if (response?.status === 200) return
    if (performance.now() > deadline) throw new Error('/readyz never answered 200')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function stop(started: Started, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (started.child.exitCode === null && started.child.signalCode === null) {
    started.child.kill(signal)
  }
  await started.exited
}

function kaigiEnv(folder: string): Record<string, string> {
  return {
    DATABASE_URL: `file:${join(folder, 'kaigi.db')}`,
    MAIL_OUTBOX_DIR: join(folder, 'outbox'),
    KAIGI_OWNER_TOKEN: TEST_OWNER_TOKEN,
  }
}

/** Starts Kaigi as `npm start` does and returns once /readyz answers. */
async function startKaigi(
  folder: string,
  begin = performance.now(),
): Promise<{ started: Started; sample: StartSample }> {
  const started = await spawnUntilListening(['scripts/start.mjs'], kaigiEnv(folder))
  await untilReady(started.port)
  const readyMs = performance.now() - begin
  const pid = started.child.pid as number
  return {
    started,
    sample: { readyMs, startRssBytes: rssBytes(pid), startPeakBytes: peakRssBytes(pid) },
  }
}

async function startBuilt(kind: BuiltKind): Promise<StartSample> {
  const begin = performance.now()
  const started = await spawnUntilListening([anchorEntry(kind)], {})
  const readyMs = performance.now() - begin
  const pid = started.child.pid as number
  const sample = { readyMs, startRssBytes: rssBytes(pid), startPeakBytes: peakRssBytes(pid) }
  await stop(started)
  return sample
}

/** One of each programme file, drafted by the owner, then the process's memory. */
async function exportAll(started: Started): Promise<ExportSample> {
  const url = `http://127.0.0.1:${started.port}`
  const cookie = await signIn(url, TEST_OWNER_TOKEN, 'Bench')
  for (const file of PROGRAMME_EXPORTS) {
    if (file === ExportFile.RegistrationsCsv) continue
    const response = await fetch(`${url}/api/editions/${EDITION}/export/${file}?source=draft`, {
      headers: { cookie },
    })
    if (response.status !== 200) throw new Error(`${file}: ${response.status}`)
    await response.arrayBuffer()
  }
  const pid = started.child.pid as number
  return { rssBytes: rssBytes(pid), peakBytes: peakRssBytes(pid) }
}

export async function runStartup(options: StartOptions): Promise<StartResult> {
  await buildServers()
  const samples = new Map<StartKind, StartSample[]>()
  const add = (kind: StartKind, sample: StartSample) =>
    samples.set(kind, [...(samples.get(kind) ?? []), sample])
  const exports: ExportSample[] = []
  for (let round = 0; round < options.rounds; round++) {
    // The anchors take turns before and after Kaigi, so neither always starts on a colder machine.
    const [first, second] = round % 2 === 0 ? ANCHORS : ([...ANCHORS].reverse() as AnchorKind[])
    process.stderr.write(`startup: round ${round + 1}\n`)
    add(first as AnchorKind, await startBuilt(first as AnchorKind))
    add('libsql-floor', await startBuilt('libsql-floor'))
    const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-startup-'))
    try {
      const empty = await startKaigi(folder)
      add('kaigi-empty', empty.sample)
      await stop(empty.started)
      const existing = await startKaigi(folder)
      add('kaigi-existing', existing.sample)
      exports.push(await exportAll(existing.started))
      // Killed as by a crash, and started again at once, as a supervisor would.
      const killedAt = performance.now()
      await stop(existing.started, 'SIGKILL')
      const restarted = await startKaigi(folder, killedAt)
      add('kaigi-killed', restarted.sample)
      await stop(restarted.started)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
    add(second as AnchorKind, await startBuilt(second as AnchorKind))
  }
  return { samples, exports }
}

const ROWS: { kind: StartKind; label: string }[] = [
  { kind: 'y-websocket-server', label: '@y/websocket-server 0.1.1 (anchor)' },
  { kind: 'hocuspocus', label: 'Hocuspocus 3.4.4 (anchor)' },
  {
    kind: 'libsql-floor',
    label: "floor: @y/websocket-server's server with libSQL's client and a database open",
  },
  { kind: 'kaigi-existing', label: 'Kaigi, existing database (second start)' },
  { kind: 'kaigi-empty', label: 'Kaigi, empty database (first start, seeds the demo)' },
  { kind: 'kaigi-killed', label: 'Kaigi after kill -9, from the kill' },
]

/** Runs the start-up part and returns its markdown section. */
export async function startupSection(options: StartOptions): Promise<string> {
  const { samples, exports } = await runStartup(options)
  const of = (kind: StartKind, pick: (sample: StartSample) => number) =>
    median((samples.get(kind) ?? []).map(pick))
  const ready = (kind: StartKind) => of(kind, (sample) => sample.readyMs)
  const rss = (kind: StartKind) => of(kind, (sample) => sample.startRssBytes)
  const anchorReady = ready('y-websocket-server')
  const anchorRss = Math.max(rss('y-websocket-server'), rss('hocuspocus'))
  const exported = {
    rss: median(exports.map((sample) => sample.rssBytes)),
    peak: median(exports.map((sample) => sample.peakBytes)),
  }
  return [
    '### Start-up: time to ready and memory',
    '',
    `${options.rounds} rounds, p50 (median of rounds); each server alone on the server's core. ` +
      'Kaigi starts as `npm start` does (`node scripts/start.mjs`, client and server already ' +
      'built: it checks they are fresh and builds nothing) and is ready when `/readyz` answers ' +
      '200, after migrating, checking the seeds and listening; the anchors, each built into one ' +
      'file by esbuild as Kaigi is, when they print that they listen. After a `kill -9` of the ' +
      "second start's process, which had made one of each programme file, Kaigi is started " +
      'again at once and timed from the kill. RSS once started: VmRSS when ready; peak: VmHWM ' +
      'over the start-up. Targets (reported, not asserted): time to ready within 2x of ' +
      "@y/websocket-server's time to listen, RSS once started within 1.25x of the anchors'. " +
      "The floor is the y-websocket anchor's server that also opens a libSQL database file " +
      '(WAL) and reads it once: what any durable sync server on embedded libSQL holds at the least.',
    '',
    table(
      [
        '',
        'time to ready (ms)',
        'RSS once started (MiB)',
        'peak RSS (MiB)',
        'ready / @y/ws',
        'RSS / anchors',
      ],
      ROWS.map(({ kind, label }) => [
        label,
        ms(ready(kind)),
        mebibytes(rss(kind)),
        mebibytes(of(kind, (sample) => sample.startPeakBytes)),
        ratio(ready(kind) / anchorReady),
        ratio(rss(kind) / anchorRss),
      ]),
    ),
    '',
    'Kaigi once it has made one of each programme file (PDF, Word, web page, calendar, frab ' +
      'JSON and XML, sessions CSV) on its renderer thread, which loads pdfkit, docx and the ' +
      `fonts with the first export: RSS ${mebibytes(exported.rss)} MiB, peak over the start-up ` +
      `and those exports ${mebibytes(exported.peak)} MiB (p50). The peak under fan-out load is in ` +
      'the fan-out part (its servers run built, as here).',
  ].join('\n')
}
