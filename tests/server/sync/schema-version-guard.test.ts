/**
 * An edition's schema version is this Kaigi's to write: a member's update
 * that marks the document as a newer layout would make every change the
 * server writes itself (a registration, a suggestion) refuse, so it is
 * refused at the door.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { SCHEMA_VERSION } from '../../../shared/doc/edition/schema'
import { CloseCode } from '../../../shared/protocol'
import { demoServers, storedDoc } from '../../helpers/demo-server'
import { connectRaw } from '../../helpers/raw-client'
import type { TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const { server } = demoServers()

/** What the database holds of the edition, built into a fresh document. */
const stored = (s: TestServer) => storedDoc(s, DOC)

/** Registers a collectivité through the public form: a change the server writes itself. */
async function registers(s: TestServer): Promise<number> {
  const made = await fetch(`${s.url}/api/editions/${EDITION}/registration-form`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: s.ownerCookie },
    body: JSON.stringify({ deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() }),
  })
  expect(made.status).toBe(200)
  const { path } = (await made.json()) as { path: string }
  const response = await fetch(
    `${s.url}/api/public/forms/${path.slice('/f/'.length)}/registrations`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        collectiviteId: null,
        collectiviteName: 'Ville de Tours',
        country: 'FR',
        contactName: 'Claire Martin',
        email: 'claire.martin@tours.example',
        delegates: 4,
        workshopIds: ['theme-youth'],
        wantsToSpeak: true,
      }),
    },
  )
  return response.status
}

const schemaVersionOf = (doc: Y.Doc) => doc.getMap('meta').get('schemaVersion')

describe("a member's update of the edition's schema version", () => {
  it('is refused above this Kaigi, over the stored version, and the server still writes its own changes', async () => {
    const s = await server()
    const author = await stored(s)
    expect(schemaVersionOf(author)).toBe(SCHEMA_VERSION)
    // Written over the stored version: the item names it as its neighbour, not its parent.
    const update = captureUpdate(author, (doc) => doc.getMap('meta').set('schemaVersion', 99))
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(update))
    const closed = await raw.closed
    expect(closed.code).toBe(CloseCode.MalformedMessage)
    expect(closed.reason).toMatch(/schema version/)

    expect(Y.getState((await stored(s)).store, author.clientID)).toBe(0)
    expect(schemaVersionOf(await stored(s))).toBe(SCHEMA_VERSION)
    expect(await registers(s)).toBe(201)
  })

  it('is refused above this Kaigi when written as a new entry of the metadata', async () => {
    const s = await server()
    // A document that never saw the edition: its item names the root map and the key.
    const author = new Y.Doc()
    const update = captureUpdate(author, (doc) => doc.getMap('meta').set('schemaVersion', 99))
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(update))
    expect((await raw.closed).code).toBe(CloseCode.MalformedMessage)
    expect(Y.getState((await stored(s)).store, author.clientID)).toBe(0)
    expect(await registers(s)).toBe(201)
  })

  it('is refused when it is not a version number at all', async () => {
    const s = await server()
    const author = await stored(s)
    const update = captureUpdate(author, (doc) => doc.getMap('meta').set('schemaVersion', '99'))
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(update))
    expect((await raw.closed).code).toBe(CloseCode.MalformedMessage)
    expect(await registers(s)).toBe(201)
  })

  it('is refused when it deletes the version, which would make the edition read as never created', async () => {
    const s = await server()
    const author = await stored(s)
    const update = captureUpdate(author, (doc) => doc.getMap('meta').delete('schemaVersion'))
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(update))
    const closed = await raw.closed
    expect(closed.code).toBe(CloseCode.MalformedMessage)
    expect(closed.reason).toMatch(/deletes the edition's schema version/)
    expect(schemaVersionOf(await stored(s))).toBe(SCHEMA_VERSION)
    expect(await registers(s)).toBe(201)
  })

  it("is taken when it writes this Kaigi's own version, and stored", async () => {
    const s = await server()
    const author = await stored(s)
    const update = captureUpdate(author, (doc) => {
      doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION)
      doc.getMap('meta').set('title', 'Assises franco-japonaises')
    })
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(update))
    while (Y.getState((await stored(s)).store, author.clientID) === 0) await sleep(10)
    expect(schemaVersionOf(await stored(s))).toBe(SCHEMA_VERSION)
    expect(await registers(s)).toBe(201)
    raw.close()
  })
})
