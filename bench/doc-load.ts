import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { createDb } from '../db/index'
import { createLogger } from '../server/logger'
import { CommitQueue } from '../server/sync/commit-queue'
import { LibsqlDocStore } from '../server/sync/libsql-doc-store'
import { Room } from '../server/sync/room'
import type { RoomDeps } from '../server/sync/room-deps'
import { median, timeRuns } from './stats'

/**
 * Document load: how long Kaigi takes to load a document whose history is
 * many small updates, database read included, before and after compaction,
 * against the floor of applying the compacted state to a fresh Y.Doc in
 * this same process. Loads go through `Room.load`, as the server's first
 * connection to a document does.
 */

export interface DocLoadOptions {
  updates: number
  /** Timed repetitions of the slow measurements (the long log); the median is reported. */
  repetitions: number
  /** Timed repetitions of the fast ones (after compaction, the floor): more, as they are noisier. */
  fastRepetitions: number
}

export interface DocLoadResult {
  updates: number
  snapshotBytes: number
  /** Medians, ms. */
  beforeCompactionMs: number
  beforeCompactionReadMs: number
  /** The whole compaction: encode, snapshot, every part of the pruning. */
  compactionMs: number
  /** Its longest single task: the longest a batch queued meanwhile waits. */
  compactionLongestStepMs: number
  compactionSteps: number
  afterCompactionMs: number
  afterCompactionReadMs: number
  floorMs: number
  /** afterCompactionMs / floorMs; the issue asks for at most 1.25. */
  ratio: number
}

/** The writer, timing each of its maintenance tasks (a compaction's steps). */
class TimedWriter extends CommitQueue {
  longestTaskMs = 0
  tasksRun = 0

  override exclusive(task: () => Promise<void>): void {
    super.exclusive(async () => {
      const start = performance.now()
      try {
        await task()
      } finally {
        this.longestTaskMs = Math.max(this.longestTaskMs, performance.now() - start)
        this.tasksRun++
      }
    })
  }
}

const DOC_NAME = 'history'
const TYPISTS = 3
const LONGEST_RUN = 20

export async function runDocLoad(options: DocLoadOptions): Promise<DocLoadResult> {
  const history = buildHistory(options.updates, 0x6b616967)
  const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-load-'))
  const database = await createDb(`file:${join(folder, 'load.db')}`)
  try {
    await database.migrate()
    const store = new LibsqlDocStore(database)
    // Stored as the server stores them: in group-commit batches.
    for (let i = 0; i < history.updates.length; i += 500) {
      await store.append(
        history.updates.slice(i, i + 500).map((update) => ({ docName: DOC_NAME, update })),
      )
    }
    const deps = (compactAfterUpdates: number): RoomDeps & { writer: TimedWriter } => ({
      store,
      writer: new TimedWriter(store, (error) => {
        throw error
      }),
      log: createLogger('silent'),
      compactAfterUpdates,
    })
    // A threshold no history reaches: Room.load must not compact yet.
    const neverCompact = deps(Number.MAX_SAFE_INTEGER)
    const loadRoom = () => Room.load(DOC_NAME, neverCompact)
    const checkRoom = (room: Room) => {
      const text = room.doc.getText('t').toString()
      room.close(1000, 'measured')
      if (text !== history.text) throw new Error('the loaded document differs from the history')
    }
    const readOnly = () => store.load(DOC_NAME)

    const stored = await store.load(DOC_NAME)
    if (stored.snapshot !== null || stored.updates.length !== options.updates) {
      throw new Error(`expected ${options.updates} stored updates and no snapshot`)
    }
    const beforeCompactionMs = median(await timeRuns(options.repetitions, 1, loadRoom, checkRoom))
    const beforeCompactionReadMs = median(await timeRuns(options.repetitions, 1, readOnly))

    // The server's own compaction: a room loaded past its threshold folds
    // the log into one snapshot through the writer.
    const compacting = deps(1000)
    const room = await Room.load(DOC_NAME, compacting)
    const compactionStart = performance.now()
    await compacting.writer.drain()
    const compactionMs = performance.now() - compactionStart
    room.close(1000, 'compacted')
    const compacted = await store.load(DOC_NAME)
    if (!compacted.snapshot || compacted.updates.length > 0) {
      throw new Error(`compaction left ${compacted.updates.length} updates and no snapshot`)
    }

    // The floor: the compacted state of the loaded document, applied to a
    // fresh document, with nothing read from anywhere.
    const loaded = await Room.load(DOC_NAME, neverCompact)
    const state = Y.encodeStateAsUpdate(loaded.doc)
    loaded.close(1000, 'measured')
    const applyState = () => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, state)
      return doc
    }
    const checkDoc = (doc: Y.Doc) => {
      const text = doc.getText('t').toString()
      doc.destroy()
      if (text !== history.text) throw new Error('the floor document differs from the history')
    }
    // Load and floor take turns, so that drift (heap growth, clock speed)
    // weighs on both alike; both are a few milliseconds.
    const after: number[] = []
    const floor: number[] = []
    for (let i = 0; i < options.fastRepetitions; i++) {
      after.push(...(await timeRuns(1, i === 0 ? 1 : 0, loadRoom, checkRoom)))
      floor.push(...(await timeRuns(1, i === 0 ? 1 : 0, applyState, checkDoc)))
    }
    const afterCompactionMs = median(after)
    const floorMs = median(floor)
    const afterCompactionReadMs = median(await timeRuns(options.fastRepetitions, 1, readOnly))
    return {
      updates: options.updates,
      snapshotBytes: compacted.snapshot.byteLength,
      beforeCompactionMs,
      beforeCompactionReadMs,
      compactionMs,
      compactionLongestStepMs: compacting.writer.longestTaskMs,
      compactionSteps: compacting.writer.tasksRun,
      afterCompactionMs,
      afterCompactionReadMs,
      floorMs,
      ratio: afterCompactionMs / floorMs,
    }
  } finally {
    database.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * A history of `count` single-character inserts by a few people typing
 * together: each types a run of characters at a random place, and every
 * update reaches the others at once (as they would, online). Runs at random
 * places fragment the text into many items, as real editing does; one
 * typist appending at the end would compact into a single item and make the
 * floor trivially small. Seeded, so every run builds the same history.
 */
function buildHistory(count: number, seed: number): { updates: Uint8Array[]; text: string } {
  const random = mulberry32(seed)
  const docs = Array.from({ length: TYPISTS }, (_, i) => {
    const doc = new Y.Doc()
    doc.clientID = i + 1
    return doc
  })
  const updates: Uint8Array[] = []
  for (const doc of docs) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'peer') return
      updates.push(update)
      for (const other of docs) if (other !== doc) Y.applyUpdate(other, update, 'peer')
    })
  }
  while (updates.length < count) {
    const text = (docs[Math.floor(random() * TYPISTS)] as Y.Doc).getText('t')
    let position = Math.floor(random() * (text.length + 1))
    const run = 1 + Math.floor(random() * LONGEST_RUN)
    for (let i = 0; i < run && updates.length < count; i++) {
      text.insert(position++, String.fromCharCode(97 + Math.floor(random() * 26)))
    }
  }
  const text = (docs[0] as Y.Doc).getText('t').toString()
  for (const doc of docs) doc.destroy()
  return { updates, text }
}

/** A small seeded PRNG (Mulberry32), enough for reproducible test data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
