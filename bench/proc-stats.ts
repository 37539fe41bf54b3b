import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/**
 * CPU time and peak memory of another process, read from /proc, so that the
 * servers under test need no hook of ours (the anchors are stock code).
 * Linux only, like the machines the bench runs on.
 */

// /proc/<pid>/stat counts CPU time in clock ticks (usually 100 a second).
const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/** User plus system CPU seconds used so far by `pid`, all its threads included. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces and parentheses: split after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state), so utime (14) and stime (15) sit at 11 and 12.
  const ticks = Number(fields[11]) + Number(fields[12])
  return ticks / CLOCK_TICKS_PER_SECOND
}

/** The peak resident set size of `pid` since it started (VmHWM), in bytes. */
export const peakRssBytes = (pid: number): number => statusBytes(pid, 'VmHWM')

/** The resident set size of `pid` now (VmRSS), in bytes. */
export const rssBytes = (pid: number): number => statusBytes(pid, 'VmRSS')

function statusBytes(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`)
  return Number(match[1]) * 1024
}

/**
 * CPU seconds the whole machine has spent busy since boot, all cores summed
 * (from /proc/stat). The bench shares its machine; what other processes used
 * during a measurement (this minus the bench's own processes) says how much
 * to trust it.
 */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? ''
  // cpu  user nice system idle iowait irq softirq steal ...
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number)
  const ticks = [user, nice, system, irq, softirq, steal].reduce<number>(
    (sum, n) => sum + (n ?? 0),
    0,
  )
  return ticks / CLOCK_TICKS_PER_SECOND
}

/** CPU seconds this process has used so far. */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1e6
}

/**
 * Measures the CPU that processes other than this one and `serverCpu` use
 * from now until the returned function is called, as a share of one core.
 */
export function watchOtherLoad(serverCpu: () => number): () => number {
  const start = {
    machine: machineBusySeconds(),
    own: ownCpuSeconds(),
    server: serverCpu(),
    at: performance.now(),
  }
  return () => {
    const machine = machineBusySeconds() - start.machine
    const ours = ownCpuSeconds() - start.own + (serverCpu() - start.server)
    const wallSeconds = (performance.now() - start.at) / 1000
    return Math.max(0, machine - ours) / wallSeconds
  }
}
