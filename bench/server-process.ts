import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { signIn } from '../tests/helpers/sign-in'
import { anchorEntry, buildServers, KAIGI_ENTRY } from './built-servers'
import { onServerCore, type ServerCore } from './cpu-pinning'
import { cpuSeconds, peakRssBytes, rssBytes } from './proc-stats'

/**
 * Each server under test runs alone in its own child process, so its CPU
 * time and memory can be read from /proc without counting the clients', and
 * one server's garbage never slows another's run.
 */

import { REPO_ROOT } from './repo-root'

export { REPO_ROOT }

export type ServerKind = 'kaigi' | 'y-websocket-server' | 'hocuspocus' | 'durable-floor'

/** How to start each server: each built, as it would run in production (see built-servers.ts). */
const ENTRY_POINTS: Record<ServerKind, () => string> = {
  kaigi: () => KAIGI_ENTRY,
  'y-websocket-server': () => anchorEntry('y-websocket-server'),
  hocuspocus: () => anchorEntry('hocuspocus'),
  'durable-floor': () => anchorEntry('durable-floor'),
}

/** Signs the bench in as Kaigi's owner (`KAIGI_OWNER_TOKEN`). */
const OWNER_TOKEN = randomBytes(24).toString('base64url')

const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 15_000
const KEPT_OUTPUT_LINES = 40

export interface ServerProcess {
  kind: ServerKind
  port: number
  pid: number
  /** The database file, for Kaigi (the anchors keep nothing). */
  databasePath: string | null
  /**
   * Signs a new person in as Kaigi's owner and returns their session cookie,
   * for clients of a server that admits members only (and caps the sockets
   * of one person); undefined for the anchors, which check nobody.
   */
  newCookie(): Promise<string | undefined>
  cpuSeconds(): number
  peakRssBytes(): number
  rssBytes(): number
  /** The child's last lines of output, for error messages. */
  output(): string
  /** SIGTERM, then waits for the exit (SIGKILL if it hangs); keeps the temp folder if asked. */
  stop(options?: { keepFiles?: boolean }): Promise<void>
  /** Removes the temp folder (the database), once it has been checked. */
  removeFiles(): void
}

/** Children not yet stopped, so an interrupted bench leaves no server behind. */
const running = new Map<ChildProcess, string>()

/** Kills every server still running and removes its folder (for an interrupted run). */
export function killAllServers(): void {
  for (const [child, folder] of running) {
    child.kill('SIGKILL')
    rmSync(folder, { recursive: true, force: true })
  }
  running.clear()
}

/**
 * Starts `kind` on 127.0.0.1 with port 0 and resolves once it said which port
 * it got. Every server prints a JSON line `{"event":"listening","port":…}`:
 * Kaigi through its logger, the anchors by hand.
 */
export async function startServer(
  kind: ServerKind,
  env: Record<string, string> = {},
  core: ServerCore = 'server',
): Promise<ServerProcess> {
  const folder = mkdtempSync(join(tmpdir(), `kaigi-bench-${kind}-`))
  const databasePath = kind === 'kaigi' ? join(folder, 'kaigi.db') : null
  await buildServers()
  const [command, args] = onServerCore(
    process.execPath,
    [...nodeFlags(), ENTRY_POINTS[kind]()],
    core,
  )
  // taskset execs node in its own place: the child's pid is the server's.
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...(databasePath ? { DATABASE_URL: `file:${databasePath}` } : {}),
      KAIGI_OWNER_TOKEN: OWNER_TOKEN,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.set(child, folder)
  const lines: string[] = []
  const keep = (line: string) => {
    lines.push(line)
    if (lines.length > KEPT_OUTPUT_LINES) lines.shift()
  }
  const output = () => lines.join('\n')
  // Both streams are always read: a child blocked on a full pipe would look slow.
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => keep(line))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`${kind} did not report its port within ${START_TIMEOUT_MS} ms:\n${output()}`),
      )
    }, START_TIMEOUT_MS)
    if (!child.stdout) throw new Error('child has no stdout')
    createInterface({ input: child.stdout }).on('line', (line) => {
      keep(line)
      const port = listeningPort(line)
      if (port !== null) {
        clearTimeout(timer)
        resolve(port)
      }
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`${kind} exited with code ${code} before listening:\n${output()}`))
    })
  })

  const pid = child.pid
  if (pid === undefined) throw new Error(`${kind} has no pid`)
  let people = 0
  return {
    kind,
    port,
    pid,
    databasePath,
    newCookie: async () =>
      kind === 'kaigi'
        ? signIn(`http://127.0.0.1:${port}`, OWNER_TOKEN, `Bench ${++people}`)
        : undefined,
    cpuSeconds: () => cpuSeconds(pid),
    peakRssBytes: () => peakRssBytes(pid),
    rssBytes: () => rssBytes(pid),
    output,
    async stop(stopOptions = {}) {
      await terminate(child, exited)
      running.delete(child)
      if (!stopOptions.keepFiles) rmSync(folder, { recursive: true, force: true })
    },
    removeFiles: () => rmSync(folder, { recursive: true, force: true }),
  }
}

/**
 * Extra Node flags for the server children from BENCH_SERVER_NODE_FLAGS, to
 * see where a server spends its time, e.g.
 * `BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=bench/results/profiles"`.
 */
function nodeFlags(): string[] {
  return (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter((flag) => flag !== '')
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
