import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { createMeeting, readEdition, updateMeeting } from '../../../shared/doc/edition'
import { ErrorCode } from '../../../shared/errors'
import { type ParticipantLink, PublicMeetingSchema } from '../../../shared/meetings'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedState } from '../../helpers/db-state'
import { startServer, type TestServer } from '../../helpers/start-server'

const DOC = 'edition-shizuoka-2024'
let server: TestServer
let chair: TestClient
let token = ''
let meetingId = ''

const suggestions = (c: TestClient) => readEdition(c.doc).value.suggestions

function post(path: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}
const suggest = (body: unknown) => post(`/api/public/meetings/${token}/suggestions`, body)

/** Sends `body`, expects a refusal with `status` and `code`; returns the fields it names. */
async function refused(body: unknown, status: number, code: string): Promise<string[]> {
  const before = await storedState(server.kaigi.database)
  const count = suggestions(chair).length
  const response = await suggest(body)
  expect(response.status).toBe(status)
  const { error } = (await response.json()) as {
    error: { code: string; issues?: Array<{ path: string }> }
  }
  expect(error.code).toBe(code)
  // Nothing written: not the database, not the document anyone has.
  expect(await storedState(server.kaigi.database)).toBe(before)
  expect(suggestions(chair).length).toBe(count)
  return (error.issues ?? []).map((issue) => issue.path)
}

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
  chair = connectClient(server.syncUrl, DOC, new Y.Doc())
  await synced(chair)
  meetingId = createMeeting(
    chair.doc,
    {
      date: '2024-05-14',
      place: { fr: 'Ambassade de France, Tokyo', ja: '在日フランス大使館' },
      intakeOpen: true,
    },
    'chair',
  )
  await until(() => server.kaigi.registry.loadedCount > 0)
  // The server has the meeting once the link can be made.
  let response: Response | null = null
  for (let attempt = 0; attempt < 100; attempt++) {
    response = await post(
      `/api/editions/shizuoka-2024/meetings/${meetingId}/participant-link`,
      {},
      server.ownerCookie,
    )
    if (response.status === 200) break
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  expect(response?.status).toBe(200)
  const link = (await response?.json()) as ParticipantLink
  token = link.path.slice('/m/'.length)
})

afterAll(async () => {
  chair.destroy()
  await server.close()
  server.cleanup()
})

describe('a meeting’s participant link', () => {
  it('is one per meeting, and only for its committee', async () => {
    const again = await post(
      `/api/editions/shizuoka-2024/meetings/${meetingId}/participant-link`,
      {},
      server.ownerCookie,
    )
    expect(((await again.json()) as ParticipantLink).path).toBe(`/m/${token}`)
    const anonymous = await post(
      `/api/editions/shizuoka-2024/meetings/${meetingId}/participant-link`,
      {},
    )
    expect(anonymous.status).toBe(401)
    const unknown = await post(
      '/api/editions/shizuoka-2024/meetings/no-such-meeting/participant-link',
      {},
      server.ownerCookie,
    )
    expect(unknown.status).toBe(404)
  })

  it('shows the meeting and its workshops to anyone, with no account', async () => {
    const response = await fetch(`${server.url}/api/public/meetings/${token}`)
    expect(response.status).toBe(200)
    const meeting = PublicMeetingSchema.parse(await response.json())
    expect(meeting.place.ja).toBe('在日フランス大使館')
    expect(meeting.intakeOpen).toBe(true)
    expect(meeting.workshops.map((w) => w.id)).toEqual([
      'theme-disaster',
      'theme-youth',
      'theme-tourism',
    ])
    expect((await fetch(`${server.url}/api/public/meetings/nope`)).status).toBe(404)
  })
})

describe('suggestions from the room', () => {
  it('appear in a connected committee member’s document', async () => {
    const response = await suggest({
      text: '防災分科会に高校生の参加を',
      authorName: '山田',
      collectivite: '静岡市',
      target: 'workshop',
      themeId: 'theme-disaster',
    })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }
    await until(() => suggestions(chair).some((s) => s.id === id))
    const arrived = suggestions(chair).find((s) => s.id === id)
    expect(arrived).toMatchObject({
      meetingId,
      text: '防災分科会に高校生の参加を',
      authorName: '山田',
      collectivite: '静岡市',
      target: 'workshop',
      themeId: 'theme-disaster',
      status: 'new',
      supporterIds: [],
    })
  })

  it('are refused with the field named when they are wrong, and write nothing', async () => {
    expect(
      await refused({ text: '   ', target: 'programme' }, 400, ErrorCode.InvalidInput),
    ).toEqual(['text'])
    expect(
      await refused({ text: 'x'.repeat(1001), target: 'programme' }, 400, ErrorCode.InvalidInput),
    ).toEqual(['text'])
    expect(await refused({ text: 'Bonjour', target: 'menu' }, 400, ErrorCode.InvalidInput)).toEqual(
      ['target'],
    )
    expect(
      await refused(
        { text: 'Atelier ?', target: 'workshop', themeId: 'theme-global' },
        400,
        ErrorCode.InvalidInput,
      ),
    ).toEqual(['themeId'])
    expect(
      await refused(
        { text: 'Bonjour', target: 'other', meetingId: 'another' },
        400,
        ErrorCode.InvalidInput,
      ),
    ).toEqual([''])
    expect(
      await refused(
        { text: 'Bonjour', target: 'other', authorName: 'n'.repeat(101) },
        400,
        ErrorCode.InvalidInput,
      ),
    ).toEqual(['authorName'])
    expect(await refused('{not json', 400, ErrorCode.InvalidInput)).toEqual([''])
  })

  it('are refused once the chair closes the intake', async () => {
    updateMeeting(chair.doc, meetingId, { intakeOpen: false }, 'chair')
    for (let attempt = 0; attempt < 100; attempt++) {
      const meeting = PublicMeetingSchema.parse(
        await (await fetch(`${server.url}/api/public/meetings/${token}`)).json(),
      )
      if (!meeting.intakeOpen) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await refused({ text: 'Trop tard ?', target: 'other' }, 409, ErrorCode.IntakeClosed)
    updateMeeting(chair.doc, meetingId, { intakeOpen: true }, 'chair')
  })

  it('take a collectivité’s workshop proposal too, checked the same way', async () => {
    const propose = (body: unknown) => post(`/api/public/meetings/${token}/proposals`, body)
    const response = await propose({
      title: { fr: 'Jumelages scolaires' },
      description: { fr: 'Échanges entre lycées de Tours et de Shizuoka.' },
      themeId: 'theme-youth',
      collectiviteNames: ['Ville de Tours', 'Shizuoka City'],
    })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }
    await until(() => readEdition(chair.doc).value.proposals.some((p) => p.id === id))
    expect(readEdition(chair.doc).value.proposals.find((p) => p.id === id)).toMatchObject({
      status: 'submitted',
      collectiviteNames: ['Ville de Tours', 'Shizuoka City'],
    })
    const refusedProposal = await propose({ title: {}, collectiviteNames: [] })
    expect(refusedProposal.status).toBe(400)
    const { error } = (await refusedProposal.json()) as {
      error: { issues: Array<{ path: string }> }
    }
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['collectiviteNames', 'title'])
  })
})
