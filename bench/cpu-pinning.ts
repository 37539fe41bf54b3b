import { execFileSync } from 'node:child_process'
import { availableParallelism } from 'node:os'

/**
 * The bench's clients and the server under test each get a core of their
 * own. Left to the scheduler, Linux wakes a loopback reader on the writer's
 * core: the clients then read nothing until the server has written its last
 * frame, and "edit → all subscribers" measured the scheduler as much as the
 * servers (the first subscriber got its frame 2.7 ms into a 300-socket relay
 * instead of 0.2 ms). Pinned, both work at once, for every server alike.
 */
const SERVER_CORE = 0
const CLIENT_CORE = 1

/** Where a server process runs: the server's core, or the clients' (a second process given a core of its own). */
export type ServerCore = 'server' | 'clients'

const canPin: boolean = (() => {
  if (process.platform !== 'linux' || availableParallelism() < 2) return false
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** How the bench placed its processes, for the report's header. */
export const pinningNote = canPin
  ? `server under test pinned to core ${SERVER_CORE}, bench clients to core ${CLIENT_CORE}`
  : 'processes not pinned to cores (taskset unavailable or a single core)'

/** Pins this process (all its threads) to the clients' core. */
export function pinBenchProcess(): void {
  if (!canPin) return
  execFileSync(
    'taskset',
    ['--all-tasks', '--cpu-list', '--pid', String(CLIENT_CORE), String(process.pid)],
    {
      stdio: 'ignore',
    },
  )
}

/** The command and arguments that start `command args` on the server's core (or on `core`). */
export function onServerCore(
  command: string,
  args: string[],
  core: ServerCore = 'server',
): [string, string[]] {
  const cpu = core === 'server' ? SERVER_CORE : CLIENT_CORE
  return canPin ? ['taskset', ['--cpu-list', String(cpu), command, ...args]] : [command, args]
}
