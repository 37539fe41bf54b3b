/**
 * `npm run bench`: Kaigi's speed beside its floors and anchors, in one run.
 *
 * 1. Fan-out: Kaigi, @y/websocket-server and Hocuspocus, one at a time, each
 *    in its own process, under the same load (bench/fan-out.ts).
 * 2. Document load: a 20,000-update history, before and after compaction,
 *    against Y.applyUpdate of its compacted state (bench/doc-load.ts).
 * 3. Durable throughput through Kaigi's whole path, against @libsql/client's
 *    own commit rates on the same disk (bench/durable-throughput.ts,
 *    bench/libsql-floors.ts).
 * 4. The programme grid of a 300-session edition in Chromium: time to show
 *    a day, and what one drag sends (bench/programme-grid.ts).
 * 5. Presence flood: /healthz and a member's edit fan-out while a viewer
 *    sends the worst presence traffic the limits allow, against the same
 *    server idle (bench/presence-flood.ts).
 * 6. Scale-out: fan-out and durable throughput on one Kaigi process against
 *    two sharing a redis-server, beside Hocuspocus with its Redis extension
 *    on two (bench/scale-out.ts).
 * 7. Start-up: time to ready and memory of Kaigi as `npm start` runs it,
 *    beside the anchors built the same way (bench/startup.ts).
 * 8. Pages: the bytes of script and CSS and the time until usable of the
 *    public pages and the grid in Chromium, on the loopback and a slow
 *    mobile network, against a build of the commit before the client was
 *    split into pages (bench/pages.ts).
 *
 * Prints markdown tables and writes them to bench/results/latest.md.
 * `--quick` runs a small load to check the bench itself (its figures mean
 * nothing); `--only=fan-out,commit-path,load,throughput,grid,suggestions,versions,exports,pack,outbox,presence-flood,scale-out,startup,pages`
 * runs some parts.
 * BENCH_SERVER_NODE_FLAGS passes Node flags to the server processes, e.g.
 * "--cpu-prof --cpu-prof-dir=bench/results/profiles" to see where each
 * server spends its time.
 */

import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { type CommitPathOptions, commitPathSection } from './commit-path'
import { pinBenchProcess, pinningNote } from './cpu-pinning'
import { type DocLoadOptions, runDocLoad } from './doc-load'
import { runDurableThroughput, type ThroughputOptions } from './durable-throughput'
import { type ExportsOptions, runExportsBench } from './exports'
import { type FanOutOptions, type FanOutResult, runFanOut } from './fan-out'
import { type Latency, type LibsqlFloors, measureLibsqlFloors } from './libsql-floors'
import { cores, count, mebibytes, ms, percent, ratio, seconds, table } from './markdown'
import { type OutboxOptions, runOutboxBench } from './outbox'
import { type PackOptions, runPackBench } from './pack'
import {
  BEFORE_COMMIT,
  PAGE_NAMES,
  PAGES,
  type PageLoad,
  type PagesOptions,
  runPagesBench,
} from './pages'
import {
  type FloodPhase,
  type PresenceFloodOptions,
  runPresenceFlood,
  SOCKETS_PER_PERSON,
} from './presence-flood'
import { watchOtherLoad } from './proc-stats'
import { type GridOptions, medianDaySwitch, runGridBench } from './programme-grid'
import {
  killScaleOutChildren,
  NotSharedError,
  runScaleOutFanOut,
  runScaleOutThroughput,
  type ScaleOutFanOutOptions,
  type ScaleOutFanOutResult,
  type ScaleOutSetup,
  type ScaleOutThroughputOptions,
  type ScaleOutThroughputResult,
  startRedis,
} from './scale-out'
import { killAllServers, REPO_ROOT, type ServerKind } from './server-process'
import { type StartOptions, startupSection } from './startup'
import { median, percentile } from './stats'
import { runSuggestionLoad, type SuggestionLoadOptions } from './suggestions'
import { runVersionsBench, type VersionsOptions } from './versions'

const SERVERS: ServerKind[] = ['kaigi', 'y-websocket-server', 'hocuspocus', 'durable-floor']
/** The in-memory servers Kaigi's bounds are drawn from; the durable floor is not one. */
const ANCHORS: ServerKind[] = ['y-websocket-server', 'hocuspocus']
const NAMES: Record<ServerKind, string> = {
  kaigi: 'Kaigi',
  'y-websocket-server': '@y/websocket-server 0.1.1',
  hocuspocus: 'Hocuspocus 3.4.4',
  'durable-floor': 'floor: @y/websocket-server committing first',
}
const PARTS = [
  'fan-out',
  'commit-path',
  'load',
  'throughput',
  'grid',
  'suggestions',
  'versions',
  'exports',
  'pack',
  'outbox',
  'presence-flood',
  'scale-out',
  'startup',
  'pages',
] as const
type Part = (typeof PARTS)[number]

interface Config {
  quick: boolean
  parts: Set<Part>
  fanOut: Omit<FanOutOptions, 'subscribers'> & { subscriberCounts: number[]; rounds: number }
  commitPath: CommitPathOptions
  docLoad: DocLoadOptions
  throughput: ThroughputOptions
  grid: GridOptions
  suggestions: SuggestionLoadOptions
  versions: VersionsOptions
  exports: ExportsOptions
  pack: PackOptions
  outbox: OutboxOptions
  presenceFlood: PresenceFloodOptions
  startup: StartOptions
  pages: PagesOptions
  scaleOut: {
    fanOut: Omit<ScaleOutFanOutOptions, 'subscribers'> & { subscriberCounts: number[] }
    throughput: ScaleOutThroughputOptions
  }
  floors: { secondsEach: number; batchSize: number; isolatedCommits: number }
}

/**
 * The load. Edits are 30 ms apart: at N = 300 each server spends about 3-4 ms
 * of CPU per edit and this process about 5 ms reading its 300 frames (both
 * printed per round), so each edit is measured on an idle system instead of
 * queueing behind the previous one, and 200 edits take 6 s a round. 20
 * unmeasured edits first warm the JIT of server and clients. Three rounds,
 * each on fresh server processes, in a rotating order, smooth out a round
 * disturbed by the machine's other work.
 */
const FULL: Omit<Config, 'quick' | 'parts'> = {
  fanOut: { subscriberCounts: [50, 300], edits: 200, warmupEdits: 20, paceMs: 30, rounds: 3 },
  commitPath: { edits: 1500, warmup: 100, gapMs: 10 },
  docLoad: { updates: 20_000, repetitions: 9, fastRepetitions: 51 },
  throughput: {
    writers: 4,
    window: 256,
    warmupMs: 1000,
    measureMs: 4000,
    updatesPerWriter: 100_000,
  },
  grid: { sessions: 300, switchesPerDay: 5 },
  suggestions: { participants: 300, windowMs: 60_000 },
  versions: { updates: 50_000, versions: 200, repetitions: 9 },
  exports: { sessions: 300, repetitions: 5 },
  pack: { collectivites: 60, sessions: 300, repetitions: 3, editPaceMs: 20 },
  outbox: { messages: 500, collectivites: 50, sessions: 300, perMinute: 60, editPaceMs: 20 },
  startup: { rounds: 5 },
  pages: { rounds: 3 },
  // Short phases taking turns, ten times in a rotating order: the machine's
  // other work, which comes and goes, then falls on idle and flood alike.
  presenceFlood: {
    members: 20,
    healthChecks: 500,
    edits: 50,
    warmupEdits: 5,
    paceMs: 30,
    floodWarmupMs: 2000,
    rounds: 10,
  },
  // The fan-out's load and the throughput's, for one run of each setup.
  scaleOut: {
    fanOut: { subscriberCounts: [50, 300], edits: 200, warmupEdits: 20, paceMs: 30 },
    throughput: {
      writers: 4,
      window: 256,
      warmupMs: 1000,
      measureMs: 4000,
      updatesPerWriter: 100_000,
    },
  },
  floors: { secondsEach: 2, batchSize: 100, isolatedCommits: 200 },
}
const QUICK: Omit<Config, 'quick' | 'parts'> = {
  fanOut: { subscriberCounts: [10, 50], edits: 40, warmupEdits: 5, paceMs: 30, rounds: 1 },
  commitPath: { edits: 200, warmup: 20, gapMs: 10 },
  docLoad: { updates: 2000, repetitions: 3, fastRepetitions: 5 },
  throughput: { writers: 2, window: 64, warmupMs: 300, measureMs: 1000, updatesPerWriter: 20_000 },
  grid: { sessions: 60, switchesPerDay: 1 },
  suggestions: { participants: 30, windowMs: 3000 },
  versions: { updates: 2000, versions: 20, repetitions: 3 },
  exports: { sessions: 60, repetitions: 2 },
  pack: { collectivites: 6, sessions: 60, repetitions: 1, editPaceMs: 20 },
  outbox: { messages: 20, collectivites: 6, sessions: 60, perMinute: 600, editPaceMs: 20 },
  startup: { rounds: 1 },
  pages: { rounds: 1 },
  presenceFlood: {
    members: 5,
    healthChecks: 200,
    edits: 30,
    warmupEdits: 5,
    paceMs: 30,
    floodWarmupMs: 1500,
    rounds: 1,
  },
  scaleOut: {
    fanOut: { subscriberCounts: [10, 50], edits: 40, warmupEdits: 5, paceMs: 30 },
    throughput: {
      writers: 2,
      window: 64,
      warmupMs: 300,
      measureMs: 1000,
      updatesPerWriter: 20_000,
    },
  },
  floors: { secondsEach: 0.5, batchSize: 100, isolatedCommits: 20 },
}

function readConfig(args: string[]): Config {
  const quick = args.includes('--quick')
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  const parts = new Set<Part>(PARTS)
  if (only) {
    parts.clear()
    for (const name of only.split(',')) {
      if (!(PARTS as readonly string[]).includes(name)) throw new Error(`unknown part ${name}`)
      parts.add(name as Part)
    }
  }
  return { quick, parts, ...(quick ? QUICK : FULL) }
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2))
  pinBenchProcess()
  const started = performance.now()
  const sections: string[] = []
  const emit = (section: string) => {
    sections.push(section)
    console.log(`\n${section}`)
  }
  emit(header(config))
  // First, while nothing else of the bench has written to the disk.
  process.stderr.write('libSQL floors\n')
  const floors = await measureLibsqlFloors({ ...config.floors, gapMs: config.fanOut.paceMs })
  if (config.parts.has('fan-out')) emit(await fanOutSection(config, floors))
  if (config.parts.has('commit-path')) emit(await commitPathSection(config.commitPath))
  if (config.parts.has('load')) emit(await docLoadSection(config))
  if (config.parts.has('throughput')) emit(await throughputSection(config, floors))
  if (config.parts.has('grid')) emit(await gridSection(config))
  if (config.parts.has('suggestions')) emit(await suggestionsSection(config))
  if (config.parts.has('versions')) emit(await versionsSection(config))
  if (config.parts.has('exports')) emit(await exportsSection(config))
  if (config.parts.has('pack')) emit(await packSection(config))
  if (config.parts.has('outbox')) emit(await outboxSection(config))
  if (config.parts.has('presence-flood')) emit(await presenceFloodSection(config))
  if (config.parts.has('scale-out')) emit(await scaleOutSection(config))
  if (config.parts.has('startup')) emit(await startupSection(config.startup))
  if (config.parts.has('pages')) emit(await pagesSection(config))
  emit(`Total bench time: ${seconds((performance.now() - started) / 1000)} s.`)

  const folder = join(REPO_ROOT, 'bench', 'results')
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'latest.md'), `${sections.join('\n\n')}\n`)
  console.log(`\nWritten to bench/results/latest.md`)
}

function header(config: Config): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim()
  let revision = 'unknown'
  try {
    const changed = git('status', '--porcelain', '--', 'server', 'db', 'shared')
    revision = `${git('rev-parse', '--short', 'HEAD')}${changed ? ' with uncommitted changes in server/, db/ or shared/' : ''}`
  } catch {
    // not a git checkout: leave it unknown
  }
  const cpu = cpus()
  return [
    '## Kaigi bench',
    '',
    `${new Date().toISOString()} · commit ${revision} · Node ${process.version} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · ${pinningNote}`,
    config.quick
      ? '\n**Quick run: a small load to check the bench; these figures mean nothing.**'
      : '',
  ].join('\n')
}

interface FanOutSummary {
  p50: number
  p99: number
  firstP50: number
  syncAllMs: number
  joinCpu: number
  editCpu: number
  peakRss: number
  startRss: number
  rounds: FanOutResult[]
}

/** Latencies pooled over rounds for the percentiles; other figures: median over rounds. */
function summarize(rounds: FanOutResult[]): FanOutSummary {
  const latencies = rounds.flatMap((round) => round.latenciesMs)
  const of = (pick: (round: FanOutResult) => number) => median(rounds.map(pick))
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    firstP50: percentile(
      rounds.flatMap((round) => round.firstArrivalsMs),
      50,
    ),
    syncAllMs: of((round) => round.syncAllMs),
    joinCpu: of((round) => round.joinCpuSeconds),
    editCpu: of((round) => round.editCpuSeconds),
    peakRss: of((round) => round.peakRssBytes),
    startRss: of((round) => round.startRssBytes),
    rounds,
  }
}

/** A difference in ms with its sign: "+ 0.29", "− 0.05". */
const signed = (value: number) => (value < 0 ? `− ${ms(-value)}` : `+ ${ms(value)}`)

/**
 * The bounds a durable server is held to beside in-memory anchors: the
 * lower anchor's p50 plus one lone commit's p50 measured in the same run
 * (the commit is the one price of relaying only what is stored), 1.5x the
 * lower anchor's p99, and for the server's CPU per edit the lower anchor's
 * plus a lone commit's own CPU. Reported, not asserted.
 */
function durableBounds(
  ours: FanOutSummary,
  anchors: FanOutSummary[],
  floor: FanOutSummary,
  floors: LibsqlFloors,
  edits: number,
): string {
  const { full, prepared } = floors.isolatedCommitMs
  const lowerP50 = Math.min(...anchors.map((s) => s.p50))
  const p99Bound = 1.5 * Math.min(...anchors.map((s) => s.p99))
  const cpuPerEdit = (s: FanOutSummary) => (s.editCpu * 1000) / edits
  const lowerCpu = Math.min(...anchors.map(cpuPerEdit))
  const verdict = (value: number, bound: number) => (value <= bound ? 'met' : 'missed')
  const against = (commit: Latency, how: string) =>
    `with a lone commit ${how}: p50 ≤ the lower anchor's p50 + ${ms(commit.p50)} = ` +
    `${ms(lowerP50 + commit.p50)} ms: Kaigi ${ms(ours.p50)}, ${verdict(ours.p50, lowerP50 + commit.p50)}; ` +
    `server CPU per edit ≤ the lower anchor's + ${ms(commit.cpuP50)} = ` +
    `${ms(lowerCpu + commit.cpuP50)} ms: Kaigi ${ms(cpuPerEdit(ours))}, ` +
    `${verdict(cpuPerEdit(ours), lowerCpu + commit.cpuP50)}`
  return (
    `Bounds: p99 ≤ 1.5 × the lower anchor's p99 = ${ms(p99Bound)} ms: Kaigi ${ms(ours.p99)}, ` +
    `${verdict(ours.p99, p99Bound)}; ${against(full, 'through @libsql/client')}; ` +
    `${against(prepared, 'through a statement prepared once, as Kaigi commits')}. ` +
    `The durable floor: p50 ${ms(floor.p50)} ms, the lower anchor's ` +
    `${signed(floor.p50 - lowerP50)}; CPU per edit ${ms(cpuPerEdit(floor))} ms, the lower ` +
    `anchor's ${signed(cpuPerEdit(floor) - lowerCpu)}. Kaigi beyond the floor: p50 ` +
    `${signed(ours.p50 - floor.p50)} ms, CPU per edit ${signed(cpuPerEdit(ours) - cpuPerEdit(floor))} ms.`
  )
}

async function fanOutSection(config: Config, floors: LibsqlFloors): Promise<string> {
  const options = config.fanOut
  const results = new Map<string, FanOutResult[]>()
  const key = (kind: ServerKind, subscribers: number) => `${kind}/${subscribers}`
  for (let round = 0; round < options.rounds; round++) {
    for (const subscribers of options.subscriberCounts) {
      // Rotate the order each round, so no server always runs first.
      const order = SERVERS.map((_, i) => SERVERS[(i + round) % SERVERS.length] as ServerKind)
      for (const kind of order) {
        process.stderr.write(`fan-out: ${kind}, N = ${subscribers}, round ${round + 1}\n`)
        const result = await runFanOut(kind, { ...options, subscribers })
        results.set(key(kind, subscribers), [
          ...(results.get(key(kind, subscribers)) ?? []),
          result,
        ])
      }
    }
  }

  const others = SERVERS.filter((kind) => kind !== 'kaigi')
  const parts = [
    '### Fan-out: one writer, N subscribers, one document',
    '',
    `${options.edits} measured edits (after ${options.warmupEdits} unmeasured) of one character, ` +
      `one every ${options.paceMs} ms, × ${options.rounds} rounds, each round on a fresh server ` +
      "process. Latency: from the writer's edit until the **last** of the N subscribers has " +
      'received it (p50/p99 over all measured edits of all rounds); the subscribers apply the ' +
      "updates after the edits, and every replica must then equal the writer's text. Synced: from " +
      "opening N sockets at once until all N have the server's sync step 2. CPU and peak RSS: " +
      'the server process, from /proc (median of rounds). Lower is better; a ratio below 1.00x ' +
      'means Kaigi is lower. Kaigi commits every edit to libSQL (WAL, synchronous=FULL) before ' +
      'relaying it; the anchors keep documents in memory only. The durable floor is the ' +
      "y-websocket anchor's server that commits each update it receives to a libSQL file (WAL, " +
      'synchronous=FULL, one INSERT prepared once, through the driver Kaigi writes with) before ' +
      'its own handler applies and relays it, checking nothing: what committing first costs any ' +
      "server, so that what Kaigi spends beyond it is Kaigi's own.",
  ]
  for (const subscribers of options.subscriberCounts) {
    const summaries = new Map(
      SERVERS.map((kind) => [kind, summarize(results.get(key(kind, subscribers)) ?? [])]),
    )
    const ours = summaries.get('kaigi') as FanOutSummary
    const row = (
      label: string,
      pick: (s: FanOutSummary) => number,
      format: (v: number) => string,
    ) => [
      label,
      ...SERVERS.map((kind) => format(pick(summaries.get(kind) as FanOutSummary))),
      ...others.map((kind) => ratio(pick(ours) / pick(summaries.get(kind) as FanOutSummary))),
    ]
    parts.push(
      '',
      `**N = ${subscribers}**`,
      '',
      table(
        [
          '',
          ...SERVERS.map((kind) => NAMES[kind]),
          ...others.map((kind) => `Kaigi / ${kind === 'durable-floor' ? 'floor' : NAMES[kind]}`),
        ],
        [
          row('edit → all subscribers, p50 (ms)', (s) => s.p50, ms),
          row('edit → all subscribers, p99 (ms)', (s) => s.p99, ms),
          row('edit → first subscriber, p50 (ms)', (s) => s.firstP50, ms),
          row(`all ${subscribers} synced after connecting (ms)`, (s) => s.syncAllMs, ms),
          row('server CPU while joining (s)', (s) => s.joinCpu, seconds),
          row(`server CPU for ${options.edits} edits (s)`, (s) => s.editCpu, seconds),
          row('server peak RSS (MiB)', (s) => s.peakRss, mebibytes),
          row('server RSS once started, for reference (MiB)', (s) => s.startRss, mebibytes),
        ],
      ),
      '',
      durableBounds(
        ours,
        ANCHORS.map((kind) => summaries.get(kind) as FanOutSummary),
        summaries.get('durable-floor') as FanOutSummary,
        floors,
        options.edits,
      ),
    )
  }
  const { full, normal, prepared, gapMs } = floors.isolatedCommitMs
  parts.push(
    '',
    'Kaigi relays an edit only once it is committed. A lone one-row commit through ' +
      `@libsql/client, ${gapMs} ms after the previous one as the edits are, took ` +
      `p50 ${ms(full.p50)} / p99 ${ms(full.p99)} ms in this run with synchronous=FULL ` +
      `(p50 ${ms(normal.p50)} / p99 ${ms(normal.p99)} ms with NORMAL, which skips the fsync): ` +
      `compare "edit → first subscriber". Its own CPU, user and system, p50 ${ms(full.cpuP50)} ms ` +
      `with FULL (${ms(normal.cpuP50)} with NORMAL). Through libSQL's driver with the ` +
      `statement prepared once, as Kaigi writes its edits, taking turns with the client's: ` +
      `p50 ${ms(prepared.p50)} / p99 ${ms(prepared.p99)} ms, CPU ${ms(prepared.cpuP50)} ms.`,
  )
  parts.push(
    '',
    'Per round: p50 / p99 ms; CPU per measured edit of the server and of the client process ' +
      '(which reads and decodes the N frames of each edit: at N = 300 it works about as long ' +
      'as the server, so "all subscribers" there is a pipeline of both, while "first ' +
      'subscriber" is the server alone); CPU of other processes on the machine during the ' +
      'edits (the bench shares its machine: a round with much of it is less trustworthy); ' +
      'frames received per subscriber, awareness included.',
    '',
    table(
      ['server', 'N', ...Array.from({ length: options.rounds }, (_, i) => `round ${i + 1}`)],
      options.subscriberCounts.flatMap((subscribers) =>
        SERVERS.map((kind) => [
          NAMES[kind],
          String(subscribers),
          ...(results.get(key(kind, subscribers)) ?? []).map(
            (round) =>
              `${ms(percentile(round.latenciesMs, 50))} / ${ms(percentile(round.latenciesMs, 99))}; ` +
              `CPU/edit ${ms((round.editCpuSeconds * 1000) / options.edits)} server, ` +
              `${ms((round.clientCpuSeconds * 1000) / options.edits)} client; ` +
              `others ${cores(round.otherLoad)}; ` +
              `${count(round.framesPerSubscriber)} frames`,
          ),
        ]),
      ),
    ),
  )
  return parts.join('\n')
}

async function docLoadSection(config: Config): Promise<string> {
  process.stderr.write('document load\n')
  const otherLoad = watchOtherLoad(() => 0)
  const result = await runDocLoad(config.docLoad)
  const others = otherLoad()
  return [
    `### Document load: a history of ${count(result.updates)} one-character updates`,
    '',
    'Three people typing runs of characters at random places; loaded with `Room.load` ' +
      '(database read included) from a fresh libSQL file, as a first connection does. ' +
      `Medians of ${config.docLoad.repetitions} loads before compaction and ` +
      `${config.docLoad.fastRepetitions} after (taking turns with the floor). Floor: ` +
      '`Y.applyUpdate` of the compacted state (`Y.encodeStateAsUpdate` of the loaded document, ' +
      `${count(result.snapshotBytes)} bytes) into a fresh Y.Doc, in this process. ` +
      `Other processes used ${cores(others)} meanwhile.`,
    '',
    table(
      ['', 'time (ms)', 'of which database read (ms)', 'floor (ms)', 'ratio to floor'],
      [
        [
          'load before compaction',
          ms(result.beforeCompactionMs),
          ms(result.beforeCompactionReadMs),
          ms(result.floorMs),
          ratio(result.beforeCompactionMs / result.floorMs),
        ],
        [
          `compaction, in all (encode, snapshot, ${result.compactionSteps - 1} parts of pruning)`,
          ms(result.compactionMs),
          '',
          '',
          '',
        ],
        [
          'compaction, its longest step (what a batch may wait behind)',
          ms(result.compactionLongestStepMs),
          '',
          '',
          '',
        ],
        [
          'load after compaction',
          ms(result.afterCompactionMs),
          ms(result.afterCompactionReadMs),
          ms(result.floorMs),
          `${ratio(result.ratio)} (target ≤ 1.25x)`,
        ],
      ],
    ),
  ].join('\n')
}

async function suggestionsSection(config: Config): Promise<string> {
  process.stderr.write('suggestions\n')
  const result = await runSuggestionLoad(config.suggestions)
  const lost = result.participants - result.refused - result.onWall
  return [
    `### A meeting's intake: ${result.participants} participants within ${seconds(result.windowMs / 1000)} s`,
    '',
    'Each participant posts one suggestion at a random moment of the window, all from one ' +
      "address (a room's phones behind the venue's network), while the wall, a sync client on " +
      "the edition's document, is open. Answer: from the POST to its 201. On the wall: from the " +
      "POST until the wall's document holds the suggestion.",
    '',
    table(
      ['', 'p50', 'p99', 'max'],
      [
        [
          'answer (ms)',
          ms(percentile(result.answerMs, 50)),
          ms(percentile(result.answerMs, 99)),
          ms(Math.max(...result.answerMs)),
        ],
        [
          'on the wall (ms)',
          ms(percentile(result.onWallMs, 50)),
          ms(percentile(result.onWallMs, 99)),
          ms(Math.max(...result.onWallMs)),
        ],
      ],
    ),
    '',
    table(
      ['', 'count'],
      [
        ['suggestions sent', count(result.participants)],
        ['refused (429 or other)', count(result.refused)],
        ['on the wall at the end', count(result.onWall)],
        ['lost', count(lost)],
        ['on the wall twice', count(result.duplicates)],
      ],
    ),
  ].join('\n')
}

async function versionsSection(config: Config): Promise<string> {
  process.stderr.write('versions\n')
  const result = await runVersionsBench(config.versions)
  return [
    `### Versions: ${count(result.versions)} named versions over ${count(result.updates)} updates`,
    '',
    'One member edits the demo edition (typing in a description, moving a session) while an ' +
      'owner saves a version at regular intervals; then, through the HTTP API against the real ' +
      `server, medians of ${config.versions.repetitions} runs.`,
    '',
    table(
      ['', 'value'],
      [
        ['list the versions (ms)', ms(result.listMs)],
        ['compare the first version with now (ms)', ms(result.diffMs)],
        ['restore a middle version (ms)', ms(result.restoreMs)],
        ['database on disk, file and WAL (MiB)', (result.databaseBytes / 1024 / 1024).toFixed(1)],
        ['the live document alone (KiB)', (result.documentBytes / 1024).toFixed(0)],
        [
          `activity: ${count(result.activityEntries)} entries, first page (ms)`,
          ms(result.activityMs),
        ],
        [
          `activity, worst case of ${count(result.worstActivityEntries)} ungrouped entries: first page (ms)`,
          ms(result.worstActivityMs),
        ],
        ['the same, one session’s entries (ms)', ms(result.worstSessionActivityMs)],
        ['disk per activity entry (bytes)', result.activityEntryBytes.toFixed(0)],
      ],
    ),
  ].join('\n')
}

async function exportsSection(config: Config): Promise<string> {
  process.stderr.write('exports\n')
  const result = await runExportsBench(config.exports)
  return [
    `### Exports of a programme of ${count(result.sessions)} sessions`,
    '',
    'The demo edition grown to this many sessions, each file fetched through the HTTP API ' +
      'against the real server. The draft is made afresh on every request (medians of ' +
      `${config.exports.repetitions}, and the slowest); a published version is made on its ` +
      'first request, then served from memory.',
    '',
    table(
      [
        'file',
        'draft (ms)',
        'draft, slowest (ms)',
        'published, first (ms)',
        'published, again (ms)',
        'size (KiB)',
        'target',
      ],
      result.timings.map((timing) => [
        timing.file,
        ms(timing.draftMs),
        ms(timing.draftMaxMs),
        ms(timing.publishedFirstMs),
        ms(timing.publishedCachedMs),
        (timing.bytes / 1024).toFixed(0),
        '< 2,000 ms',
      ]),
    ),
  ].join('\n')
}

async function packSection(config: Config): Promise<string> {
  process.stderr.write('pack\n')
  const result = await runPackBench(config.pack)
  const zip = median(result.zipMs)
  const perCollectivite = zip / result.collectivites
  const programme = median(result.programmePdfMs)
  const r = perCollectivite / programme
  const { idle, duringZip } = result
  return [
    `### Invitation pack: pack.zip for ${count(result.collectivites)} collectivités, beside a programme PDF of ${count(result.sessions)} sessions`,
    '',
    `Half French, half Japanese collectivités, each linked to a directory contact: each one's letter (PDF and Word), its form, and the agenda and programme (${count(result.sessions)} sessions, made once per language) in its language, ${count(result.files)} files in one zip, fetched through the HTTP API against the real server, medians of ${config.pack.repetitions}. ` +
      'The programme PDF is the draft in both languages, made in the same run. Meanwhile a member edits a session title every ' +
      `${config.pack.editPaceMs} ms and another member's replica waits for each; the server runs in this process, whose event-loop turns are counted.`,
    '',
    table(
      ['', 'time (ms)', 'ratio', 'target'],
      [
        ['pack.zip, whole', ms(zip), '', ''],
        [
          'pack.zip, per collectivité',
          ms(perCollectivite),
          ratio(r),
          r <= 1 ? 'ok (≤ 1.00x)' : '**over 1.00x**',
        ],
        [`programme.pdf, ${count(result.sessions)} sessions`, ms(programme), '1.00x', 'anchor'],
      ],
    ),
    '',
    table(
      ['relay of edits', 'edits', 'median (ms)', 'slowest (ms)', 'event-loop turns / s'],
      [
        [
          'server idle',
          count(idle.edits),
          ms(idle.medianMs),
          ms(idle.maxMs),
          count(idle.turnsPerSecond),
        ],
        [
          'while pack.zip is made',
          count(duringZip.edits),
          ms(duringZip.medianMs),
          ms(duringZip.maxMs),
          count(duringZip.turnsPerSecond),
        ],
      ],
    ),
    '',
    `pack.zip: ${(result.zipBytes / 1024 / 1024).toFixed(1)} MiB.`,
  ].join('\n')
}

async function outboxSection(config: Config): Promise<string> {
  process.stderr.write('outbox\n')
  const result = await runOutboxBench(config.outbox)
  const { idle, duringDrain } = result
  const spacing = 60_000 / result.perMinute
  const rate = result.achievedPerMinute / result.perMinute
  return [
    `### Outbox: ${count(result.messages)} messages with their attachments drained at ${count(result.perMinute)} a minute`,
    '',
    `One send of ${count(result.messages)} messages to ${count(config.outbox.collectivites)} collectivités (half French, half Japanese), each with its letter, agenda, form and programme (${count(config.outbox.sessions)} sessions) made when it is sent, delivered to a real SMTP server (smtp-server, in this process). ` +
      `Meanwhile a member edits a session title every ${config.outbox.editPaceMs} ms and another member's replica waits for each; the server runs in this process, whose event-loop turns are counted. ` +
      'The rate spaces the starts of the attempts; a gap between two acceptances is shorter when the first message took longer to make than the second.',
    '',
    table(
      ['', 'value', 'target'],
      [
        ['drain, whole', `${seconds(result.drainMs / 1000)} s`, ''],
        [
          'messages a minute',
          count(result.achievedPerMinute),
          rate <= 1.02 && rate >= 0.9
            ? `ok (${count(result.perMinute)} configured)`
            : `**${ratio(rate)} of ${count(result.perMinute)}**`,
        ],
        ['gap between two messages, median', ms(result.medianGapMs), `${ms(spacing)} (the rate)`],
        ['gap between two messages, shortest', ms(result.minGapMs), ''],
        ['received by the SMTP server', `${mebibytes(result.bytes)} MiB`, ''],
      ],
    ),
    '',
    table(
      [
        'relay of edits',
        'edits',
        'median (ms)',
        'p99 (ms)',
        'slowest (ms)',
        'event-loop turns / s',
      ],
      [
        [
          'server idle',
          count(idle.edits),
          ms(idle.medianMs),
          ms(idle.p99Ms),
          ms(idle.maxMs),
          count(idle.turnsPerSecond),
        ],
        [
          'while the outbox drains',
          count(duringDrain.edits),
          ms(duringDrain.medianMs),
          ms(duringDrain.p99Ms),
          ms(duringDrain.maxMs),
          count(duringDrain.turnsPerSecond),
        ],
      ],
    ),
  ].join('\n')
}

async function presenceFloodSection(config: Config): Promise<string> {
  const options = config.presenceFlood
  const result = await runPresenceFlood(options)
  const [idle, ...floods] = result.phases as [FloodPhase, ...FloodPhase[]]
  const kib = (bytes: number) => count(bytes / 1024)
  const compared = (
    label: string,
    pick: (phase: FloodPhase) => number,
    format: (value: number) => string,
    bound?: number,
  ) => [
    label,
    format(pick(idle)),
    ...floods.flatMap((flood) => {
      const r = pick(flood) / pick(idle)
      return [
        format(pick(flood)),
        ratio(r),
        bound === undefined
          ? ''
          : r <= bound
            ? `ok (≤ ${ratio(bound)})`
            : `**over ${ratio(bound)}**`,
      ]
    }),
  ]
  const p = (samples: (phase: FloodPhase) => number[], rank: number) => (phase: FloodPhase) =>
    percentile(samples(phase), rank)
  const healthz = (phase: FloodPhase) => phase.healthzMs
  const fanOut = (phase: FloodPhase) => phase.fanOutMs
  const counters = (pick: (flood: NonNullable<FloodPhase['flood']>) => string) =>
    floods.map((phase) => (phase.flood ? pick(phase.flood) : ''))
  const perSecond = (flood: NonNullable<FloodPhase['flood']>, value: number) =>
    value / flood.seconds
  return [
    `### Presence flood: ${count(options.healthChecks)} /healthz and ${options.edits} edits to ${result.members} members, idle and under a viewer's presence flood`,
    '',
    'One Kaigi process on a fresh database; the owner signs in with the owner link and invites ' +
      `${result.members + 2} members and a viewer through invitation links. In each phase: ` +
      `${count(options.healthChecks)} sequential GET /healthz on one kept-alive connection, then ` +
      `${options.edits} one-character edits (after ${options.warmupEdits} unmeasured), one every ` +
      `${options.paceMs} ms, by one member to a description of the demo edition, each timed until ` +
      `all ${result.members} other members have it; ${result.rounds} rounds of idle, one socket, ` +
      `${SOCKETS_PER_PERSON} sockets, in a rotating order, samples pooled. Flood: the viewer's sockets (in a ` +
      'process of their own) each send 100 messages a second, the message limit: maximal ' +
      'awareness states (4 KiB of JSON) of their own presences (of 20 sockets, 16 hold four each, ' +
      '64 in all: the room’s cap) and churn (new client ids announced by one message and removed ' +
      'by the next: 4 a frame, or 1 for a lone socket, past the 1,024 departed ids the room ' +
      "remembers), as fast as a model of the person's presence budget says the server takes them " +
      '(refilled 5% faster than the server’s, shared half and half between states and churn), and ' +
      'in every other message a query for every presence. ' +
      `The flood runs ${seconds(options.floodWarmupMs / 1000)} s before ` +
      'measuring. Server CPU: its share of a core during the phase; RSS at its end.',
    '',
    table(
      ['', 'idle', ...floods.flatMap((phase) => [phase.label, 'flood / idle', 'verdict'])],
      [
        compared('/healthz p99 (ms)', p(healthz, 99), ms, 2),
        compared(`edit → all ${result.members} members, p50 (ms)`, p(fanOut, 50), ms, 1.2),
        compared('/healthz p50 (ms)', p(healthz, 50), ms),
        compared(`edit → all ${result.members} members, p99 (ms)`, p(fanOut, 99), ms),
        compared(
          'edit → first member, p50 (ms)',
          p((phase) => phase.firstMemberMs, 50),
          ms,
        ),
        compared(
          'server CPU (cores)',
          (phase) => phase.serverCores,
          (v) => v.toFixed(2),
        ),
        compared('server RSS (MiB)', (phase) => phase.serverRssBytes, mebibytes),
        compared(
          'bench process CPU (cores)',
          (phase) => phase.benchCores,
          (v) => v.toFixed(2),
        ),
        compared(
          'other processes, flooder included (cores)',
          (phase) => phase.otherCores,
          (v) => v.toFixed(2),
        ),
      ],
    ),
    '',
    'The flood as the server took it while the phase was measured (its warm-up left out), ' +
      `summed over the ${result.rounds} rounds. Accepted: frames the server relayed, seen by a ` +
      "member's socket; refused: sent and never relayed. A query's answer is charged to the same " +
      'budget, so it is not afforded while the states keep the budget empty.',
    '',
    table(
      ['', ...floods.map((phase) => phase.label)],
      [
        ['seconds measured under the flood', ...counters((f) => seconds(f.seconds))],
        [
          'extra socket of the same person',
          ...counters((f) =>
            f.refusedExtraSocket === null ? 'not tried' : `refused ${f.refusedExtraSocket}`,
          ),
        ],
        [
          'messages sent per socket per second',
          ...counters((f) => count(perSecond(f, f.messagesSent) / f.sockets)),
        ],
        [
          'awareness KiB charged per second, sent / accepted (the budget: 64)',
          ...counters(
            (f) =>
              `${kib(perSecond(f, f.awarenessBytesSent))} / ${kib(perSecond(f, f.awarenessBytesAccepted))}`,
          ),
        ],
        [
          'awareness KiB charged and refused, in all',
          ...counters((f) => kib(f.awarenessBytesSent - f.awarenessBytesAccepted)),
        ],
        [
          'maximal states sent / relayed',
          ...counters((f) => `${count(f.maxStatesSent)} / ${count(f.maxStatesAccepted)}`),
        ],
        [
          'queries sent / answered (answer KiB in all)',
          ...counters(
            (f) => `${count(f.queriesSent)} / ${count(f.queriesAnswered)} (${kib(f.answerBytes)})`,
          ),
        ],
        [
          'client ids churned: announced / removal relayed (bound 1,024)',
          ...counters((f) => `${count(f.churnIdsAnnounced)} / ${count(f.churnIdsRemovedSeen)}`),
        ],
        ['flood messages relayed to the member', ...counters((f) => count(f.relayedMessagesSeen))],
        [
          'flood sockets closed by the server',
          ...counters((f) =>
            Object.keys(f.closes).length === 0
              ? 'none'
              : Object.entries(f.closes)
                  .map(([code, n]) => `${n} × ${code}`)
                  .join(', '),
          ),
        ],
        ['flooder CPU (cores)', ...counters((f) => f.flooderCores.toFixed(2))],
      ],
    ),
    '',
    `Server peak RSS over the run: ${mebibytes(result.peakRssBytes)} MiB.`,
  ].join('\n')
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1)

async function pagesSection(config: Config): Promise<string> {
  process.stderr.write('pages\n')
  const result = await runPagesBench(config.pages)
  const rows = (network: 'loopback' | 'slow-mobile') =>
    PAGES.map((page) => {
      const before = result.before[network][page] as PageLoad
      const after = result.after[network][page] as PageLoad
      const bytes = (load: PageLoad) => load.scriptBytes + load.cssBytes
      return [
        PAGE_NAMES[page],
        kib(bytes(before)),
        kib(bytes(after)),
        ratio(bytes(after) / bytes(before)),
        page === 'grid' ? '<= 1.00x' : '<= 0.20x',
        `${kib(before.againBytes)} / ${kib(after.againBytes)}`,
        ms(before.usableMs),
        ms(after.usableMs),
      ]
    })
  const header = [
    'page',
    'before: script + CSS (KiB)',
    'after (KiB)',
    'after / before',
    'target',
    'next visit, before / after (KiB)',
    'usable, before (ms)',
    'usable, after (ms)',
  ]
  return [
    '### Pages: what a phone downloads before it can be used',
    '',
    'Each page opened in headless Chromium in a fresh profile (empty cache), then reloaded ' +
      '(the next visit); bytes of script and CSS as transferred (compressed where served so), ' +
      'from the DevTools protocol; usable when the page shows its form, its offer or its first ' +
      `session; median of ${config.pages.rounds} loads. Before: a build of ${BEFORE_COMMIT}, ` +
      'the commit before the client was split into pages and compressed, served by its own server.',
    '',
    '#### On the loopback',
    '',
    table(header, rows('loopback')),
    '',
    '#### A slow mobile network (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency)',
    '',
    table(header, rows('slow-mobile')),
  ].join('\n')
}

async function gridSection(config: Config): Promise<string> {
  process.stderr.write('programme grid\n')
  const result = await runGridBench(config.grid)
  const switches = result.daySwitchMs
  return [
    `### Programme grid: an edition of ${count(result.sessions)} sessions in Chromium`,
    '',
    'The demo edition grown to this many sessions over its four days (about ' +
      `${count(Math.round(result.sessions / 4))} a day), opened from the built client against the ` +
      'real server in headless Chromium. A day is shown by clicking its tab; timed in the page ' +
      `from the click to the frame that shows it, ${switches.length} switches. One drag moves a ` +
      'session by a few 5-minute steps; the frames its page sent meanwhile were counted.',
    '',
    table(
      ['', 'value', 'target'],
      [
        ['show a day of the grid, median (ms)', ms(medianDaySwitch(result)), '< 300 ms'],
        ['show a day of the grid, slowest (ms)', ms(Math.max(...switches)), ''],
        ['open the edition until the first sessions show (ms)', ms(result.firstRenderMs), ''],
        ['updates sent by one drag', String(result.drag.updateFrames), '1'],
        ['bytes of those updates', result.drag.updateBytes.join(', '), 'small'],
        ['presence frames sent during the drag', String(result.drag.otherFrames), ''],
      ],
    ),
  ].join('\n')
}

async function throughputSection(config: Config, floors: LibsqlFloors): Promise<string> {
  process.stderr.write('durable throughput\n')
  const options = config.throughput
  const result = await runDurableThroughput(options)
  return [
    '### Durable throughput',
    '',
    `Kaigi: ${options.writers} writers, each on its own document with one reader, ` +
      `${options.window} updates in flight each; counted at the readers, which Kaigi relays to ` +
      `only after commit, over ${seconds(result.measuredSeconds)} s after ${options.warmupMs} ms ` +
      `of warm-up${result.ranOut ? ' (cut short: the writers ran out of prepared updates)' : ''}. All ${count(result.verifiedUpdates)} updates sent were read back from the ` +
      `database after the server stopped. Server CPU during the run: ${percent(result.serverCpuShare)} ` +
      `of a core; client process: ${percent(result.clientCpuShare)}; other processes: ` +
      `${cores(result.otherLoad)}. Floors: @libsql/client ` +
      'directly on a local file, WAL, synchronous=FULL, the same table and index as the update ' +
      `log, ${config.floors.secondsEach} s each.`,
    '',
    table(
      ['', 'per second', 'Kaigi / this'],
      [
        ['Kaigi durable updates (validate, commit, relay)', count(result.updatesPerSecond), ''],
        [
          `floor: rows in transactions of ${floors.batchSize}`,
          count(floors.batchedRowsPerSecond),
          `${ratio(result.updatesPerSecond / floors.batchedRowsPerSecond)} (target ≥ 0.50x)`,
        ],
        [
          'floor: single-row transactions',
          count(floors.singleRowTxPerSecond),
          ratio(result.updatesPerSecond / floors.singleRowTxPerSecond),
        ],
      ],
    ),
  ].join('\n')
}

const SCALE_OUT_SETUPS: ScaleOutSetup[] = ['kaigi-1', 'kaigi-2', 'hocuspocus-2']
const SCALE_OUT_NAMES: Record<ScaleOutSetup, string> = {
  'kaigi-1': 'Kaigi, 1 process',
  'kaigi-2': 'Kaigi, 2 processes',
  'hocuspocus-2': 'Hocuspocus 3.4.4 + Redis, 2 processes',
}

async function scaleOutSection(config: Config): Promise<string> {
  const { fanOut, throughput } = config.scaleOut
  const redis = await startRedis()
  const results = new Map<string, ScaleOutFanOutResult>()
  const key = (setup: ScaleOutSetup, subscribers: number) => `${setup}/${subscribers}`
  try {
    for (const subscribers of fanOut.subscriberCounts) {
      for (const setup of SCALE_OUT_SETUPS) {
        process.stderr.write(`scale-out: ${setup}, N = ${subscribers}\n`)
        try {
          results.set(
            key(setup, subscribers),
            await runScaleOutFanOut(setup, redis.url, { ...fanOut, subscribers }),
          )
        } catch (error) {
          // Said in the table rather than failing the bench: the other setups still ran.
          if (!(error instanceof NotSharedError)) throw error
          process.stderr.write(`${error.message}\n`)
        }
      }
    }
    process.stderr.write('scale-out: durable throughput, 1 process\n')
    const one = await runScaleOutThroughput(1, redis.url, throughput)
    process.stderr.write('scale-out: durable throughput, 2 processes on its core\n')
    const two = await runScaleOutThroughput(2, redis.url, throughput)
    process.stderr.write('scale-out: durable throughput, 2 processes on a core each\n')
    const spread = await runScaleOutThroughput(2, redis.url, throughput, 'clients')
    return scaleOutTables(config, results, key, { one, two, spread })
  } finally {
    await redis.stop()
  }
}

function scaleOutTables(
  config: Config,
  results: Map<string, ScaleOutFanOutResult>,
  key: (setup: ScaleOutSetup, subscribers: number) => string,
  throughputs: Record<'one' | 'two' | 'spread', ScaleOutThroughputResult>,
): string {
  const { one, two, spread } = throughputs
  const { fanOut, throughput } = config.scaleOut
  const parts = [
    '### Scale-out: one process against two on one redis-server',
    '',
    `Fan-out: ${fanOut.edits} measured edits (after ${fanOut.warmupEdits} unmeasured) of one ` +
      `character, one every ${fanOut.paceMs} ms, one run per setup on fresh processes and one ` +
      'redis-server (no persistence) for the whole part. On two processes the subscribers ' +
      'alternate between them and the writer is on the first, so half the deliveries cross ' +
      "Redis; a subscriber on the second process had to receive the writer's first edit before " +
      "anything was measured, and every replica must equal the writer's text at the end. " +
      'Latency: until the **last** subscriber had the edit; "crossed": until the last of those ' +
      'on the second process had it. Both Kaigi processes use one database file. All server ' +
      'processes are pinned to the same core, so two share what one had. Kaigi commits every ' +
      'edit to libSQL before relaying it, on either process; Hocuspocus here stores nothing ' +
      '(with a database extension it would store later, debounced, after relaying). Lower is ' +
      'better; target (reported, not asserted): Kaigi on two processes no slower than ' +
      'Hocuspocus on two at p50.',
  ]
  for (const subscribers of fanOut.subscriberCounts) {
    const row = (label: string, pick: (r: ScaleOutFanOutResult) => number | null) => {
      const value = (setup: ScaleOutSetup) => {
        const result = results.get(key(setup, subscribers))
        return result ? pick(result) : null
      }
      const show = (v: number | null) => (v === null ? '—' : ms(v))
      const over = (a: number | null, b: number | null) =>
        a === null || b === null ? '' : ratio(a / b)
      return [
        label,
        ...SCALE_OUT_SETUPS.map((setup) => show(value(setup))),
        over(value('kaigi-2'), value('kaigi-1')),
        over(value('kaigi-2'), value('hocuspocus-2')),
      ]
    }
    const crossed = (r: ScaleOutFanOutResult, p: number) =>
      r.crossedMs.length === 0 ? null : percentile(r.crossedMs, p)
    const unshared = SCALE_OUT_SETUPS.filter((setup) => !results.has(key(setup, subscribers)))
    parts.push(
      '',
      `**N = ${subscribers}**`,
      ...(unshared.length === 0
        ? []
        : [
            '',
            `Not measured (—): ${unshared.map((setup) => SCALE_OUT_NAMES[setup]).join(', ')}: the ` +
              "writer's edit never reached the subscribers on the second process.",
          ]),
      '',
      table(
        [
          '',
          ...SCALE_OUT_SETUPS.map((setup) => SCALE_OUT_NAMES[setup]),
          'Kaigi 2 / Kaigi 1',
          'Kaigi 2 / Hocuspocus 2',
        ],
        [
          row('edit → all subscribers, p50 (ms)', (r) => percentile(r.latenciesMs, 50)),
          row('edit → all subscribers, p99 (ms)', (r) => percentile(r.latenciesMs, 99)),
          row('edit → all on the second process, p50 (ms)', (r) => crossed(r, 50)),
          row('edit → all on the second process, p99 (ms)', (r) => crossed(r, 99)),
          row(
            `server CPU for ${fanOut.edits} edits, all processes (ms)`,
            (r) => r.editCpuSeconds * 1000,
          ),
        ],
      ),
    )
  }
  parts.push(
    '',
    `Durable throughput: ${throughput.writers} writers, each on its own document with one ` +
      `reader on the same process, ${throughput.window} updates in flight each; on two ` +
      'processes the writers alternate between them, on one database file. Counted at the ' +
      `readers, which Kaigi relays to only after commit, over ${seconds(two.measuredSeconds)} s ` +
      `after ${throughput.warmupMs} ms of warm-up${[one, two, spread].some((r) => r.ranOut) ? ' (cut short: writers ran out of prepared updates)' : ''}; ` +
      `all ${count(one.verifiedUpdates)}, ${count(two.verifiedUpdates)} and ` +
      `${count(spread.verifiedUpdates)} updates sent were read back from the database after ` +
      'the servers stopped. Two processes run twice: both on the core one process had, which ' +
      'shows what the bus and the shared file cost (with the same CPU, two processes cannot ' +
      'do more than one), then on a core each, as a host runs one process per core (the second ' +
      "shares its core with the bench's clients), which shows whether the shared database " +
      'lets a second process add capacity. Target (reported, not asserted): two processes, a ' +
      'core each, at least as many as one.',
    '',
    table(
      ['', 'durable updates per second', 'server CPU (of a core)', 'this / 1 process'],
      [
        ['Kaigi, 1 process', count(one.updatesPerSecond), percent(one.serverCpuShare), ''],
        ...(
          [
            ['Kaigi, 2 processes on its core', two],
            ['Kaigi, 2 processes, a core each', spread],
          ] as const
        ).map(([label, result]) => [
          label,
          count(result.updatesPerSecond),
          percent(result.serverCpuShare),
          ratio(result.updatesPerSecond / one.updatesPerSecond),
        ]),
      ],
    ),
  )
  return parts.join('\n')
}

// An interrupted bench must not leave servers running.
process.on('exit', killAllServers)
process.on('exit', killScaleOutChildren)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `\nBENCH FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    process.exit(1)
  },
)
