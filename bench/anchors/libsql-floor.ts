/**
 * Not an anchor but a floor for the start-up's memory: the y-websocket
 * anchor's server (`y-websocket-server.ts`) that also holds what any
 * durable sync server on embedded libSQL must, `@libsql/client` with a
 * database file open in WAL mode and read once. What Kaigi holds beyond
 * this is its own; what this holds beyond the anchor is the price of
 * storing edits in-process, which no choice of Kaigi's can remove.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from '@libsql/client'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 0)

const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-floor-'))
const client = createClient({ url: `file:${join(folder, 'floor.db')}`, concurrency: 1 })
await client.execute('PRAGMA journal_mode = WAL')
await client.execute('CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY, body BLOB)')
await client.execute('SELECT count(*) FROM updates')

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
process.on('SIGTERM', () => {
  client.close()
  rmSync(folder, { recursive: true, force: true })
  process.exit(0)
})
