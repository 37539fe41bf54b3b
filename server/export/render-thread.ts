/**
 * The export renderer's thread: makes a file from a programme view, away
 * from the thread that relays everyone's edits (a PDF takes a few hundred
 * milliseconds of CPU). Messages: `RenderRequest` in, `RenderReply` out.
 */
import { parentPort } from 'node:worker_threads'
import { EXPORT_FORMATS } from './formats'
import type { RenderReply, RenderRequest } from './renderer'

if (!parentPort) throw new Error('render-thread runs as a worker thread')
const port = parentPort

port.on('message', async ({ id, file, view, options }: RenderRequest) => {
  let reply: RenderReply
  try {
    const body = await EXPORT_FORMATS[file].render(view, options)
    reply = { id, ok: true, body }
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  // Copied, not transferred: a small Buffer may share its memory with others.
  port.postMessage(reply)
})
