import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { Role } from '../../../shared/access'
import { until } from '../../helpers/clients'
import { startServer } from '../../helpers/start-server'

const ROOT = resolve(import.meta.dirname, '../../..')

/**
 * Starts `server/main.ts` as `npm start` does, on a fresh database with no
 * owner, and collects its output until the owner link has been printed.
 */
function startFirstTime(
  folder: string,
): Promise<{ child: ChildProcess; output: { out: string; err: string } }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${join(folder, 'kaigi.db')}`,
    PORT: '0',
    LOG_LEVEL: 'info',
    CLIENT_DIR: join(folder, 'no-client'),
  }
  delete env.KAIGI_OWNER_TOKEN
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
  })
  const output = { out: '', err: '' }
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      output.out += chunk
    })
    child.stderr.on('data', (chunk) => {
      output.err += chunk
      if (/\/invite\/\S+\n/.test(output.err)) done({ child, output })
    })
    child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${output.err}`)))
  })
}

describe('the first start', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup()
  })

  it('prints the owner link for the person starting Kaigi and keeps its token out of the log', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kaigi-owner-link-'))
    const started = await startFirstTime(folder)
    cleanups.push(() => {
      started.child.kill('SIGKILL')
      rmSync(folder, { recursive: true, force: true })
    })
    const token = /\/invite\/(\S+)\n/.exec(started.output.err)?.[1]
    expect(token).toMatch(/^[\w-]{16,}$/)
    // The log line written alongside the link, and everything before it.
    await until(() => started.output.out.includes('"event":"owner-link"'), 10_000, 'its log line')
    const lines = started.output.out.split('\n').filter((line) => line.trim() !== '')
    for (const line of lines) expect(line).not.toContain(token)
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    const created = events.find((event) => event.event === 'owner-link')
    expect(created).toBeDefined()
    expect(new Date(String(created?.expiresAt)).getTime()).toBeGreaterThan(Date.now())
  })
})

describe('a request that fails', () => {
  it('is logged with its route, not with the invitation token in its path', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(
          ...String(chunk)
            .split('\n')
            .filter((line) => line !== ''),
        )
        done()
      },
    })
    const s = await startServer({ log: pino({ level: 'info', base: undefined }, sink) })
    const { token } = await s.kaigi.access.invitations.create({
      editionId: null,
      role: Role.Owner,
      committee: null,
      createdBy: null,
      expiresInHours: 24,
      maxUses: 1,
    })
    // A database that stops answering: accepting the link fails inside the server.
    s.kaigi.database.client.close()
    const response = await fetch(`${s.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Claire Martin' }),
    })
    expect(response.status).toBe(500)
    const failed = lines.map((line) => JSON.parse(line)).find((l) => l.msg === 'request failed')
    expect(failed?.path).toBe('/api/invitations/:token/accept')
    for (const line of lines) expect(line).not.toContain(token)
    await s.close().catch(() => undefined)
    s.cleanup()
  })
})
