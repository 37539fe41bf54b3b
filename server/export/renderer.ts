import { Worker } from 'node:worker_threads'
import type { ExportOptions } from './format'
import type { ProgrammeExportFile } from './formats'
import type { ProgrammeView } from './programme-view'

export interface RenderRequest {
  id: number
  file: ProgrammeExportFile
  view: ProgrammeView
  options: ExportOptions
}

export type RenderReply =
  | { id: number; ok: true; body: Uint8Array | string }
  | { id: number; ok: false; message: string }

interface Pending {
  resolve: (body: Uint8Array | string) => void
  reject: (error: Error) => void
}

/**
 * Makes export files on a worker thread, one at a time, so that the
 * server's own thread goes on relaying edits meanwhile. The thread starts
 * with the first export and stays; if it dies, what it was making fails
 * and the next export starts another.
 */
export class ExportRenderer {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1

  render(
    file: ProgrammeExportFile,
    view: ProgrammeView,
    options: ExportOptions,
  ): Promise<Uint8Array | string> {
    const worker = this.worker ?? this.start()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      const request: RenderRequest = { id, file, view, options }
      worker.postMessage(request)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private start(): Worker {
    const worker = new Worker(new URL('./render-worker.mjs', import.meta.url))
    worker.on('message', (reply: RenderReply) => {
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      if (reply.ok) waiting.resolve(reply.body)
      else waiting.reject(new Error(`export failed: ${reply.message}`))
    })
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`export thread stopped (${code})`)))
    // An idle renderer does not keep the process alive.
    worker.unref()
    this.worker = worker
    return worker
  }
}
