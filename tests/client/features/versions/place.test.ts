import { describe, expect, it } from 'vitest'
import { placeText } from '../../../../client/features/versions/place'
import { en } from '../../../../client/lib/i18n/en'
import { fr } from '../../../../client/lib/i18n/fr'
import { ja } from '../../../../client/lib/i18n/ja'
import type { Room, SessionPlace } from '../../../../shared/doc/edition'

const room = (id: string, frName: string, jaName: string, position: number): Room => ({
  id,
  name: { fr: frName, ja: jaName, en: '' },
  capacity: null,
  position,
  venueId: null,
  booths: false,
})
const ROOMS = [
  room('kaze', 'Salle Kaze', '会議ホール・風', 0),
  room('m1', 'Salle 1', '第1会議室', 1),
]

const CATALOGUES = { fr, ja, en } as const
/** The place of `place` in `locale`, with the words the versions tab gives it. */
const place = (where: Partial<SessionPlace>, locale: 'fr' | 'ja' | 'en') => {
  const t = CATALOGUES[locale]
  const names = { ...t.versions, unplaced: t.edition.unplaced, allRooms: t.edition.allRooms }
  const full: SessionPlace = {
    day: '2024-11-20',
    start: '13:30',
    durationMinutes: 90,
    roomIds: ['kaze'],
    allRooms: false,
    ...where,
  }
  return placeText(full, ROOMS, locale, names)
}

describe('a session’s place, as the versions show it', () => {
  it('names the day, the times and the room in the reader’s language', () => {
    expect(place({}, 'fr')).toMatch(/^mer\. 20 nov\., 13:30–15:00, Salle Kaze$/)
    expect(place({}, 'ja')).toMatch(/13:30–15:00、会議ホール・風$/)
  })

  it('reads as unplaced without a day or a time, in each language', () => {
    expect(place({ day: null, start: null }, 'fr')).toBe('Non placée')
    expect(place({ day: null, start: null }, 'ja')).toBe('未配置')
    expect(place({ start: null }, 'en')).toBe('Unplaced')
  })

  it('names every room of a session in several, and all rooms for one across all', () => {
    expect(place({ roomIds: ['kaze', 'm1'] }, 'fr')).toMatch(/, Salle Kaze \/ Salle 1$/)
    expect(place({ allRooms: true, roomIds: [] }, 'fr')).toMatch(/, Toutes les salles$/)
    expect(place({ allRooms: true, roomIds: [] }, 'ja')).toMatch(/、全会場$/)
    expect(place({ allRooms: true, roomIds: ['m1'] }, 'en')).toMatch(/, All rooms$/)
  })

  it('says so of a room deleted since, and of a session in no room', () => {
    expect(place({ roomIds: ['gone', 'm1'] }, 'fr')).toMatch(/, salle supprimée \/ Salle 1$/)
    expect(place({ roomIds: [] }, 'ja')).toMatch(/、会場なし$/)
  })
})
