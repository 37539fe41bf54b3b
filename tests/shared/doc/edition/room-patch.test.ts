import { describe, expect, it } from 'vitest'
import { createVenue, readEdition, updateRoom } from '../../../../shared/doc/edition'
import { ME, smallEdition } from './fixtures'

describe('changing one field of a room', () => {
  it('keeps its venue and booths when only its capacity or name changes', () => {
    const { doc } = smallEdition()
    const venue = createVenue(doc, { name: { fr: 'Granship', ja: 'グランシップ' } }, ME)
    updateRoom(doc, 'hall', { venueId: venue, booths: true }, ME)
    updateRoom(doc, 'hall', { capacity: 120 }, ME)
    updateRoom(doc, 'hall', { name: { fr: 'Salle Fuji' } }, ME)
    const hall = readEdition(doc).value.rooms.find((room) => room.id === 'hall')
    expect(hall).toMatchObject({ capacity: 120, venueId: venue, booths: true })
    expect(hall?.name.fr).toBe('Salle Fuji')
  })
})
