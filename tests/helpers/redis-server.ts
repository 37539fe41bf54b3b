import { type ChildProcess, spawn } from 'node:child_process'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { freePort } from './server-process'

/** A real redis-server of a test, on a loopback port of its own. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>`, for REDIS_URL. */
  url: string
  port: number
  /** Stops it (SIGTERM, or SIGKILL for a crash) and resolves once it has exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>
  /** Starts it again on the same port (empty: nothing is persisted) once it answers PING. */
  start(): Promise<void>
  /** Freezes it (SIGSTOP): connections stay open, nothing is answered, as a hung Redis. */
  pause(): void
  /** Lets a paused Redis go on (SIGCONT). */
  resume(): void
}

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? 'redis-server'

const running = new Set<ChildProcess>()
let exitHookSet = false

/** Kills every redis-server this helper started that still runs (in afterAll, after a failed test too). */
export function killRedisServers(): void {
  for (const child of running) child.kill('SIGKILL')
}

/**
 * Starts Debian's redis-server on a free loopback port, without persistence
 * (no RDB snapshot, no AOF: a restart starts empty), and resolves once it
 * answers PING.
 */
export async function startRedisServer(): Promise<RedisServer> {
  if (!exitHookSet) {
    // A worker that dies without running afterAll must not leave Redis behind.
    process.once('exit', killRedisServers)
    exitHookSet = true
  }
  const port = await freePort()
  let child: ChildProcess | null = null
  let exited: Promise<void> = Promise.resolve()

  const start = async () => {
    if (child) throw new Error(`redis-server on ${port} is already running`)
    const started = spawn(
      REDIS_SERVER,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        // Nothing is written there with persistence off; not the checkout either way.
        '--dir',
        tmpdir(),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child = started
    running.add(started)
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
    }
    started.stdout?.on('data', collect)
    started.stderr?.on('data', collect)
    let gone = false
    exited = new Promise<void>((resolve) => {
      const ended = () => {
        gone = true
        running.delete(started)
        if (child === started) child = null
        resolve()
      }
      started.once('exit', ended)
      // No such program: 'error' comes, 'exit' does not.
      started.once('error', (error) => {
        output += String(error)
        ended()
      })
    })
    while (!(await answersPing(port))) {
      if (gone) throw new Error(`redis-server exited before answering PING:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    async stop(signal = 'SIGTERM') {
      // A paused process takes no SIGTERM until it goes on.
      child?.kill('SIGCONT')
      child?.kill(signal)
      await exited
    },
    pause() {
      child?.kill('SIGSTOP')
    },
    resume() {
      child?.kill('SIGCONT')
    },
  }
}

/** Whether a Redis on `port` answers PING with PONG (false while it starts or is down). */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let reply = ''
    const done = (answered: boolean) => {
      socket.destroy()
      resolve(answered)
    }
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.on('data', (chunk) => {
      reply += chunk.toString()
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'))
    })
    socket.once('close', () => done(false))
  })
}
