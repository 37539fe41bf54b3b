/**
 * A database on a libSQL server (DATABASE_URL=libsql://… or http(s)://…), as
 * several hosts share one. No libSQL server runs here: a plain HTTP server
 * stands where sqld would, and shows what Kaigi's client sends it, and that
 * a server that does not answer as sqld does stops Kaigi's start with an
 * error rather than a half-started process.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createKaigi } from '../../../server/kaigi'
import { createLogger } from '../../../server/logger'

let server: Server
let url: string
const requests: Array<{ method: string; path: string; authorization: string; body: string }> = []

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString()
    })
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        authorization: request.headers.authorization ?? '',
        body,
      })
      response.writeHead(503, { 'content-type': 'text/plain' })
      response.end('not a libSQL server')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

it('speaks libSQL over HTTP to DATABASE_URL with its token, and does not start without it', async () => {
  const starting = createKaigi({
    databaseUrl: url,
    databaseAuthToken: 'remote-database-token',
    log: createLogger('silent'),
    clientDir: 'no-client',
    maxMessageBytes: 1024 * 1024,
    messagesPerSecond: 100,
    unloadDelayMs: 50,
    compactAfterUpdates: 1000,
  })
  await expect(starting).rejects.toThrow()
  // The migrations' first statements went to the server, as Hrana pipeline
  // requests carrying the token, not to a local file.
  expect(requests.length).toBeGreaterThan(0)
  for (const request of requests) {
    expect(request.method).toBe('POST')
    expect(request.path).toMatch(/^\/v\d\/pipeline$/)
    expect(request.authorization).toBe('Bearer remote-database-token')
  }
  const statements = requests.map((request) => request.body).join('\n')
  expect(statements).toContain('__drizzle_migrations')
})
