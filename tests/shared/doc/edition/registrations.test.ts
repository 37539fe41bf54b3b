import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../../../server/editions/demo'
import {
  addRegistration,
  amendRegistration,
  EditionError,
  readEdition,
  registrationCounts,
  withdrawRegistration,
} from '../../../../shared/doc/edition'

const ORIGIN = 'test'
const matsuzaki = {
  collectiviteId: 'col-matsuzaki',
  collectiviteName: '松崎町',
  country: 'JP' as const,
  delegates: 2,
  workshopIds: ['theme-tourism'],
  dayIds: ['2024-11-19'],
  wantsToSpeak: false,
  wantsToPropose: false,
}

function demo(): Y.Doc {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  return doc
}

describe('registrations in the document', () => {
  it('keeps the days a delegation attends, and refuses a day the edition has not', () => {
    const doc = demo()
    const id = addRegistration(doc, matsuzaki, ORIGIN, new Date('2024-09-01T00:00:00Z'))
    expect(readEdition(doc).value.registrations.find((each) => each.id === id)?.dayIds).toEqual([
      '2024-11-19',
    ])
    const before = Y.encodeStateAsUpdate(doc)
    expect(() => addRegistration(doc, { ...matsuzaki, dayIds: ['2031-01-01'] }, ORIGIN)).toThrow(
      EditionError,
    )
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('amends a registration in place: same id, new fields, the counts follow', () => {
    const doc = demo()
    const id = addRegistration(doc, matsuzaki, ORIGIN)
    const participants = () => registrationCounts(readEdition(doc).value).byCountry.JP.participants
    const before = participants()
    amendRegistration(
      doc,
      id,
      { ...matsuzaki, delegates: 5, dayIds: ['2024-11-20', '2024-11-21'] },
      ORIGIN,
      new Date('2024-09-02T10:00:00Z'),
    )
    const registrations = readEdition(doc).value.registrations
    expect(registrations.filter((each) => each.collectiviteId === 'col-matsuzaki')).toHaveLength(1)
    expect(registrations.find((each) => each.id === id)).toMatchObject({
      delegates: 5,
      dayIds: ['2024-11-20', '2024-11-21'],
      amendedAt: '2024-09-02T10:00:00.000Z',
    })
    expect(participants()).toBe(before + 3)
    // A wrong amendment writes nothing.
    const state = Y.encodeStateAsUpdate(doc)
    expect(() => amendRegistration(doc, id, { ...matsuzaki, delegates: 0 }, ORIGIN)).toThrow(
      EditionError,
    )
    expect(() => amendRegistration(doc, 'nowhere', matsuzaki, ORIGIN)).toThrow(EditionError)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state)
  })

  it('withdraws a registration, once', () => {
    const doc = demo()
    const id = addRegistration(doc, matsuzaki, ORIGIN)
    expect(withdrawRegistration(doc, id, ORIGIN)).toBe(true)
    expect(readEdition(doc).value.registrations.some((each) => each.id === id)).toBe(false)
    expect(withdrawRegistration(doc, id, ORIGIN)).toBe(false)
  })
})
