/**
 * Shared types nested deeper than any reader can walk: an update that makes
 * them is refused at the door, and a document stored with them before the
 * door checked depth still lists, exports and reads, its bad entry reported.
 */
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { readEdition } from '../../../shared/doc/edition'
import { MAX_TYPE_DEPTH } from '../../../shared/doc/plain-value'
import { EditionListSchema } from '../../../shared/editions'
import { ExportFile } from '../../../shared/exports'
import { CloseCode } from '../../../shared/protocol'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { deepMaps } from '../../helpers/deep-types'
import { demoServers, storedDoc } from '../../helpers/demo-server'
import { connectRaw } from '../../helpers/raw-client'
import type { TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`

const { server, afterTest } = demoServers()

function member(s: TestServer): TestClient {
  const c = connectClient(s.syncUrl, DOC)
  afterTest(() => c.destroy())
  return c
}

const HAS_PARENT_SUB = 0b0010_0000

const listEditions = async (s: TestServer) => {
  const response = await fetch(`${s.url}/api/editions`, { headers: { cookie: s.ownerCookie } })
  return {
    status: response.status,
    body: response.ok ? EditionListSchema.parse(await response.json()) : null,
  }
}

const draftCsv = (s: TestServer) =>
  fetch(`${s.url}/api/editions/${EDITION}/export/${ExportFile.SessionsCsv}?source=draft`, {
    headers: { cookie: s.ownerCookie },
  })

describe('an update nesting shared types too deep', () => {
  it('is refused with a reason, stored nowhere, and leaves the edition readable to all', async () => {
    const s = await server()
    const other = member(s)
    await synced(other)
    const otherCodes: number[] = []
    other.provider.on('connection-close', (event: CloseEvent | null) =>
      otherCodes.push(event?.code ?? -1),
    )

    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    const update = deepMaps(4711, 'meta', 'deep', 20_000)
    expect(update.byteLength).toBeGreaterThan(200_000)
    raw.send(encodeSyncUpdate(update))
    const closed = await raw.closed
    expect(closed.code).toBe(CloseCode.MalformedMessage)
    expect(closed.reason).toMatch(/nested too deep/)

    expect(Y.getState((await storedDoc(s, DOC)).store, 4711)).toBe(0)

    const listed = await listEditions(s)
    expect(listed.status).toBe(200)
    expect(listed.body?.editions.find((e) => e.id === EDITION)?.summary?.number).toBe(8)
    expect((await draftCsv(s)).status).toBe(200)
    // A member's edit after it reaches the other member: anything relayed
    // before it, the refused update included, would have reached them first.
    const writer = member(s)
    await synced(writer)
    writer.doc.getMap('meta').set('marker', 'after')
    await until(() => other.doc.getMap('meta').get('marker') === 'after', 10_000, 'the marker')
    expect(otherCodes).toEqual([])
    expect(other.doc.getMap('meta').has('deep')).toBe(false)
  })
})

describe('the limit on nested shared types', () => {
  /** The room's copy of the edition, as a member joining now would get it. */
  const roomDoc = async (s: TestServer) => (await s.kaigi.registry.peek(DOC))?.doc
  const roomState = async (s: TestServer, client: number) =>
    Y.getState((await roomDoc(s))?.store ?? new Y.Doc().store, client)

  it('takes types nested as deep as the limit, counting the root, and refuses one more', async () => {
    const s = await server()
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    const room = await roomDoc(s)
    raw.send(encodeSyncUpdate(deepMaps(4801, 'chain', 'next', MAX_TYPE_DEPTH - 1)))
    await until(() => room?.getMap('chain').has('next') === true)

    const deeper = await connectRaw(`${s.syncUrl}/${DOC}`)
    deeper.send(encodeSyncUpdate(deepMaps(4802, 'chain', 'next', MAX_TYPE_DEPTH)))
    expect(await deeper.closed).toEqual({
      code: CloseCode.MalformedMessage,
      reason: `shared types nested too deep at 4802:${MAX_TYPE_DEPTH - 1} (more than ${MAX_TYPE_DEPTH})`,
    })
    expect(await roomState(s, 4802)).toBe(0)
    raw.close()
  })

  it('counts the depth of a type placed beside a neighbour, whose parent the update does not name', async () => {
    const s = await server()
    const author = new Y.Doc()
    let list: Y.Array<unknown> | undefined
    const built = captureUpdate(author, (doc) => {
      // Maps down to depth MAX - 1, then a list at the limit itself.
      let map = doc.getMap('chain')
      for (let depth = 2; depth < MAX_TYPE_DEPTH; depth++) {
        const next = new Y.Map<unknown>()
        map.set('next', next)
        map = next
      }
      list = new Y.Array<unknown>()
      map.set('list', list)
      list.insert(0, ['Ouverture'])
    })
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(built))
    const plain = captureUpdate(author, () => list?.insert(1, ['Clôture']))
    raw.send(encodeSyncUpdate(plain))
    await s.kaigi.writer.drain()
    const beside = captureUpdate(author, () => list?.insert(1, [new Y.Map()]))
    raw.send(encodeSyncUpdate(beside))
    const closed = await raw.closed
    expect(closed.code).toBe(CloseCode.MalformedMessage)
    expect(closed.reason).toMatch(/shared types nested too deep/)
    await s.kaigi.writer.drain()
    // Everything but the last map, one clock.
    expect(await roomState(s, author.clientID)).toBe(Y.getState(author.store, author.clientID) - 1)
  })
})

describe('a document stored with shared types nested too deep', () => {
  /** Writes the chains straight into the log, as a server without the door's check stored them. */
  async function poisoned(): Promise<TestServer> {
    const s = await server()
    const store = new LibsqlDocStore(s.kaigi.database)
    await store.append([
      { docName: DOC, update: deepMaps(4711, 'meta', 'deep', 20_000) },
      { docName: DOC, update: deepMaps(4712, 'sessions', 's-deep', 20_000) },
    ])
    return s
  }

  it('still lets the owner list every edition', async () => {
    const s = await poisoned()
    const listed = await listEditions(s)
    expect(listed.status).toBe(200)
    const numbers = listed.body?.editions.map((e) => [e.id, e.summary?.number ?? null])
    expect(numbers).toContainEqual([EDITION, 8])
    expect(numbers).toContainEqual(['kumamoto-2018', 6])
  })

  it('lists an edition whose document cannot be read at all without a summary, and the others', async () => {
    const s = await server()
    // Bytes no Yjs can decode, as a damaged disk or a foreign write could leave.
    const damaged = new Uint8Array([1, 1, 200, 200, 200, 200, 200])
    await new LibsqlDocStore(s.kaigi.database).append([{ docName: DOC, update: damaged }])
    const listed = await listEditions(s)
    expect(listed.status).toBe(200)
    const numbers = listed.body?.editions.map((e) => [e.id, e.summary?.number ?? null])
    expect(numbers).toContainEqual([EDITION, null])
    expect(numbers).toContainEqual(['kumamoto-2018', 6])
  })

  it('still exports the draft, without the unreadable session', async () => {
    const s = await poisoned()
    const response = await draftCsv(s)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toContain('s-workshop-1')
    expect(text).not.toContain('s-deep')
  })

  it('still saves, compares, publishes and shows a version of it', async () => {
    const s = await poisoned()
    const api = (path: string, method = 'GET', body?: unknown) =>
      fetch(`${s.url}/api/editions/${EDITION}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: s.ownerCookie },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    const saved = await api('/versions', 'POST', { name: 'Avant nettoyage' })
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: string }
    expect((await api(`/versions/${id}`)).status).toBe(200)
    expect((await api(`/versions/${id}/diff`)).status).toBe(200)
    expect((await api(`/versions/${id}/publish`, 'POST')).status).toBe(204)
    const page = await fetch(`${s.url}/p/${EDITION}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toMatch(/Shizuoka/)
  })

  it('reads in a member replica, reporting the deep session as an invalid entry', async () => {
    const s = await poisoned()
    const reader = member(s)
    await synced(reader)
    await until(() => reader.doc.getMap('sessions').has('s-deep'))
    const read = readEdition(reader.doc)
    expect(read.value.meta.number).toBe(8)
    expect(read.value.sessions.map((session) => session.id)).not.toContain('s-deep')
    expect(read.problems).toContainEqual(
      expect.objectContaining({ code: 'invalid_entry', collection: 'sessions', id: 's-deep' }),
    )
  })
})

describe('values wide rather than deep', () => {
  /** A list of `count` zeros: 2 bytes each, well within a frame. */
  const wideList = (count: number) => `[${Array(count).fill('0').join(',')}]`

  it('takes a JSON item holding a list of 200,000 numbers, as Yjs does', async () => {
    const s = await server()
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    const room = (await s.kaigi.registry.peek(DOC))?.doc
    const CONTENT_JSON = 2
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, 1) // one client
    encoding.writeVarUint(e, 1) // one struct
    encoding.writeVarUint(e, 4901)
    encoding.writeVarUint(e, 0) // clock
    encoding.writeUint8(e, CONTENT_JSON | HAS_PARENT_SUB)
    encoding.writeVarUint(e, 1) // parent is a root type, by name
    encoding.writeVarString(e, 'wide')
    encoding.writeVarString(e, 'zeros')
    encoding.writeVarUint(e, 1)
    encoding.writeVarString(e, wideList(200_000))
    encoding.writeVarUint(e, 0) // empty delete set
    const closes: string[] = []
    raw.closed.then(({ code, reason }) => closes.push(`${code} ${reason}`))
    raw.send(encodeSyncUpdate(encoding.toUint8Array(e)))
    await until(() => room?.getMap('wide').has('zeros') === true || closes.length > 0)
    expect(closes).toEqual([])
    expect(room?.getMap('wide').get('zeros')).toHaveLength(200_000)
    raw.close()
  })
})
