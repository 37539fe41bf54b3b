import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { signIn, TEST_OWNER_TOKEN } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
const clients: TestClient[] = []
const client = (docName = 'programme', cookie?: string) => {
  const c = connectClient(server.syncUrl, docName, new Y.Doc(), cookie)
  clients.push(c)
  return c
}
const text = (c: TestClient) => c.doc.getText('t').toString()

beforeEach(async () => {
  server = await startServer()
})
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await server.close()
  server.cleanup()
})

describe('sync between y-websocket clients', () => {
  it('converges two clients that edit concurrently', async () => {
    const a = client()
    const b = client()
    await Promise.all([synced(a), synced(b)])
    a.doc.getText('t').insert(0, 'Bonjour ')
    b.doc.getText('t').insert(0, 'こんにちは ')
    a.doc.getMap('m').set('a', 1)
    b.doc.getMap('m').set('b', 2)
    await until(
      () =>
        text(a) === text(b) &&
        text(a).length === 'Bonjour こんにちは '.length &&
        a.doc.getMap('m').size === 2 &&
        b.doc.getMap('m').size === 2,
    )
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc))
  })

  it('gives a client that joins later everything edited before', async () => {
    const a = client()
    const b = client()
    await Promise.all([synced(a), synced(b)])
    for (let i = 0; i < 20; i++) {
      a.doc.getText('t').insert(text(a).length, `a${i} `)
      b.doc.getMap('m').set(`k${i}`, i)
    }
    a.doc.getText('t').delete(0, 3)
    await until(() => text(a) === text(b) && a.doc.getMap('m').size === 20)
    const c = client()
    await synced(c)
    await until(() => text(c) === text(a) && c.doc.getMap('m').size === 20)
    expect(c.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON())
  })

  it('keeps documents apart', async () => {
    const a = client('comite-8')
    const b = client('comite-7')
    await Promise.all([synced(a), synced(b)])
    a.doc.getText('t').insert(0, 'Shizuoka')
    const c = client('comite-8')
    await until(() => text(c) === 'Shizuoka')
    expect(text(b)).toBe('')
  })

  it('removes the presence of a client that leaves', async () => {
    const a = client()
    const b = client('programme', await signIn(server.url, TEST_OWNER_TOKEN, 'Aiko'))
    await Promise.all([synced(a), synced(b)])
    b.provider.awareness.setLocalStateField('editing', true)
    const bId = b.doc.clientID
    await until(() => a.provider.awareness.getStates().get(bId)?.user?.name === 'Aiko')
    b.destroy()
    clients.splice(clients.indexOf(b), 1)
    await until(() => !a.provider.awareness.getStates().has(bId), 10_000, 'presence removed')
    expect([...a.provider.awareness.getStates().keys()]).toEqual([a.doc.clientID])
  })

  it('answers a query for presence with every client present', async () => {
    const a = client('programme', await signIn(server.url, TEST_OWNER_TOKEN, 'Claire'))
    const b = client('programme', await signIn(server.url, TEST_OWNER_TOKEN, 'Kenji'))
    await Promise.all([synced(a), synced(b)])
    // The names come from each one's sign-in: the server writes them in.
    a.provider.awareness.setLocalStateField('editing', true)
    b.provider.awareness.setLocalStateField('editing', true)
    const c = client()
    await synced(c)
    await until(() => c.provider.awareness.getStates().size === 3)
    const names = [...c.provider.awareness.getStates().values()].map((s) => s.user?.name)
    expect(names.sort()).toEqual(['Claire', 'Kenji', undefined])
  })
})
