import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createSession,
  EditionSnapshotSchema,
  readEdition,
  SCHEMA_VERSION,
  updateSession,
} from '../../../../shared/doc/edition'
import { exchange, ME, replicaOf, smallEdition } from './fixtures'

/** An honest edition with a second session, and a hostile replica of it. */
function editionWithHostilePeer() {
  const edition = smallEdition()
  createSession(
    edition.doc,
    {
      id: 'plenary',
      kind: 'plenary',
      day: '2024-11-20',
      start: '09:00',
      roomIds: [edition.small],
    },
    ME,
  )
  const hostile = replicaOf(edition.doc)
  return { ...edition, hostile }
}

/** The raw Y.Map of a session in `doc`, as only a hostile client would touch it. */
const rawSession = (doc: Y.Doc, id: string) => doc.getMap('sessions').get(id) as Y.Map<unknown>

describe('readEdition against hostile entries', () => {
  it('reports a session whose duration is a string and keeps the rest of the programme', () => {
    const { doc, hostile, session } = editionWithHostilePeer()
    rawSession(hostile, session).set('durationMinutes', '90')
    exchange(doc, hostile)
    const { value, problems } = readEdition(doc)
    expect(problems).toEqual([
      {
        code: 'invalid_entry',
        collection: 'sessions',
        id: session,
        issues: [{ path: 'durationMinutes', message: expect.any(String) }],
      },
    ])
    expect(value.sessions.map((entry) => entry.id)).toEqual(['plenary'])
    expect(value.rooms).toHaveLength(2)
    expect(EditionSnapshotSchema.safeParse(value).success).toBe(true)
  })

  it('reports entries that are not maps, ids that are not ids and texts that are not texts', () => {
    const { doc, hostile } = editionWithHostilePeer()
    hostile.transact(() => {
      hostile.getMap('sessions').set('garbage', 'just a string')
      hostile.getMap('persons').set('not an id!', new Y.Map())
      rawSession(hostile, 'plenary').set('title', 'a plain title')
      hostile.getMap('rooms').set('huge', new Y.Map([['capacity', -1]]))
    })
    exchange(doc, hostile)
    const { value, problems } = readEdition(doc)
    expect(problems.map((problem) => ('id' in problem ? problem.id : problem.code))).toEqual([
      'not an id!',
      'huge',
      'garbage',
      'plenary',
    ])
    expect(value.sessions.map((entry) => entry.id)).toEqual(['workshop'])
    expect(value.persons).toHaveLength(2)
  })

  it('lets a member repair a broken entry by writing it again', () => {
    const { doc, hostile } = editionWithHostilePeer()
    rawSession(hostile, 'plenary').set('title', 42)
    exchange(doc, hostile)
    expect(readEdition(doc).problems).toHaveLength(1)
    updateSession(doc, 'plenary', { title: { fr: 'Séance plénière', ja: '全体会議' } }, ME)
    const { value, problems } = readEdition(doc)
    expect(problems).toEqual([])
    expect(value.sessions.find((entry) => entry.id === 'plenary')?.title.ja).toBe('全体会議')
  })

  it('reads a missing language as empty rather than dropping the entry', () => {
    const { doc, hostile, session } = editionWithHostilePeer()
    ;(rawSession(hostile, session).get('title') as Y.Map<unknown>).delete('ja')
    exchange(doc, hostile)
    const { value, problems } = readEdition(doc)
    expect(problems).toEqual([])
    expect(value.sessions.find((entry) => entry.id === session)?.title).toEqual({
      fr: 'Atelier 1',
      ja: '',
      en: '',
    })
  })

  it('reads a bad metadata field as its default and keeps the others', () => {
    const { doc, hostile } = editionWithHostilePeer()
    hostile.getMap('meta').set('timeZone', 'Mars/Olympus_Mons')
    exchange(doc, hostile)
    const { value, problems } = readEdition(doc)
    expect(problems).toMatchObject([{ code: 'invalid_meta_field', field: 'timeZone' }])
    expect(value.meta).toMatchObject({ timeZone: 'UTC', startDate: '2024-11-18', number: 8 })
    expect(value.sessions).toHaveLength(2)
  })

  it('resolves references to entries that are gone or unreadable as none', () => {
    const { doc, hostile, session, hall } = editionWithHostilePeer()
    hostile.transact(() => {
      ;(rawSession(hostile, session).get('roomIds') as Y.Array<string>).push(['ghost'])
      ;(rawSession(hostile, session).get('speakerIds') as Y.Array<string>).push([
        'nobody',
        'claire',
      ])
      ;(hostile.getMap('rooms').get(hall) as Y.Map<unknown>).set('position', 'first')
    })
    exchange(doc, hostile)
    const { value } = readEdition(doc)
    expect(value.sessions.find((entry) => entry.id === session)).toMatchObject({
      roomIds: [],
      speakerIds: ['claire'],
    })
    expect(value.sessions.find((entry) => entry.id === 'plenary')?.roomIds).toEqual(['small'])
  })
})

describe('readEdition of documents that hold no edition of this version', () => {
  it('reports an empty document and reads valid defaults', () => {
    const { value, problems } = readEdition(new Y.Doc())
    expect(problems).toEqual([{ code: 'missing_meta' }])
    expect(EditionSnapshotSchema.safeParse(value).success).toBe(true)
    expect(value.sessions).toEqual([])
  })

  it('reports a document written by a newer Kaigi and reads what it understands', () => {
    const { doc } = smallEdition()
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1)
    const { value, problems } = readEdition(doc)
    expect(problems).toEqual([
      { code: 'unsupported_schema_version', found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION },
    ])
    expect(value.sessions).toHaveLength(1)
  })
})
