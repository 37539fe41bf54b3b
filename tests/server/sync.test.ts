import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectClient, synced, type TestClient, until } from '../helpers/clients'
import { startServer, type TestServer } from '../helpers/start-server'

let server: TestServer
const clients: TestClient[] = []
const client = (docName = 'programme') => {
  const c = connectClient(server.syncUrl, docName)
  clients.push(c)
  return c
}

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
        a.doc.getText('t').toString() === b.doc.getText('t').toString() &&
        a.doc.getText('t').length === 'Bonjour こんにちは '.length &&
        b.doc.getMap('m').size === 2 &&
        a.doc.getMap('m').size === 2,
    )
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc))
  })
})
