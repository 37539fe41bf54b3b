import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { setDefaultCookie, signIn, TEST_OWNER_TOKEN } from './sign-in'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface ServerProcess {
  child: ChildProcess
  port: number
  syncUrl: string
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | string | null>
}

const running = new Set<ChildProcess>()

/** Kills every server this helper started that still runs (after a failed test). */
export function killSpawnedServers(): void {
  for (const child of running) child.kill('SIGKILL')
}

/** A free loopback port, so a restarted server can listen where its clients reconnect. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

/** Starts `server/main.ts` in a child process, as `npm start` would, and waits until it listens. */
export async function spawnServer(
  env: { port: number; databaseUrl: string } & Record<string, string | number>,
): Promise<ServerProcess> {
  const { port, databaseUrl, ...extra } = env
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
      CLIENT_DIR: 'no-client-in-this-test',
      KAIGI_OWNER_TOKEN: TEST_OWNER_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  running.add(child)
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => {
      running.delete(child)
      resolve(signal ?? code)
    }),
  )
  await new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      // TEST_SERVER_LOGS=1 shows the servers' logs, to see why a test failed.
      if (process.env.TEST_SERVER_LOGS) process.stderr.write(chunk)
      output += chunk.toString()
      if (output.includes('"event":"listening"')) resolve()
    })
    exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)))
  })
  const url = `http://127.0.0.1:${port}`
  setDefaultCookie(url, await signIn(url, TEST_OWNER_TOKEN, 'Owner'))
  return { child, port, syncUrl: `ws://127.0.0.1:${port}/sync`, exited }
}
