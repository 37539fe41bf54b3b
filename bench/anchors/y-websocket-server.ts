/**
 * Anchor: the reference y-websocket server, `@y/websocket-server@0.1.1` (on
 * yjs 13), as its own bin (`src/server.js`) starts it: an http server whose
 * upgrades go to a ws WebSocketServer, each socket handed to
 * `setupWSConnection`. In memory only (no YPERSISTENCE), so it relays an
 * update as soon as it has applied it.
 *
 * Two differences from the bin, both for the bench: it listens on the port
 * the bench asks for (0 = any) and prints the port it got as a JSON line, and
 * it uses the project's ws 8 (the bin resolves the ws 6 nested in the
 * package), the same ws that Kaigi and Hocuspocus use, so the comparison is
 * of sync servers, not of websocket libraries.
 */
import { createServer } from 'node:http'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 0)

const wss = new WebSocketServer({ noServer: true })
wss.on('connection', setupWSConnection)

const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})
server.listen(port, host, () => {
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  console.log(JSON.stringify({ event: 'listening', port: actual }))
})
process.on('SIGTERM', () => process.exit(0))
