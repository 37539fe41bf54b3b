import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type InStatement } from '@libsql/client'
import Libsql from 'libsql'
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
   * (durable across a killed process, not across a power cut). And with
   * FULL through libSQL's own driver with the statement prepared once, as
   * Kaigi writes its edits (db/local-writer.ts), taking turns with the
   * client's commits so that both meet the same disk.
   */
  isolatedCommitMs: { full: Latency; normal: Latency; prepared: Latency; gapMs: number }
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
    // The same file through the driver, the statement prepared once.
    const driver = new Libsql(join(folder, 'floor.db'))
    driver.exec('PRAGMA synchronous = FULL')
    const prepared = driver.prepare(INSERT)
    const commits = {
      client: () => client.execute(row()),
      prepared: async () => {
        prepared.run(['floor', new Uint8Array(UPDATE_BYTES), Date.now()])
      },
    }
    /** Lone commits of each kind in turn, `gapMs` apart. */
    const isolated = async <K extends keyof typeof commits>(
      kinds: readonly K[],
    ): Promise<Record<K, Latency>> => {
      const times = new Map(kinds.map((kind) => [kind, [] as number[]]))
      const cpuTimes = new Map(kinds.map((kind) => [kind, [] as number[]]))
      for (let i = 0; i < options.isolatedCommits; i++) {
        for (const kind of kinds) {
          await sleep(options.gapMs)
          const start = performance.now()
          const cpuStart = process.cpuUsage()
          await commits[kind]()
          const cpu = process.cpuUsage(cpuStart)
          times.get(kind)?.push(performance.now() - start)
          cpuTimes.get(kind)?.push((cpu.user + cpu.system) / 1000)
        }
      }
      const latency = (kind: K): Latency => ({
        p50: percentile(times.get(kind) ?? [], 50),
        p99: percentile(times.get(kind) ?? [], 99),
        cpuP50: percentile(cpuTimes.get(kind) ?? [], 50),
      })
      return Object.fromEntries(kinds.map((kind) => [kind, latency(kind)])) as Record<K, Latency>
    }
    const full = await isolated(['client', 'prepared'])
    driver.close()
    await client.execute('PRAGMA synchronous = NORMAL')
    const normal = await isolated(['client'])
    return {
      singleRowTxPerSecond,
      batchedRowsPerSecond,
      batchSize: options.batchSize,
      isolatedCommitMs: {
        full: full.client,
        normal: normal.client,
        prepared: full.prepared,
        gapMs: options.gapMs,
      },
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
