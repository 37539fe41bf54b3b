import type { IncomingMessage } from 'node:http'
import { createServer } from 'node:http'
import { setupWSConnection } from '@y/websocket-server/utils'
import { type WebSocket, WebSocketServer } from 'ws'

/**
 * The reference y-websocket server as its own bin (`src/server.js`) starts
 * it: an http server whose upgrades go to a ws WebSocketServer, each socket
 * handed to `setupWSConnection`. `beforeSetup` sees each socket first: a
 * listener it adds on 'message' runs before the server's own.
 */
export function listenYWebsocket(
  beforeSetup: (socket: WebSocket, request: IncomingMessage) => void = () => {},
): void {
  const host = process.env.HOST ?? '127.0.0.1'
  const port = Number(process.env.PORT ?? 0)

  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    beforeSetup(socket, request)
    setupWSConnection(socket, request)
  })

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
}
