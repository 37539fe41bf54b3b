import { describe, expect, it } from 'vitest'
import {
  addRegistration,
  addSessionPerson,
  collectiviteUses,
  createCollectivite,
  createRoom,
  createVenue,
  deleteCollectivite,
  deletePerson,
  deleteRoom,
  deleteVenue,
  duplicateSession,
  EditionError,
  mergeCollectivites,
  readEdition,
  restoreProgramme,
  setDay,
  setSessionRooms,
  updatePerson,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition } from './fixtures'

const shizuoka = {
  name: { fr: 'Ville de Shizuoka', ja: '静岡市' },
  country: 'JP',
  kind: 'city',
} as const
const typedTwice = { name: { fr: 'Shizuoka', ja: '' }, country: 'JP', kind: 'city' } as const

const registrationOf = (collectiviteId: string) => ({
  collectiviteId,
  collectiviteName: 'Shizuoka',
  country: 'JP' as const,
  delegates: 4,
  workshopIds: [],
  wantsToSpeak: false,
  wantsToPropose: false,
})

describe('merging a collectivité while another member names it', () => {
  it('brings a person and a registration assigned to it meanwhile to the merged one', () => {
    const { doc: paris, kenta } = smallEdition(1)
    const twice = createCollectivite(paris, { id: 'twice', ...typedTwice }, ME)
    const city = createCollectivite(paris, { id: 'city', ...shizuoka }, ME)
    const tokyo = replicaOf(paris, 2)
    mergeCollectivites(paris, twice, city, ME)
    // Tokyo still sees the collectivité typed twice, and picks it.
    updatePerson(tokyo, kenta, { collectiviteId: twice }, ME)
    const registration = addRegistration(tokyo, registrationOf(twice), 'server')
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo)
    expect(merged.collectivites.map((each) => each.id)).toEqual([city])
    expect(merged.collectivites[0]?.name).toEqual({ fr: 'Ville de Shizuoka', ja: '静岡市', en: '' })
    expect(merged.persons.find((person) => person.id === kenta)?.collectiviteId).toBe(city)
    expect(merged.registrations.find((each) => each.id === registration)?.collectiviteId).toBe(city)
    // Who reaches it through the merged one uses it: it cannot be deleted from under them.
    expect(collectiviteUses(paris, city)).toEqual({
      persons: [kenta],
      registrations: [registration],
    })
    expect(() => deleteCollectivite(paris, city, ME)).toThrow(EditionError)
    expect(readEdition(paris).value.collectivites.map((each) => each.id)).toEqual([city])
  })

  it('of two members merging each into the other at once, keeps one collectivité for all', () => {
    const { doc: paris, claire, kenta } = smallEdition(1)
    const twice = createCollectivite(paris, { id: 'twice', ...typedTwice }, ME)
    const city = createCollectivite(paris, { id: 'city', ...shizuoka }, ME)
    updatePerson(paris, claire, { collectiviteId: city }, ME)
    updatePerson(paris, kenta, { collectiviteId: twice }, ME)
    const tokyo = replicaOf(paris, 2)
    mergeCollectivites(paris, twice, city, ME)
    mergeCollectivites(tokyo, city, twice, ME)
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo)
    expect(merged.collectivites).toHaveLength(1)
    const kept = merged.collectivites[0]?.id
    expect(merged.persons.map((person) => person.collectiviteId)).toEqual([kept, kept])
    // Merging them again now that both are one changes nothing and is not refused.
    mergeCollectivites(paris, twice, city, ME)
    expect(readEdition(paris).value.collectivites.map((each) => each.id)).toEqual([kept])
  })

  it('deleted once unused, takes the collectivités merged into it along, none coming back', () => {
    const { doc } = smallEdition()
    const twice = createCollectivite(doc, { id: 'twice', ...typedTwice }, ME)
    const city = createCollectivite(doc, { id: 'city', ...shizuoka }, ME)
    mergeCollectivites(doc, twice, city, ME)
    expect(deleteCollectivite(doc, city, ME)).toBe(true)
    expect(readEdition(doc).value.collectivites).toEqual([])
    expect(deleteCollectivite(doc, twice, ME)).toBe(false)
  })
})

describe('duplicating a session', () => {
  it('copies what still exists when a room and a person it names were deleted elsewhere', () => {
    const { doc: paris, session, hall, small, claire, kenta } = smallEdition(1)
    const tokyo = replicaOf(paris, 2)
    deleteRoom(paris, small, ME)
    deletePerson(paris, kenta, ME)
    setSessionRooms(tokyo, session, { roomIds: [hall, small], allRooms: false }, ME)
    addSessionPerson(tokyo, session, 'moderator', kenta, ME)
    exchange(paris, tokyo)
    const copy = duplicateSession(tokyo, session, ME)
    const read = readEdition(tokyo).value.sessions.find((each) => each.id === copy)
    expect(read).toMatchObject({
      title: { fr: 'Atelier 1', ja: '第1分科会' },
      day: '2024-11-20',
      start: '10:00',
      roomIds: [hall],
      speakerIds: [claire],
      moderatorIds: [],
      status: 'draft',
    })
    exchange(paris, tokyo)
    expect(expectConverged(paris, tokyo).sessions).toHaveLength(2)
  })
})

describe('restoring a version', () => {
  it('brings back a venue deleted since, with its rooms in it, and a day’s label changed since', () => {
    const { doc, hall } = smallEdition()
    const annexe = createVenue(
      doc,
      { name: { fr: 'Centre des congrès Granship', ja: 'グランシップ' } },
      ME,
    )
    const studio = createRoom(
      doc,
      { name: { fr: 'Studio', ja: 'スタジオ' }, venueId: annexe, capacity: 40 },
      ME,
    )
    setDay(doc, '2024-11-19', { label: { fr: 'Journée de visites', ja: '視察日' } }, ME)
    const saved = readEdition(doc).value

    deleteVenue(doc, annexe, ME)
    setDay(doc, '2024-11-19', { label: { fr: 'Visites', ja: '見学' } }, ME)
    expect(readEdition(doc).value.venues).toEqual([])

    restoreProgramme(doc, saved, ME)
    const restored = readEdition(doc).value
    expect(restored.venues.map((venue) => [venue.id, venue.name.ja])).toEqual([
      [annexe, 'グランシップ'],
    ])
    expect(restored.rooms.find((room) => room.id === studio)?.venueId).toBe(annexe)
    expect(restored.rooms.find((room) => room.id === hall)?.venueId).toBe(null)
    expect(restored.days.find((day) => day.id === '2024-11-19')?.label).toEqual({
      fr: 'Journée de visites',
      ja: '視察日',
      en: '',
    })
  })

  it('lists again a collectivité merged since, and keeps one a later registration names', () => {
    const { doc, kenta } = smallEdition()
    const twice = createCollectivite(doc, { id: 'twice', ...typedTwice }, ME)
    const city = createCollectivite(doc, { id: 'city', ...shizuoka }, ME)
    updatePerson(doc, kenta, { collectiviteId: twice }, ME)
    const saved = readEdition(doc).value

    mergeCollectivites(doc, twice, city, ME)
    const later = createCollectivite(
      doc,
      { name: { fr: 'Hamamatsu', ja: '浜松市' }, country: 'JP', kind: 'city' },
      ME,
    )
    const registration = addRegistration(doc, registrationOf(later), 'server')

    restoreProgramme(doc, saved, ME)
    const restored = readEdition(doc).value
    expect(restored.collectivites.map((each) => each.id).sort()).toEqual(
      [city, later, twice].sort(),
    )
    expect(restored.persons.find((person) => person.id === kenta)?.collectiviteId).toBe(twice)
    expect(restored.registrations.find((each) => each.id === registration)?.collectiviteId).toBe(
      later,
    )
  })
})
