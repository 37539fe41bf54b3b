/**
 * `npm run backup` and `npm run restore`, run as the host runs them: real
 * child processes on real database files, a real server writing meanwhile.
 */
import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createClient } from '@libsql/client'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createDb } from '../../../db'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { backupDatabase } from '../../../server/operations/backup'
import { OperationRefused } from '../../../server/operations/database-file'
import { restoreDatabase } from '../../../server/operations/restore'
import { editionDocName } from '../../../shared/editions'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedDoc } from '../../helpers/demo-server'
import { freePort, killSpawnedServers, spawnServer } from '../../helpers/server-process'
import { startServer, type TestServer } from '../../helpers/start-server'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'kaigi-backup-'))
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  killSpawnedServers()
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `scripts/<name>.ts <file>` as `npm run <name> -- <file>` does, on `databaseUrl`. */
function runScript(name: 'backup' | 'restore', file: string, databaseUrl: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${name}.ts`, file],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

async function started(overrides: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(overrides)
  cleanups.push(async () => {
    await s.close()
    s.cleanup()
  })
  return s
}

function client(syncUrl: string, docName: string): TestClient {
  const c = connectClient(syncUrl, docName)
  cleanups.push(() => c.destroy())
  return c
}

/** The keys `0`…`n-1` of a stream of edits, as numbers, in order. */
const editKeys = (doc: Y.Doc): number[] =>
  [...doc.getMap('edits').keys()].map(Number).sort((a, b) => a - b)

const files = (dir: string): string[] => readdirSync(dir).sort()

describe('backup', () => {
  it('copies the live database while a member edits: every edition, and every edit committed before it began, with no gap', async () => {
    const live = await started({ seeds: DEMO_SEEDS })
    const member = client(live.syncUrl, 'programme')
    await synced(member)
    let stop = false
    let sent = 0
    const stream = (async () => {
      while (!stop) {
        member.doc.getMap('edits').set(String(sent), sent)
        sent++
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    })()
    await until(() => sent >= 50, 10_000, 'a first stream of edits')
    const before = editKeys(await storedDoc(live, 'programme')).length
    expect(before).toBeGreaterThan(0)

    const target = join(folder, 'during-edits.db')
    const run = await runScript('backup', target, live.databaseUrl)
    const sentByThen = sent
    stop = true
    await stream
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Backup written to ${target}`)
    expect(run.stdout).toMatch(/document_updates: \d+ rows/)
    expect(run.stdout).toMatch(/editions: 4 rows/)

    // A fresh Kaigi on a copy of the backup, so the backup itself stays as written.
    const copy = join(folder, 'opened.db')
    copyFileSync(target, copy)
    const restored = await started({ databaseUrl: pathToFileURL(copy).href })
    const keys = editKeys(await storedDoc(restored, 'programme'))
    expect(keys.length).toBeGreaterThanOrEqual(before)
    expect(keys.length).toBeLessThanOrEqual(sentByThen)
    expect(keys).toEqual([...Array(keys.length).keys()])
    for (const { id } of DEMO_SEEDS) {
      const original = await storedDoc(live, editionDocName(id))
      const backedUp = await storedDoc(restored, editionDocName(id))
      expect(backedUp.share.size).toBeGreaterThan(0)
      expect(Y.encodeStateVector(backedUp)).toEqual(Y.encodeStateVector(original))
      expect(backedUp.getMap('meta').toJSON()).toEqual(original.getMap('meta').toJSON())
    }
  })

  it('refuses a target that exists, changing nothing, in one line with exit code 1', async () => {
    const live = await started({})
    const target = join(folder, 'taken.db')
    writeFileSync(target, 'keep me')
    const run = await runScript('backup', target, live.databaseUrl)
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toEqual([
      `backup refused: ${target} already exists: choose a new file name`,
    ])
    expect(readFileSync(target, 'utf8')).toBe('keep me')
  })

  it("refuses a remote libSQL database, naming the provider's own backup", async () => {
    for (const url of ['libsql://kaigi.example.org', 'https://kaigi.example.org']) {
      const refused = backupDatabase(url, join(folder, 'remote.db'))
      await expect(refused).rejects.toThrow(OperationRefused)
      await expect(refused).rejects.toThrow(/provider's own backup/)
    }
    expect(existsSync(join(folder, 'remote.db'))).toBe(false)
  })
})

describe('restore', () => {
  it('refuses a file that is not a SQLite database, or not Kaigi’s, changing nothing', async () => {
    const dir = mkdtempSync(join(folder, 'refuse-'))
    const database = join(dir, 'kaigi.db')
    writeFileSync(database, 'the installation as it was')
    const text = join(folder, 'notes.txt')
    writeFileSync(text, 'not a database')
    const other = join(folder, 'other.db')
    const otherClient = createClient({ url: pathToFileURL(other).href })
    await otherClient.execute('CREATE TABLE notes (body TEXT)')
    otherClient.close()

    const run = await runScript('restore', text, pathToFileURL(database).href)
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(`restore refused: ${text} is not a SQLite database`)
    await expect(restoreDatabase(pathToFileURL(database).href, other)).rejects.toThrow(
      /not Kaigi's \(no __drizzle_migrations table\)/,
    )
    expect(files(dir)).toEqual(['kaigi.db'])
    expect(readFileSync(database, 'utf8')).toBe('the installation as it was')
  })

  it('brings back a backup older than the code into an installation with no database, and the start migrates it', async () => {
    const old = join(folder, 'old-schema.db')
    const oldDb = await createDb(pathToFileURL(old).href)
    await oldDb.migrate()
    const migrations = async (client: { execute(sql: string): Promise<{ rows: unknown[] }> }) =>
      (await client.execute('SELECT id FROM __drizzle_migrations')).rows.length
    const latest = await migrations(oldDb.client)
    // As a database made before the outbox existed: the outbox's tables, the
    // snapshot's log bound, the editions' checked text layout, and their
    // three migrations undone.
    await oldDb.client.execute('DROP TABLE outbox_messages')
    await oldDb.client.execute('DROP TABLE outbox_sends')
    await oldDb.client.execute('ALTER TABLE documents DROP COLUMN compacted_through')
    await oldDb.client.execute('ALTER TABLE editions DROP COLUMN text_layout')
    await oldDb.client.execute(
      'DELETE FROM __drizzle_migrations WHERE rowid IN (SELECT rowid FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 3)',
    )
    const kept = new Y.Doc()
    kept.getMap('edits').set('kept', 'from the old backup')
    await oldDb.client.execute({
      sql: 'INSERT INTO documents (name, snapshot, compacted_at) VALUES (?, ?, ?)',
      args: [`programme`, Y.encodeStateAsUpdate(kept), Date.now()],
    })
    const backup = join(folder, 'old-backup.db')
    await backupDatabase(pathToFileURL(old).href, backup)
    oldDb.close()

    const dir = mkdtempSync(join(folder, 'empty-install-'))
    const databaseUrl = pathToFileURL(join(dir, 'kaigi.db')).href
    const done = await runScript('restore', backup, databaseUrl)
    expect(done.stderr).toBe('')
    expect(done.stdout).toContain(`(${latest - 3} migrations applied in it)`)
    expect(done.stdout).not.toContain('kept as')
    const server = await spawnServer({ port: await freePort(), databaseUrl })
    const reader = client(server.syncUrl, 'programme')
    await synced(reader)
    expect(reader.doc.getMap('edits').get('kept')).toBe('from the old backup')
    reader.destroy()
    server.child.kill('SIGTERM')
    await server.exited
    const after = createClient({ url: databaseUrl })
    expect(await migrations(after)).toBe(latest)
    const outbox = await after.execute("SELECT name FROM sqlite_master WHERE name = 'outbox_sends'")
    expect(outbox.rows).toHaveLength(1)
    after.close()
  })

  it('refuses while the server runs, changing nothing; once it is stopped, brings the backup back and the next start serves it', async () => {
    const dir = mkdtempSync(join(folder, 'install-'))
    const databaseUrl = pathToFileURL(join(dir, 'kaigi.db')).href
    const port = await freePort()
    const first = await spawnServer({ port, databaseUrl })
    const a = client(first.syncUrl, 'programme')
    await synced(a)
    a.doc.getMap('edits').set('kept', 'in the backup')
    const witness = client(first.syncUrl, 'programme')
    await until(() => witness.doc.getMap('edits').get('kept') === 'in the backup')

    const backup = join(folder, 'install-backup.db')
    const made = await runScript('backup', backup, databaseUrl)
    expect(made.code).toBe(0)
    a.doc.getMap('edits').set('after', 'not in the backup')
    await until(() => witness.doc.getMap('edits').get('after') === 'not in the backup')

    const inUse = await runScript('restore', backup, databaseUrl)
    expect(inUse.code).toBe(1)
    expect(inUse.stderr).toMatch(/^restore refused: .*kaigi\.db is in use .*stop Kaigi/)
    expect(inUse.stderr.trim().split('\n')).toHaveLength(1)
    expect(files(dir).filter((name) => name.includes('before-restore'))).toEqual([])
    // The running server is untouched: it still takes and serves edits.
    a.doc.getMap('edits').set('still', 'served')
    await until(() => witness.doc.getMap('edits').get('still') === 'served')

    a.destroy()
    witness.destroy()
    first.child.kill('SIGTERM')
    await first.exited

    const done = await runScript('restore', backup, databaseUrl)
    expect(done.stderr).toBe('')
    expect(done.code).toBe(0)
    const aside = files(dir).filter((name) => name.startsWith('kaigi.db.before-restore-'))
    expect(aside[0]).toMatch(/^kaigi\.db\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)
    expect(done.stdout).toContain(
      `The database it replaced is kept as ${join(dir, aside[0] ?? '')}`,
    )

    const second = await spawnServer({ port: await freePort(), databaseUrl })
    const b = client(second.syncUrl, 'programme')
    await synced(b)
    expect(b.doc.getMap('edits').get('kept')).toBe('in the backup')
    expect(b.doc.getMap('edits').has('after')).toBe(false)
    expect(b.doc.getMap('edits').has('still')).toBe(false)
    second.child.kill('SIGTERM')
    await second.exited
  })
})
