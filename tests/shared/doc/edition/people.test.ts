import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addRegistration,
  addSessionPerson,
  collectiviteUses,
  createCollectivite,
  createPerson,
  createSession,
  deleteCollectivite,
  deletePerson,
  EditionError,
  mergeCollectivites,
  PEOPLE_FIELD_OF_ROLE,
  readEdition,
  removeSessionPerson,
  reorderSessionPerson,
  SESSION_ROLES,
  updateCollectivite,
  updatePerson,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition, stateOf } from './fixtures'

const sessionOf = (doc: Y.Doc, id: string) => {
  const session = readEdition(doc).value.sessions.find((entry) => entry.id === id)
  if (!session) throw new Error(`no session ${id}`)
  return session
}

/** Expects `edit` to be refused with `code`, the document unchanged. */
function expectRefused(doc: Y.Doc, code: string, edit: () => unknown): void {
  const before = stateOf(doc)
  let caught: unknown
  try {
    edit()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(EditionError)
  expect((caught as EditionError).code).toBe(code)
  expect(stateOf(doc)).toEqual(before)
}

describe('the people of a session, in each of the four roles', () => {
  it.each(SESSION_ROLES)('adds, orders and removes a %s, each once', (role) => {
    const { doc, session, claire, kenta } = smallEdition()
    const field = PEOPLE_FIELD_OF_ROLE[role]
    const aya = createPerson(doc, { name: { fr: 'Aya Sano', ja: '佐野 彩' } }, ME)
    // The workshop starts with Claire as its speaker and nobody else.
    removeSessionPerson(doc, session, role, claire, ME)
    addSessionPerson(doc, session, role, kenta, ME)
    addSessionPerson(doc, session, role, claire, ME)
    addSessionPerson(doc, session, role, aya, ME)
    addSessionPerson(doc, session, role, kenta, ME)
    expect(sessionOf(doc, session)[field]).toEqual([kenta, claire, aya])
    reorderSessionPerson(doc, session, role, aya, -1, ME)
    expect(sessionOf(doc, session)[field]).toEqual([kenta, aya, claire])
    reorderSessionPerson(doc, session, role, kenta, -1, ME)
    reorderSessionPerson(doc, session, role, claire, 1, ME)
    expect(sessionOf(doc, session)[field]).toEqual([kenta, aya, claire])
    removeSessionPerson(doc, session, role, aya, ME)
    expect(sessionOf(doc, session)[field]).toEqual([kenta, claire])
    // The other roles are left as they were.
    for (const other of SESSION_ROLES.filter((each) => each !== role)) {
      const expected = other === 'speaker' ? [claire] : []
      expect(sessionOf(doc, session)[PEOPLE_FIELD_OF_ROLE[other]]).toEqual(expected)
    }
  })

  it('refuses a person who does not exist, in any role', () => {
    const { doc, session } = smallEdition()
    for (const role of SESSION_ROLES) {
      expectRefused(doc, 'unknown_reference', () =>
        addSessionPerson(doc, session, role, 'nobody', ME),
      )
    }
  })

  it('keeps both members’ additions to the rapporteurs and the witnesses', () => {
    const { doc: paris, session, claire, kenta } = smallEdition()
    const tokyo = replicaOf(paris)
    addSessionPerson(paris, session, 'rapporteur', claire, ME)
    addSessionPerson(tokyo, session, 'rapporteur', kenta, ME)
    addSessionPerson(tokyo, session, 'witness', kenta, ME)
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo).sessions.find((entry) => entry.id === session)
    expect([...(merged?.rapporteurIds ?? [])].sort()).toEqual([claire, kenta].sort())
    expect(merged?.witnessIds).toEqual([kenta])
  })
})

describe('a person in use, deleted', () => {
  it('is taken off every role of every session', () => {
    const { doc, session, claire, kenta } = smallEdition()
    const other = createSession(
      doc,
      {
        kind: 'plenary',
        day: '2024-11-21',
        start: '09:00',
        moderatorIds: [claire],
        speakerIds: [kenta, claire],
        rapporteurIds: [claire],
        witnessIds: [claire, kenta],
      },
      ME,
    )
    addSessionPerson(doc, session, 'witness', claire, ME)
    expect(deletePerson(doc, claire, ME)).toBe(true)
    // A new person under the same id must not inherit the places the deletion left.
    createPerson(doc, { id: claire, name: { fr: 'Claire B.', ja: 'クレール・B' } }, ME)
    for (const id of [session, other]) {
      const entry = sessionOf(doc, id)
      for (const role of SESSION_ROLES) {
        expect(entry[PEOPLE_FIELD_OF_ROLE[role]], `${id} ${role}`).not.toContain(claire)
      }
    }
    expect(sessionOf(doc, other)).toMatchObject({ speakerIds: [kenta], witnessIds: [kenta] })
  })
})

describe('a person changed', () => {
  it('keeps their reading when only their collectivité changes', () => {
    const { doc } = smallEdition()
    const id = createPerson(
      doc,
      { name: { fr: 'Tarō Suzuki', ja: '鈴木 太郎' }, reading: 'すずき たろう' },
      ME,
    )
    updatePerson(doc, id, { collectiviteId: null }, ME)
    const person = readEdition(doc).value.persons.find((entry) => entry.id === id)
    expect(person?.reading).toBe('すずき たろう')
    updatePerson(doc, id, { reading: '' }, ME)
    expect(readEdition(doc).value.persons.find((entry) => entry.id === id)?.reading).toBe('')
  })
})

describe('collectivités', () => {
  const shizuoka = {
    name: { fr: 'Ville de Shizuoka', ja: '静岡市', en: '' },
    country: 'JP',
    kind: 'city',
  } as const

  it('refuses to delete one that persons or registrations name, changing nothing', () => {
    const { doc, kenta } = smallEdition()
    const city = createCollectivite(doc, shizuoka, ME)
    updatePerson(doc, kenta, { collectiviteId: city }, ME)
    expectRefused(doc, 'in_use', () => deleteCollectivite(doc, city, ME))
    updatePerson(doc, kenta, { collectiviteId: null }, ME)
    addRegistration(
      doc,
      {
        collectiviteId: city,
        collectiviteName: '静岡市',
        country: 'JP',
        delegates: 4,
        workshopIds: [],
        wantsToSpeak: false,
        wantsToPropose: false,
      },
      'server',
    )
    expect(collectiviteUses(doc, city)).toEqual({
      persons: [],
      registrations: [expect.any(String)],
    })
    expectRefused(doc, 'in_use', () => deleteCollectivite(doc, city, ME))
    expect(readEdition(doc).value.collectivites.map((entry) => entry.id)).toEqual([city])
  })

  it('deletes one nobody names', () => {
    const { doc } = smallEdition()
    const city = createCollectivite(doc, shizuoka, ME)
    expect(deleteCollectivite(doc, city, ME)).toBe(true)
    expect(deleteCollectivite(doc, city, ME)).toBe(false)
    expect(readEdition(doc).value.collectivites).toEqual([])
  })

  it('merged, points its persons and registrations at the other and lends it the names it lacked', () => {
    const { doc, claire, kenta } = smallEdition()
    const typedTwice = createCollectivite(
      doc,
      { name: { fr: 'Shizuoka', ja: '', en: 'Shizuoka City' }, country: 'JP', kind: 'city' },
      ME,
    )
    const city = createCollectivite(doc, shizuoka, ME)
    updatePerson(doc, kenta, { collectiviteId: typedTwice }, ME)
    updatePerson(doc, claire, { collectiviteId: city }, ME)
    const registration = addRegistration(
      doc,
      {
        collectiviteId: typedTwice,
        collectiviteName: 'Shizuoka',
        country: 'JP',
        delegates: 3,
        workshopIds: [],
        wantsToSpeak: true,
        wantsToPropose: false,
      },
      'server',
    )
    mergeCollectivites(doc, typedTwice, city, ME)
    const { value } = readEdition(doc)
    expect(value.collectivites).toEqual([
      {
        id: city,
        ...shizuoka,
        name: { fr: 'Ville de Shizuoka', ja: '静岡市', en: 'Shizuoka City' },
        directoryId: null,
      },
    ])
    expect(value.persons.map((person) => [person.id, person.collectiviteId])).toEqual([
      [claire, city],
      [kenta, city],
    ])
    expect(value.registrations.find((entry) => entry.id === registration)?.collectiviteId).toBe(
      city,
    )
    expect(collectiviteUses(doc, typedTwice)).toEqual({ persons: [], registrations: [] })
  })

  it('refuses to merge one into itself or into one that is gone, changing nothing', () => {
    const { doc } = smallEdition()
    const city = createCollectivite(doc, shizuoka, ME)
    expectRefused(doc, 'invalid_input', () => mergeCollectivites(doc, city, city, ME))
    expectRefused(doc, 'not_found', () => mergeCollectivites(doc, city, 'gone', ME))
  })

  it('renamed in one language by one member while another merges it, keeps the merge', () => {
    const { doc: paris, kenta } = smallEdition()
    const typedTwice = createCollectivite(
      paris,
      { name: { fr: 'Shizuoka', ja: '' }, country: 'JP', kind: 'city' },
      ME,
    )
    const city = createCollectivite(paris, shizuoka, ME)
    updatePerson(paris, kenta, { collectiviteId: typedTwice }, ME)
    const tokyo = replicaOf(paris)
    mergeCollectivites(paris, typedTwice, city, ME)
    updateCollectivite(tokyo, typedTwice, { name: { ja: '静岡' } }, ME)
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo)
    expect(merged.collectivites.map((entry) => entry.id)).toEqual([city])
    expect(merged.persons.find((person) => person.id === kenta)?.collectiviteId).toBe(city)
  })
})
