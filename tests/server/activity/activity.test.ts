import { createClient } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { type ActivityEntry, ActivityListSchema } from '../../../shared/activity'
import {
  createMeeting,
  deleteSession,
  moveSession,
  spliceLocalizedText,
  updateSession,
} from '../../../shared/doc/edition'
import type { ParticipantLink } from '../../../shared/meetings'
import { connectClient, synced, type TestClient } from '../../helpers/clients'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const EDITION = '/api/editions/shizuoka-2024'
const DOC = 'edition-shizuoka-2024'

let server: TestServer
let aiko: TestClient
let claire: TestClient
let aikoId: string
let aikoCookie: string

async function invite(committee: 'fr' | 'jp', name: string): Promise<string> {
  const response = await fetch(`${server.url}${EDITION}/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ role: 'editor', committee, expiresInHours: 1 }),
  })
  const { path } = (await response.json()) as { path: string }
  return signIn(server.url, path.slice('/invite/'.length), name, { committee })
}

async function activity(query = '', cookie = server.ownerCookie) {
  const response = await fetch(`${server.url}${EDITION}/activity${query}`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return ActivityListSchema.parse(await response.json())
}

/** Waits until the activity holds an entry matching `match`, and returns it. */
async function waitForEntry(
  match: (entry: ActivityEntry) => boolean,
  query = '',
): Promise<ActivityEntry> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = (await activity(query)).entries.find(match)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('no such activity entry')
}

// Each test has its own server and demo editions: none reads another's entries.
beforeEach(async () => {
  // A short update log: the activity must outlive its compaction.
  server = await startServer({ seeds: DEMO_SEEDS, compactAfterUpdates: 20 })
  aikoCookie = await invite('jp', 'Aiko')
  const claireCookie = await invite('fr', 'Claire')
  const me = await fetch(`${server.url}/api/me`, { headers: { cookie: aikoCookie } })
  aikoId = ((await me.json()) as { person: { id: string } }).person.id
  aiko = connectClient(server.syncUrl, DOC, new Y.Doc(), aikoCookie)
  claire = connectClient(server.syncUrl, DOC, new Y.Doc(), claireCookie)
  await Promise.all([synced(aiko), synced(claire)])
})

afterEach(async () => {
  aiko.destroy()
  claire.destroy()
  await server.close()
  server.cleanup()
})

describe('the activity of an edition', () => {
  it('names who edited which field of which session, one entry for a burst of typing', async () => {
    const title = { collection: 'sessions', id: 's-workshop-1', field: 'title' } as const
    // Forty keystrokes, each its own update, as the browser sends them.
    for (const char of 'と地域の未来を語る会'.repeat(4)) {
      spliceLocalizedText(aiko.doc, title, 'ja', { index: 0, remove: 0, insert: char }, 'aiko')
    }
    const typed = await waitForEntry(
      (e) => e.entityId === 's-workshop-1' && e.personId === aikoId && e.changes === 40,
    )
    expect(typed).toMatchObject({
      actorKind: 'member',
      actorName: 'Aiko',
      committee: 'jp',
      section: 'sessions',
      action: 'edited',
      fields: ['title.ja'],
    })
    expect(typed.label.ja.startsWith('会る語を')).toBe(true)
    expect(typed.label.fr).not.toBe('')

    moveSession(claire.doc, 's-workshop-1', { day: '2024-11-20', startMinutes: 16 * 60 }, 'claire')
    const moved = await waitForEntry((e) => e.actorName === 'Claire')
    expect(moved).toMatchObject({
      committee: 'fr',
      entityId: 's-workshop-1',
      action: 'edited',
    })
    // It was on another day: both the day and the time moved.
    expect(moved.fields.sort()).toEqual(['day', 'start'])
  })

  it('is filtered by session and by member', async () => {
    updateSession(aiko.doc, 's-workshop-1', { title: { ja: '若者の交流' } }, 'aiko')
    updateSession(claire.doc, 's-closing', { title: { fr: 'Clôture' } }, 'claire')
    updateSession(aiko.doc, 's-closing', { description: { ja: '共同宣言の採択。' } }, 'aiko')
    await waitForEntry((e) => e.entityId === 's-closing' && e.actorName === 'Aiko')
    await waitForEntry((e) => e.entityId === 's-closing' && e.actorName === 'Claire')

    const ofSession = await activity('?entity=s-closing')
    expect(ofSession.entries.map((e) => e.actorName).sort()).toEqual(['Aiko', 'Claire'])
    expect(ofSession.entries.every((e) => e.entityId === 's-closing')).toBe(true)

    const ofAiko = await activity(`?person=${aikoId}`)
    expect(ofAiko.entries.map((e) => e.entityId).sort()).toEqual(['s-closing', 's-workshop-1'])
    expect(ofAiko.entries.every((e) => e.actorName === 'Aiko')).toBe(true)
  })

  it('names a deleted session by its title before the deletion', async () => {
    deleteSession(claire.doc, 's-break-21', 'claire')
    const deleted = await waitForEntry((e) => e.action === 'deleted')
    expect(deleted).toMatchObject({ entityId: 's-break-21', actorName: 'Claire', fields: [] })
    expect(deleted.label.fr).toBe('Pause')
  })

  it('names a participant of a meeting by the name they gave', async () => {
    const meetingId = createMeeting(
      aiko.doc,
      { date: '2024-05-14', place: { fr: 'Tokyo', ja: '東京' }, intakeOpen: true },
      'aiko',
    )
    let link: ParticipantLink | null = null
    for (let attempt = 0; attempt < 100 && !link; attempt++) {
      const response = await fetch(
        `${server.url}${EDITION}/meetings/${meetingId}/participant-link`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
          body: '{}',
        },
      )
      if (response.status === 200) link = (await response.json()) as ParticipantLink
      else await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const token = link?.path.slice('/m/'.length)
    const posted = await fetch(`${server.url}/api/public/meetings/${token}/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'Un atelier sur la jeunesse',
        authorName: 'Mme Durand',
        collectivite: 'Ville de Lyon',
        target: 'programme',
        themeId: null,
      }),
    })
    expect(posted.status).toBe(201)
    const suggested = await waitForEntry((e) => e.section === 'suggestions')
    expect(suggested).toMatchObject({
      personId: null,
      actorKind: 'participant',
      actorName: 'Mme Durand',
      action: 'created',
    })
    expect(suggested.label.fr).toBe('Un atelier sur la jeunesse')
  })

  it('outlives compaction and a restart, and is read by members only', async () => {
    // Far more updates than the log keeps before it is folded into the snapshot.
    const notes = { collection: 'sessions', id: 's-closing', field: 'description' } as const
    for (let n = 0; n < 60; n++) {
      spliceLocalizedText(aiko.doc, notes, 'fr', { index: 0, remove: 0, insert: '.' }, 'aiko')
    }
    const written = await waitForEntry(
      (e) => e.entityId === 's-closing' && e.fields.includes('description.fr') && e.changes >= 60,
    )
    expect(written).toMatchObject({ personId: aikoId, actorName: 'Aiko' })
    // Read once all 60 are in it: the list holds at least the new entry.
    const before = await activity()
    expect(before.entries.map((e) => e.id)).toContain(written.id)
    const databaseUrl = server.databaseUrl
    // The log was folded: fewer updates are left in it than were just made.
    const db = createClient({ url: databaseUrl })
    const logged = await db.execute({
      sql: 'SELECT count(*) AS n FROM document_updates WHERE doc_name = ?',
      args: [DOC],
    })
    db.close()
    expect(Number(logged.rows[0]?.n)).toBeLessThan(60)
    aiko.destroy()
    claire.destroy()
    await server.close()
    server = await startServer({ seeds: DEMO_SEEDS, databaseUrl })
    aiko = connectClient(server.syncUrl, DOC, new Y.Doc(), aikoCookie)
    claire = connectClient(server.syncUrl, DOC, new Y.Doc())
    const after = await activity()
    // Every entry comes back as it was, the new one with its 60 changes.
    expect(after.entries).toEqual(before.entries)
    expect(after.entries.find((e) => e.id === written.id)).toEqual(written)
    const stranger = await fetch(`${server.url}${EDITION}/activity`)
    expect(stranger.status).toBe(401)
    const wrongFilter = await fetch(`${server.url}${EDITION}/activity?limit=0`, {
      headers: { cookie: server.ownerCookie },
    })
    expect(wrongFilter.status).toBe(400)
  })

  it('pages through the entries, newest first, without skipping any', async () => {
    const sessions = [
      's-workshop-1',
      's-closing',
      's-break-21',
      's-opening-plenary',
      's-workshop-2',
    ]
    for (const [n, id] of sessions.entries()) {
      const who = n % 2 === 0 ? aiko : claire
      updateSession(who.doc, id, { description: { fr: `Note ${n}` } }, 'test')
      await waitForEntry((e) => e.entityId === id)
    }
    const all = await activity('?limit=200')
    expect(all.entries.map((e) => e.entityId).sort()).toEqual([...sessions].sort())
    const paged: string[] = []
    let next: string | null = ''
    while (next !== null) {
      const page = await activity(`?limit=2${next ? `&before=${next}` : ''}`)
      paged.push(...page.entries.map((e) => e.id))
      next = page.next
    }
    expect(paged).toEqual(all.entries.map((e) => e.id))
    const times = all.entries.map((e) => e.lastAt)
    expect([...times].sort().reverse()).toEqual(times)
  })
})
