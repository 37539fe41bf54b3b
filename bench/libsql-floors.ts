import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type InStatement } from '@libsql/client'
import { percentile, sleep } from './stats'

/**
 * The storage floors from the brief, measured in the same run: @libsql/client
 * straight on a local file, no drizzle, no server, in WAL mode with
 * synchronous=FULL (every commit fsynced), as Kaigi configures its database.
 * The table has the shape of Kaigi's update log (same columns and index),
 * so a floor row costs what one of Kaigi's rows costs to store.
 */

export interface LibsqlFloors {
  /** Autocommit INSERTs, one row per transaction, per second. */
  singleRowTxPerSecond: number
  /** Rows per second, committed as transactions (client.batch) of `batchSize` INSERTs. */
  batchedRowsPerSecond: number
  batchSize: number
  /**
   * One-row commits spaced `gapMs` apart, as the fan-out's edits are: the
   * least time Kaigi can add before relaying an edit. An idle disk answers a
   * lone fsync more slowly than one in a stream, hence measured apart.
   * With synchronous=NORMAL too, which in WAL mode skips the fsync per commit
   * (durable across a killed process, not across a power cut).
   */
  isolatedCommitMs: { full: Latency; normal: Latency; gapMs: number }
}

export interface Latency {
  p50: number
  p99: number
  /** The CPU time of one commit in this process (user and system), p50, in ms. */
  cpuP50: number
}

const CREATE_TABLE = [
  `CREATE TABLE document_updates (
    id integer PRIMARY KEY NOT NULL,
    doc_name text NOT NULL,
    "update" blob NOT NULL,
    created_at integer NOT NULL
  )`,
  'CREATE INDEX document_updates_doc_name_id ON document_updates (doc_name, id)',
]
const INSERT = 'INSERT INTO document_updates (doc_name, "update", created_at) VALUES (?, ?, ?)'
// About the size of a one-character Y.Text insert from a long-lived client.
const UPDATE_BYTES = 24

export async function measureLibsqlFloors(options: {
  secondsEach: number
  batchSize: number
  isolatedCommits: number
  gapMs: number
}): Promise<LibsqlFloors> {
  const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-floor-'))
  const client = createClient({ url: `file:${join(folder, 'floor.db')}` })
  try {
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('PRAGMA synchronous = FULL')
    const synchronous = await client.execute('PRAGMA synchronous')
    if (Number(synchronous.rows[0]?.[0]) !== 2) throw new Error('synchronous=FULL did not take')
    for (const sql of CREATE_TABLE) await client.execute(sql)

    const row = (): InStatement => ({
      sql: INSERT,
      args: ['floor', new Uint8Array(UPDATE_BYTES), Date.now()],
    })
    const singleRowTxPerSecond = await ratePerSecond(options.secondsEach, async () => {
      await client.execute(row())
      return 1
    })
    const batchedRowsPerSecond = await ratePerSecond(options.secondsEach, async () => {
      await client.batch(Array.from({ length: options.batchSize }, row), 'write')
      return options.batchSize
    })
    const isolated = async (): Promise<Latency> => {
      const times: number[] = []
      const cpuTimes: number[] = []
      for (let i = 0; i < options.isolatedCommits; i++) {
        await sleep(options.gapMs)
        const start = performance.now()
        const cpuStart = process.cpuUsage()
        await client.execute(row())
        const cpu = process.cpuUsage(cpuStart)
        times.push(performance.now() - start)
        cpuTimes.push((cpu.user + cpu.system) / 1000)
      }
      return {
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        cpuP50: percentile(cpuTimes, 50),
      }
    }
    const full = await isolated()
    await client.execute('PRAGMA synchronous = NORMAL')
    const normal = await isolated()
    return {
      singleRowTxPerSecond,
      batchedRowsPerSecond,
      batchSize: options.batchSize,
      isolatedCommitMs: { full, normal, gapMs: options.gapMs },
    }
  } finally {
    client.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Repeats `step` (which returns how many rows it committed) for `seconds`; rows per second. */
async function ratePerSecond(seconds: number, step: () => Promise<number>): Promise<number> {
  for (let i = 0; i < 20; i++) await step() // warm up
  let rows = 0
  const start = performance.now()
  const end = start + seconds * 1000
  while (performance.now() < end) rows += await step()
  return rows / ((performance.now() - start) / 1000)
}
