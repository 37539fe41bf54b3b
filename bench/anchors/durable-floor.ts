/**
 * Not an anchor but a floor for the fan-out: the y-websocket anchor's server
 * (`y-websocket-listen.ts`) that commits every sync message carrying content
 * (a sync step 2 or an update) to a libSQL file before its own handler
 * applies and relays it, as Kaigi does and as cheaply as it can be done:
 * libSQL's driver, the file in WAL mode with synchronous=FULL as Kaigi's,
 * one INSERT prepared once, run in the socket's message event. It checks
 * nothing and records nothing else. Kaigi's time and CPU beyond this are
 * its own: reading, checking, batching and telling; this floor's beyond
 * the anchor's are what committing before relaying costs any server.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'libsql'
import { listenYWebsocket } from './y-websocket-listen'

const MESSAGE_SYNC = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-durable-floor-'))
const db = new Database(join(folder, 'floor.db'))
db.exec('PRAGMA journal_mode = WAL')
db.exec('PRAGMA synchronous = FULL')
db.exec(
  'CREATE TABLE updates (id INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, body BLOB NOT NULL)',
)
const insert = db.prepare('INSERT INTO updates (doc, body) VALUES (?, ?)')

// Before the server's own SIGTERM handler, which exits: the folder goes first.
process.on('SIGTERM', () => {
  db.close()
  rmSync(folder, { recursive: true, force: true })
})

listenYWebsocket((socket, request) => {
  const docName = (request.url ?? '/').slice(1).split('?')[0] ?? ''
  // setupWSConnection asks ws for ArrayBuffers.
  socket.on('message', (data: ArrayBuffer) => {
    const bytes = new Uint8Array(data)
    if (bytes[0] !== MESSAGE_SYNC || (bytes[1] !== SYNC_STEP_2 && bytes[1] !== SYNC_UPDATE)) return
    insert.run(docName, Buffer.from(data))
  })
})
