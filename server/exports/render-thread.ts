/**
 * The export renderer's thread: makes a file from a programme view (or
 * an invitation pack's files, or their zip), away
 * from the thread that relays everyone's edits (a PDF takes a few hundred
 * milliseconds of CPU). Messages: `RenderRequest` in, `RenderReply` out.
 */
import { parentPort } from 'node:worker_threads'
import { EXPORT_FORMATS } from './formats-by-file'
import { renderPackFiles, zipPack } from './pack/pack-render'
import type { RenderBody, RenderReply, RenderRequest } from './renderer'

if (!parentPort) throw new Error('render-thread runs as a worker thread')
const port = parentPort

function make(request: RenderRequest): Promise<RenderBody> {
  switch (request.kind) {
    case 'pack':
      return renderPackFiles(request.job)
    case 'zip':
      return Promise.resolve(zipPack(request.entries))
    default: {
      const format = EXPORT_FORMATS[request.file]
      if (!format) throw new Error(`no export named ${request.file}`)
      return format.render(request.view, request.options)
    }
  }
}

port.on('message', async (request: RenderRequest) => {
  const { id } = request
  let reply: RenderReply
  try {
    const body = await make(request)
    reply = { id, ok: true, body }
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  // Copied, not transferred: a small Buffer may share its memory with others.
  port.postMessage(reply)
})
