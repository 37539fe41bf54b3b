import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import {
  moveSession,
  readEdition,
  type SessionChange,
  updateSession,
} from '../../../shared/doc/edition'
import { VersionListSchema } from '../../../shared/versions'
import { type ApiRequest, apiRequest } from '../../helpers/api'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
let member: TestClient
const session = (id: string) => readEdition(member.doc).value.sessions.find((s) => s.id === id)

/** A request of the owner to the edition's API. */
const api = (path: string, init: ApiRequest = {}) =>
  apiRequest(server.url, `/api/editions/shizuoka-2024${path}`, {
    cookie: server.ownerCookie,
    ...init,
  })

// Each test has its own server and demo editions: none builds on another's versions.
beforeEach(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
  member = connectClient(server.syncUrl, 'edition-shizuoka-2024', new Y.Doc())
  await synced(member)
})
afterEach(async () => {
  member.destroy()
  await server.close()
  server.cleanup()
})

describe('named versions', () => {
  it('are saved, listed newest first, compared with now, and restored live', async () => {
    const first = await api('/versions', {
      method: 'POST',
      body: { name: 'Version présentée au comité du 18/09/2023' },
    })
    expect(first.status).toBe(201)
    const { id } = (await first.json()) as { id: string }

    moveSession(member.doc, 's-break-21', { day: '2024-11-21', startMinutes: 11 * 60 + 30 }, 'me')
    updateSession(
      member.doc,
      's-closing',
      { title: { fr: 'Clôture et déclaration commune' } },
      'me',
    )
    // The server holds both edits once a second version sees them.
    let changes: SessionChange[] = []
    for (let attempt = 0; attempt < 100 && changes.length < 2; attempt++) {
      changes = (
        (await (await api(`/versions/${id}/diff?to=now`)).json()) as {
          changes: SessionChange[]
        }
      ).changes
      if (changes.length < 2) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    // In programme order: the closing (11:15) now comes before the break (11:30).
    expect(changes.map((change) => [change.kind, change.session.id])).toEqual([
      ['changed', 's-closing'],
      ['changed', 's-break-21'],
    ])
    const moved = changes[1]
    expect(moved?.kind === 'changed' && moved.moved?.to.start).toBe('11:30')

    await api('/versions', { method: 'POST', body: { name: 'Après la réunion' } })
    const list = VersionListSchema.parse(await (await api('/versions')).json())
    expect(list.versions.map((v) => v.name)).toEqual([
      'Après la réunion',
      'Version présentée au comité du 18/09/2023',
    ])
    expect(list.versions[0]?.authorName).toBe('Owner')

    expect((await api(`/versions/${id}/restore`, { method: 'POST' })).status).toBe(204)
    await until(() => session('s-break-21')?.start === '11:00')
    expect(session('s-closing')?.title.fr).not.toContain('déclaration commune')
    // The restore is a change on top: the later version still holds the edits.
    const later = list.versions[0]?.id
    const undone = (
      (await (await api(`/versions/${id}/diff?to=${later}`)).json()) as {
        changes: SessionChange[]
      }
    ).changes
    expect(undone).toHaveLength(2)
  })

  it('are saved and restored by editors, published by owners; viewers only read them', async () => {
    const invite = await api('/invitations', {
      method: 'POST',
      body: { role: 'viewer', expiresInHours: 1 },
    })
    const token = ((await invite.json()) as { path: string }).path.slice('/invite/'.length)
    const viewer = await signIn(server.url, token, 'Victor')
    const asViewer = (path: string, method = 'GET', body?: unknown) =>
      fetch(`${server.url}/api/editions/shizuoka-2024${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: viewer },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      })
    const saved = await api('/versions', { method: 'POST', body: { name: 'Avant la réunion' } })
    expect(saved.status).toBe(201)
    const [any] = VersionListSchema.parse(await (await asViewer('/versions')).json()).versions
    expect(any?.name).toBe('Avant la réunion')
    expect((await asViewer(`/versions/${any?.id}/diff?to=now`)).status).toBe(200)
    expect((await asViewer('/versions', 'POST', { name: 'x' })).status).toBe(403)
    expect((await asViewer(`/versions/${any?.id}/restore`, 'POST')).status).toBe(403)
    expect((await asViewer(`/versions/${any?.id}/publish`, 'POST')).status).toBe(403)
    const nameless = await api('/versions', { method: 'POST', body: { name: ' ' } })
    expect(nameless.status).toBe(400)
    expect((await api('/versions/nope/restore', { method: 'POST' })).status).toBe(404)
    const anonymous = await fetch(`${server.url}/api/editions/shizuoka-2024/versions`)
    expect(anonymous.status).toBe(401)
  })

  it('publish one version: the public programme is frozen until the next is published', async () => {
    const publicProgramme = async () =>
      fetch(`${server.url}/api/public/editions/shizuoka-2024/programme`)
    expect((await publicProgramme()).status).toBe(404)
    const room = await server.kaigi.registry.peek('edition-shizuoka-2024')
    const live = () =>
      readEdition(room?.doc ?? new Y.Doc()).value.sessions.find((s) => s.id === 's-closing')
    const atPublication = live()?.title.fr
    expect(atPublication).toEqual(expect.any(String))
    expect(atPublication).not.toBe('Brouillon après publication')
    const saved = await api('/versions', { method: 'POST', body: { name: 'Programme officiel' } })
    const { id } = (await saved.json()) as { id: string }
    expect((await api(`/versions/${id}/publish`, { method: 'POST' })).status).toBe(204)
    const titleOf = async () => {
      const body = (await (await publicProgramme()).json()) as {
        versionName: string
        programme: { sessions: Array<{ id: string; title: { fr: string } }> }
      }
      return [body.versionName, body.programme.sessions.find((s) => s.id === 's-closing')?.title.fr]
    }
    const published = await titleOf()
    // The published programme holds the session, titled as it was when published.
    expect(published).toEqual(['Programme officiel', atPublication])

    // The draft moves on; the public programme does not.
    updateSession(member.doc, 's-closing', { title: { fr: 'Brouillon après publication' } }, 'me')
    await until(() => live()?.title.fr === 'Brouillon après publication')
    expect(await titleOf()).toEqual(published)

    // Publishing again replaces it; the first stays listed as published.
    let republished: string | undefined
    for (let attempt = 0; attempt < 100 && republished === undefined; attempt++) {
      const next = await api('/versions', {
        method: 'POST',
        body: { name: 'Programme officiel 2' },
      })
      const nextId = ((await next.json()) as { id: string }).id
      await api(`/versions/${nextId}/publish`, { method: 'POST' })
      const [, title] = await titleOf()
      if (title === 'Brouillon après publication') republished = nextId
    }
    expect(republished).toBeDefined()
    const list = VersionListSchema.parse(await (await api('/versions')).json())
    expect(list.versions.find((v) => v.id === id)?.publishedAt).not.toBeNull()
  })
})
