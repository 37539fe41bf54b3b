import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Libsql from 'libsql'
import * as Y from 'yjs'
import { createDb } from '../db'
import { createLogger } from '../server/logger'
import { encodeSyncUpdate } from '../server/sync/codec'
import { CommitQueue } from '../server/sync/commit-queue'
import type { DocStore, PendingUpdate } from '../server/sync/doc-store'
import { LibsqlDocStore } from '../server/sync/libsql-doc-store'
import { Room } from '../server/sync/room'
import { memberAccess } from '../tests/helpers/access'
import { ms, ratio, table } from './markdown'
import { percentile } from './stats'

/**
 * Where an edit's time goes on its way through one room, in this process:
 * the room's receive (read, validate, apply, queue), the wait for the
 * commit queue's turn, the store's append (the commit, fsync included) and
 * the relay to the room's other socket; beside lone one-row commits into
 * the same database between two edits, one through @libsql/client and one
 * through a statement prepared once, as Kaigi makes its commits (its own
 * connection, db/local-writer.ts). No sockets and no network: what Kaigi's
 * own code adds to the commit.
 *
 * The receive is timed twice more, as is Yjs's own `applyUpdate` of the
 * same edit into a bare document (what any Yjs server does with it): after
 * a pause, as the edits come, and back to back, the next edit received as
 * soon as the last is relayed. The two differ several times over on the bench
 * machine, the same code and data being cold after a pause and warm back to
 * back.
 */
export interface CommitPathOptions {
  edits: number
  warmup: number
  gapMs: number
}

const STAGES = ['receive', 'wait', 'commit', 'relay', 'total', 'lone', 'prepared'] as const
/** Timed after a pause and back to back. */
const WARMTH_STAGES = ['receive', 'apply', 'receiveBackToBack', 'applyBackToBack'] as const
type WarmthStage = (typeof WARMTH_STAGES)[number]
type Stage = (typeof STAGES)[number]

type Samples = Record<Stage | WarmthStage, number[]>

export async function runCommitPath(options: CommitPathOptions): Promise<Samples> {
  const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-commit-path-'))
  const database = await createDb(`file:${join(folder, 'kaigi.db')}`)
  await database.migrate()
  const inner = new LibsqlDocStore(database)
  let appendStart = 0
  let appendEnd = 0
  const store: DocStore = {
    load: (docName) => inner.load(docName),
    compact: (docName, snapshot, through) => inner.compact(docName, snapshot, through),
    pruneFolded: (docName, limit) => inner.pruneFolded(docName, limit),
    loadSince: (docName, through) => inner.loadSince(docName, through),
    async append(updates: readonly PendingUpdate[]) {
      appendStart = performance.now()
      await inner.append(updates)
      appendEnd = performance.now()
    },
  }
  const writer = new CommitQueue(store, () => {})
  const room = await Room.load('notes', {
    store,
    writer,
    log: createLogger('silent'),
    compactAfterUpdates: options.edits + options.warmup + 1,
  })
  let relayed = () => {}
  room.join(
    { send: () => relayed(), close: () => {} },
    memberAccess({ personId: 'person-reader', sessionHash: 'session-reader' }),
  )
  const editor = room.join(
    { send: () => {}, close: () => {} },
    memberAccess({ personId: 'person-editor', sessionHash: 'session-editor' }),
  )
  await database.client.execute('CREATE TABLE lone (id INTEGER PRIMARY KEY, doc TEXT, body BLOB)')
  const LONE = 'INSERT INTO lone (doc, body) VALUES (?, ?)'
  const driver = new Libsql(join(folder, 'kaigi.db'))
  driver.exec('PRAGMA synchronous = FULL')
  const preparedLone = driver.prepare(LONE)
  const samples = Object.fromEntries(
    [...STAGES, ...WARMTH_STAGES].map((stage) => [stage, [] as number[]]),
  ) as Samples
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.gapMs))
  const doc = new Y.Doc()
  const text = doc.getText('t')
  // Yjs alone: the same updates applied to a document nothing else reads.
  const bare = new Y.Doc()
  const nextEdit = () => {
    let update: Uint8Array = new Uint8Array()
    const capture = (captured: Uint8Array) => {
      update = captured
    }
    doc.on('update', capture)
    text.insert(text.length, 'x')
    doc.off('update', capture)
    return update
  }
  const timedApply = (update: Uint8Array) => {
    const begin = performance.now()
    Y.applyUpdate(bare, update)
    return performance.now() - begin
  }
  const receiveUntilRelayed = async (update: Uint8Array) => {
    const done = new Promise<void>((resolve) => {
      relayed = resolve
    })
    const begin = performance.now()
    room.receive(editor, encodeSyncUpdate(update))
    const received = performance.now()
    await done
    return { begin, received, end: performance.now() }
  }
  try {
    for (let edit = 0; edit < options.warmup + options.edits; edit++) {
      const update = nextEdit()
      const { begin, received, end } = await receiveUntilRelayed(update)
      await pause()
      const applied = timedApply(update)
      await pause()
      const loneBegin = performance.now()
      await database.client.execute({ sql: LONE, args: ['notes', update] })
      const loneEnd = performance.now()
      await pause()
      const preparedBegin = performance.now()
      preparedLone.run(['notes', update])
      const preparedEnd = performance.now()
      await pause()
      if (edit < options.warmup) continue
      samples.receive.push(received - begin)
      samples.wait.push(appendStart - received)
      samples.commit.push(appendEnd - appendStart)
      samples.relay.push(end - appendEnd)
      samples.total.push(end - begin)
      samples.lone.push(loneEnd - loneBegin)
      samples.prepared.push(preparedEnd - preparedBegin)
      samples.apply.push(applied)
    }
    for (let edit = 0; edit < options.edits; edit++) {
      const update = nextEdit()
      const { begin, received } = await receiveUntilRelayed(update)
      samples.receiveBackToBack.push(received - begin)
      samples.applyBackToBack.push(timedApply(update))
    }
  } finally {
    room.close(1000, 'bench over')
    driver.close()
    database.close()
    rmSync(folder, { recursive: true, force: true })
  }
  return samples
}

const LABELS: Record<Stage, string> = {
  receive: "the room's receive: read, validate, apply, queue",
  wait: "wait for the commit queue's turn",
  commit: "the store's append: the commit, fsync included",
  relay: 'relay to the other socket',
  total: 'frame in → relay out, in all',
  lone: 'a lone one-row commit through @libsql/client',
  prepared: 'a lone one-row commit, statement prepared once',
}

const WARMTH_ROWS: Array<[string, WarmthStage, WarmthStage]> = [
  ["the room's receive: read, validate, apply, queue", 'receive', 'receiveBackToBack'],
  ["Yjs's applyUpdate alone, into a bare document", 'apply', 'applyBackToBack'],
]

const microseconds = (milliseconds: number): string => (milliseconds * 1000).toFixed(0)

export async function commitPathSection(options: CommitPathOptions): Promise<string> {
  const samples = await runCommitPath(options)
  const beyond = (lone: number[]) => ms(percentile(samples.total, 50) - percentile(lone, 50))
  const receiveOverApply = (receive: WarmthStage, apply: WarmthStage) =>
    percentile(samples[receive], 50) / percentile(samples[apply], 50)
  return [
    "### An edit's path through one room",
    '',
    `${options.edits} one-character edits (after ${options.warmup} unmeasured), one every ` +
      `${4 * options.gapMs} ms, each received by a room in this process over the real libSQL store ` +
      '(WAL, synchronous=FULL) and relayed to its one other socket; between two edits, ' +
      `${options.gapMs} ms apart, two lone one-row commits into the same database, through ` +
      '@libsql/client and through a statement prepared once as Kaigi commits, and the edit ' +
      "applied by Yjs alone to a bare document. No sockets, no network: what Kaigi's own " +
      'code adds to the commit.',
    '',
    table(
      ['', 'p50 (ms)', 'p90 (ms)', 'p99 (ms)'],
      STAGES.map((stage) => [
        LABELS[stage],
        ms(percentile(samples[stage], 50)),
        ms(percentile(samples[stage], 90)),
        ms(percentile(samples[stage], 99)),
      ]),
    ),
    '',
    `Kaigi's own path beyond a lone commit, p50: ${beyond(samples.lone)} ms beyond the ` +
      `client's, ${beyond(samples.prepared)} ms beyond one prepared as Kaigi's are.`,
    '',
    `The receive and Yjs's own apply after a ${options.gapMs} ms pause, as above, and back to ` +
      `back: ${options.edits} more edits, each received as soon as the last was relayed and ` +
      'applied to the bare document after it. The same code on the same data: after a pause it ' +
      "runs cold, Yjs's own apply as much as Kaigi's receive.",
    '',
    table(
      ['', 'after a pause, p50 (µs)', 'back to back, p50 (µs)', 'pause / back to back'],
      WARMTH_ROWS.map(([label, paced, backToBack]) => {
        const [p, b] = [percentile(samples[paced], 50), percentile(samples[backToBack], 50)]
        return [label, microseconds(p), microseconds(b), ratio(p / b)]
      }),
    ),
    '',
    `Kaigi's receive over Yjs's apply alone, p50: ${ratio(receiveOverApply('receive', 'apply'))} ` +
      `after a pause, ${ratio(receiveOverApply('receiveBackToBack', 'applyBackToBack'))} back ` +
      'to back.',
  ].join('\n')
}
