import { Worker } from 'node:worker_threads'
import type { Metrics } from '../metrics/metrics'
import type { ExportOptions } from './export-format'
import type { ProgrammeExportFile } from './formats-by-file'
import type { PackFiles, PackJob, ZipEntries } from './pack/pack-job'
import type { ProgrammeView } from './programme-view'

/** What the thread is asked to make: a programme file, a collectivité's pack files, or a zip. */
export type RenderRequest =
  | {
      id: number
      kind: 'programme'
      file: ProgrammeExportFile
      view: ProgrammeView
      options: ExportOptions
    }
  | { id: number; kind: 'pack'; job: PackJob }
  | { id: number; kind: 'zip'; entries: ZipEntries }

/** What each kind of request is answered with. */
export type RenderBody = Uint8Array | string | PackFiles

export type RenderReply =
  | { id: number; ok: true; body: RenderBody }
  | { id: number; ok: false; message: string }

/** A request without its id, which the renderer gives it. */
type Request = RenderRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never

interface Pending {
  resolve: (body: RenderBody) => void
  reject: (error: Error) => void
}

/** A thread and the renders it owes: a thread's failure fails only its own. */
interface RenderThread {
  worker: Worker
  pending: Map<number, Pending>
}

/**
 * Longer than any programme takes (a 300-session PDF: under a second); a
 * render still running then is stuck, and its thread is replaced.
 */
const RENDER_TIME_LIMIT_MS = 60_000

/**
 * The thread's module. Built (`npm start`), it is `render-thread.js` beside
 * the server's bundle; from the TypeScript sources (tests, `npm run dev`), a
 * plain module that gives the thread the TypeScript loader first.
 */
const RENDER_THREAD = import.meta.url.endsWith('.ts')
  ? new URL('./render-worker.mjs', import.meta.url)
  : new URL('./render-thread.js', import.meta.url)

/**
 * Makes export files on a worker thread, one at a time, so that the
 * server's own thread goes on relaying edits meanwhile. The thread starts
 * with the first export and stays; if it dies or hangs, what it was making
 * fails and the next export starts another.
 */
export class ExportRenderer {
  private thread: RenderThread | null = null
  private nextId = 1

  constructor(
    private readonly timeLimitMs = RENDER_TIME_LIMIT_MS,
    private readonly metrics?: Metrics,
  ) {}

  render(
    file: ProgrammeExportFile,
    view: ProgrammeView,
    options: ExportOptions,
  ): Promise<Uint8Array | string> {
    return this.post({ kind: 'programme', file, view, options }, file, file) as Promise<
      Uint8Array | string
    >
  }

  /** The invitation pack's files of one collectivité (`job.files`), by name. */
  renderPack(job: PackJob): Promise<PackFiles> {
    return this.post({ kind: 'pack', job }, 'pack', job.files.join(', ')) as Promise<PackFiles>
  }

  /** `entries` in one zip file, made on the thread too (a pack's zip holds megabytes). */
  zip(entries: ZipEntries): Promise<Uint8Array> {
    return this.post({ kind: 'zip', entries }, 'zip', 'the zip') as Promise<Uint8Array>
  }

  /** `format` names the render in the metrics (a file name, `pack`, `zip`): a bounded set. */
  private post(request: Request, format: string, what: string): Promise<RenderBody> {
    const render = () => this.postNow(request, what)
    return this.metrics ? this.metrics.timeRender(format, render) : render()
  }

  private postNow(request: Request, what: string): Promise<RenderBody> {
    const thread = this.thread ?? this.start()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(thread, new Error(`export of ${what} took too long`))
      }, this.timeLimitMs)
      timer.unref()
      thread.pending.set(id, {
        resolve: (body) => {
          clearTimeout(timer)
          resolve(body)
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      })
      const message = { ...request, id } as RenderRequest
      thread.worker.postMessage(message)
    })
  }

  async close(): Promise<void> {
    const thread = this.thread
    if (!thread) return
    this.stop(thread, new Error('the server is shutting down'))
    await thread.worker.terminate()
  }

  private start(): RenderThread {
    const worker = new Worker(RENDER_THREAD)
    const thread: RenderThread = { worker, pending: new Map() }
    worker.on('message', (reply: RenderReply) => {
      const waiting = thread.pending.get(reply.id)
      if (!waiting) return
      thread.pending.delete(reply.id)
      if (reply.ok) waiting.resolve(reply.body)
      else waiting.reject(new Error(`export failed: ${reply.message}`))
    })
    worker.on('error', (error) => this.stop(thread, error))
    worker.on('exit', (code) => this.stop(thread, new Error(`export thread stopped (${code})`)))
    // An idle renderer does not keep the process alive.
    worker.unref()
    this.thread = thread
    return thread
  }

  /** Fails what `thread` owes, and replaces it for the next export. */
  private stop(thread: RenderThread, error: Error): void {
    if (this.thread === thread) {
      this.thread = null
      void thread.worker.terminate()
    }
    for (const waiting of thread.pending.values()) waiting.reject(error)
    thread.pending.clear()
  }
}
