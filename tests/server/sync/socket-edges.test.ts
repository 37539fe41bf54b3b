/**
 * The sync endpoint at its edges, each test on a server of its own: what a
 * client that does not speak websocket is answered, the exact bytes of a
 * refused upgrade (head and body) however bare the request, a frame that
 * `ws` itself cannot read, and a client that stops reading, each closed and
 * counted as such.
 */
import { connect, type Socket } from 'node:net'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { EditionSeed } from '../../../server/editions/seed'
import { type CreatedInvitation, Role } from '../../../shared/access'
import { ErrorCode } from '../../../shared/errors'
import { connectClient, synced, until } from '../../helpers/clients'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const METRICS_TOKEN = 'socket-edges-metrics-token'
const servers: TestServer[] = []

afterEach(async () => {
  for (const server of servers.splice(0)) {
    await server.close()
    server.cleanup()
  }
})

const seeds: EditionSeed[] = [{ id: 'shizuoka-2024', readOnly: false, fill: () => {} }]

async function server(): Promise<TestServer> {
  const started = await startServer({ metricsToken: METRICS_TOKEN, seeds })
  servers.push(started)
  return started
}

/** Opens a plain TCP connection to `url`'s port. */
function tcp(url: string): Promise<Socket> {
  const { port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket))
    socket.once('error', reject)
  })
}

/** Everything the server sends until it ends the connection. */
function readAll(socket: Socket): Promise<Buffer> {
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve) => socket.once('close', () => resolve(Buffer.concat(chunks))))
}

/** An upgrade request written by hand: `lines` are its header lines. */
async function rawUpgrade(url: string, lines: string[]): Promise<string> {
  const socket = await tcp(url)
  const answer = readAll(socket)
  socket.write(`${lines.join('\r\n')}\r\n\r\n`)
  return (await answer).toString('utf8')
}

const UPGRADE_HEADERS = [
  'Upgrade: websocket',
  'Connection: Upgrade',
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
  'Sec-WebSocket-Version: 13',
]

/** The head's lines and the body of an HTTP answer. */
function split(answer: string): { lines: string[]; body: string } {
  const end = answer.indexOf('\r\n\r\n')
  return { lines: answer.slice(0, end).split('\r\n'), body: answer.slice(end + 4) }
}

/** The sync refusals `/metrics` counts, by reason. */
async function refusals(s: TestServer): Promise<Record<string, string>> {
  const response = await fetch(`${s.url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  })
  const family = parsePrometheusTextFormat(await response.text()).find(
    (candidate) => candidate.name === 'kaigi_sync_refusals_total',
  )
  return Object.fromEntries(
    (family?.metrics ?? []).map((metric) => {
      const { labels, value } = metric as { labels: { reason: string }; value: string }
      return [labels.reason, value]
    }),
  )
}

/** Completes a websocket upgrade for /sync/notes by hand (as the owner unless `cookie` says); resolves once the 101 is in. */
async function upgradedSocket(s: TestServer, cookie = s.ownerCookie): Promise<Socket> {
  const socket = await tcp(s.url)
  socket.write(
    `${['GET /sync/notes HTTP/1.1', `Host: ${new URL(s.url).host}`, `Cookie: ${cookie}`, ...UPGRADE_HEADERS].join('\r\n')}\r\n\r\n`,
  )
  const head = await new Promise<Buffer>((resolve) => socket.once('data', resolve))
  expect(head.toString('latin1')).toMatch(/^HTTP\/1\.1 101 /)
  return socket
}

/** A member of the seeded edition with `role`, signed in: their session cookie. */
async function member(s: TestServer, role: Role, name: string): Promise<string> {
  const response = await fetch(`${s.url}/api/editions/shizuoka-2024/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.ownerCookie },
    body: JSON.stringify({ role, expiresInHours: 24, committee: null, maxUses: null }),
  })
  expect(response.status).toBe(201)
  const token = ((await response.json()) as CreatedInvitation).path.slice('/invite/'.length)
  return signIn(s.url, token, name)
}

/** An upgrade of `path` with `extra` header lines: the answer's status line and error. */
async function refusal(s: TestServer, path: string, extra: string[]) {
  const { lines, body } = split(
    await rawUpgrade(s.url, [
      `GET ${path} HTTP/1.1`,
      `Host: ${new URL(s.url).host}`,
      ...extra,
      ...UPGRADE_HEADERS,
    ]),
  )
  return { status: lines[0], error: (JSON.parse(body) as { error: unknown }).error }
}

describe('the sync endpoint', () => {
  it('refuses by the route, each with its words: a bad name, another site, no edition, a viewer in a shared text', async () => {
    const s = await server()
    const owner = `Cookie: ${s.ownerCookie}`
    expect(await refusal(s, '/sync/a%20b', [owner])).toEqual({
      status: 'HTTP/1.1 400 Bad Request',
      error: { code: ErrorCode.InvalidDocName, message: 'invalid document name: a b' },
    })
    expect(await refusal(s, '/sync/notes', [owner, 'Origin: https://elsewhere.example'])).toEqual({
      status: 'HTTP/1.1 403 Forbidden',
      error: { code: ErrorCode.CrossOrigin, message: 'connections from other sites are refused' },
    })
    expect(await refusal(s, '/sync/edition-nowhere-2030', [owner])).toEqual({
      status: 'HTTP/1.1 404 Not Found',
      error: {
        code: ErrorCode.NotFound,
        message: 'no edition has the document edition-nowhere-2030',
      },
    })
    const viewer = await member(s, Role.Viewer, 'Sora')
    expect(await refusal(s, '/sync/notes', [`Cookie: ${viewer}`])).toEqual({
      status: 'HTTP/1.1 403 Forbidden',
      error: { code: ErrorCode.Forbidden, message: 'shared texts are for editors' },
    })
    // An editor of an edition, and the instance's owner, open shared texts.
    const editor = await member(s, Role.Editor, 'Aiko')
    for (const cookie of [editor, s.ownerCookie]) (await upgradedSocket(s, cookie)).destroy()
  })

  it('answers a person past their twenty sockets 429, by its reason', async () => {
    const s = await server()
    const open: Socket[] = []
    for (let i = 0; i < 20; i++) open.push(await upgradedSocket(s))
    expect(await refusal(s, '/sync/notes', [`Cookie: ${s.ownerCookie}`])).toEqual({
      status: 'HTTP/1.1 429 Too Many Requests',
      error: {
        code: ErrorCode.TooManyRequests,
        message: 'too many open connections for one person',
      },
    })
    for (const socket of open) socket.destroy()
  })

  it('answers an address past its refusals 429, with when to try again', async () => {
    const s = await server()
    const bare = ['GET /sync/notes HTTP/1.1', `Host: ${new URL(s.url).host}`, ...UPGRADE_HEADERS]
    let answer = split(await rawUpgrade(s.url, bare))
    for (let attempt = 0; attempt < 40 && answer.lines[0]?.includes('401'); attempt++) {
      answer = split(await rawUpgrade(s.url, bare))
    }
    expect(answer.lines).toEqual([
      'HTTP/1.1 429 Too Many Requests',
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(answer.body)}`,
      'retry-after: 10',
      'Connection: close',
    ])
    expect(JSON.parse(answer.body)).toEqual({
      error: {
        code: ErrorCode.TooManyRequests,
        message: 'too many refused connection attempts: wait a moment',
      },
    })
  })

  it('answers a plain GET 426, with why, and an invalid document name 400', async () => {
    const s = await server()
    const plain = await fetch(`${s.url}/sync/notes`, { headers: { cookie: s.ownerCookie } })
    expect(plain.status).toBe(426)
    expect(((await plain.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: ErrorCode.BadRequest,
      message: 'this endpoint speaks websocket only',
    })
    const invalid = await fetch(`${s.url}/sync/${'x'.repeat(300)}`)
    expect(invalid.status).toBe(400)
  })

  it('answers 426 to an upgrade to another protocol, and to a request made inside the process', async () => {
    const s = await server()
    const other = await refusal(s, '/sync/notes', [
      `Cookie: ${s.ownerCookie}`,
      'Upgrade: h2c',
      'Connection: Upgrade',
    ])
    expect(other.status).toBe('HTTP/1.1 426 Upgrade Required')
    // The app asked directly, as the tests' apiRequest does: no server, no upgrade.
    const inside = await s.kaigi.app.request('/sync/notes', { headers: { cookie: s.ownerCookie } })
    expect(inside.status).toBe(426)
  })

  it('refuses an upgrade without a session with exact bytes: status, type, length, close, body', async () => {
    const s = await server()
    const answer = await rawUpgrade(s.url, [
      'GET /sync/notes HTTP/1.1',
      `Host: ${new URL(s.url).host}`,
      ...UPGRADE_HEADERS,
    ])
    const { lines, body } = split(answer)
    expect(lines).toEqual([
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
    ])
    expect((JSON.parse(body) as { error: { code: string } }).error.code).toBe(
      ErrorCode.Unauthorized,
    )
  })

  it('reads an upgrade without a Host header, and one carrying a header twice, as any other', async () => {
    const s = await server()
    const bare = split(await rawUpgrade(s.url, ['GET /sync/notes HTTP/1.0', ...UPGRADE_HEADERS]))
    expect(bare.lines[0]).toBe('HTTP/1.1 401 Unauthorized')
    // Node gives a repeated Set-Cookie as a list: each value is passed on, none breaks the request.
    const twice = split(
      await rawUpgrade(s.url, [
        'GET /sync/notes HTTP/1.1',
        `Host: ${new URL(s.url).host}`,
        'Set-Cookie: a=1',
        'Set-Cookie: b=2',
        ...UPGRADE_HEADERS,
      ]),
    )
    expect(twice.lines[0]).toBe('HTTP/1.1 401 Unauthorized')
  })

  it('closes a socket whose frame ws cannot read (a reserved bit set) and counts a bad frame', async () => {
    const s = await server()
    const socket = await upgradedSocket(s)
    const closed = readAll(socket)
    // A masked binary frame with RSV1 set, which no extension was agreed to use.
    socket.write(Buffer.from([0xc2, 0x81, 1, 2, 3, 4, 0x09]))
    await closed
    expect(await refusals(s)).toEqual({ bad_frame: '1' })
  })

  it('closes a client that stops reading once 16 MiB wait for it, and counts it too slow', async () => {
    const s = await server()
    const stalled = await upgradedSocket(s)
    // Reads nothing from now on: what the server writes piles up.
    stalled.pause()
    const writer = connectClient(s.syncUrl, 'notes', new Y.Doc())
    await synced(writer)
    const text = writer.doc.getText('t')
    const chunk = 'x'.repeat(1024 * 1024)
    for (let edit = 0; edit < 40 && (await refusals(s)).too_slow === undefined; edit++) {
      text.insert(text.length, chunk)
      await until(() => writer.provider.wsconnected, 10_000, 'the writer connected')
    }
    writer.destroy()
    stalled.destroy()
    expect(await refusals(s)).toEqual({ too_slow: '1' })
  })
})
