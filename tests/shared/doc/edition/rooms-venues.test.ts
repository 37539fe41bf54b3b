import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  computeWarnings,
  createEditionUndoManager,
  createRoom,
  createSession,
  createVenue,
  deleteRoom,
  deleteVenue,
  readEdition,
  reorderRoom,
  reorderVenue,
  sessionsInRoom,
  updateRoom,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition } from './fixtures'

const roomOrder = (doc: Y.Doc) => readEdition(doc).value.rooms.map((room) => room.id)
const sessionOf = (doc: Y.Doc, id: string) =>
  readEdition(doc).value.sessions.find((session) => session.id === id)

/** The small edition with a third room and a session held in two rooms at once. */
function threeRooms(clientID?: number) {
  const edition = smallEdition(clientID)
  const annex = createRoom(edition.doc, { id: 'annex', name: { fr: 'Annexe', ja: '別館' } }, ME)
  const joint = createSession(
    edition.doc,
    {
      id: 'joint',
      kind: 'plenary',
      title: { fr: 'Séance commune', ja: '合同会議' },
      day: '2024-11-21',
      start: '09:00',
      roomIds: [edition.hall, edition.small],
    },
    ME,
  )
  return { ...edition, annex, joint }
}

describe('a room deleted with sessions in it', () => {
  it('keeps its sessions: unplaced if it was their only room, still placed in their other rooms', () => {
    const { doc, hall, small, session, joint } = threeRooms()
    expect(sessionsInRoom(doc, hall).sort()).toEqual([joint, session].sort())
    expect(deleteRoom(doc, hall, ME)).toBe(true)
    const { value } = readEdition(doc)
    expect(value.rooms.map((room) => room.id)).toEqual([small, 'annex'])
    expect(value.sessions.map((entry) => entry.id).sort()).toEqual([joint, session].sort())
    expect(sessionOf(doc, session)).toMatchObject({
      day: '2024-11-20',
      start: '10:00',
      roomIds: [],
    })
    expect(sessionOf(doc, joint)?.roomIds).toEqual([small])
    expect(computeWarnings(value).filter((w) => w.code === 'unplaced_session')).toEqual([
      { code: 'unplaced_session', sessionId: session },
    ])
    expect(sessionsInRoom(doc, hall)).toEqual([])
  })

  it('comes back into its sessions when the deletion is undone', () => {
    const { doc, hall, small, session, joint } = threeRooms()
    const before = readEdition(doc).value
    const undo = createEditionUndoManager(doc, [ME])
    deleteRoom(doc, hall, ME)
    undo.undo()
    expect(readEdition(doc).value).toEqual(before)
    expect(sessionOf(doc, session)?.roomIds).toEqual([hall])
    expect(sessionOf(doc, joint)?.roomIds).toEqual([hall, small])
  })

  it('leaves a session across all rooms across all the rooms left', () => {
    const { doc, hall } = smallEdition()
    const lunch = createSession(
      doc,
      { kind: 'break', day: '2024-11-20', start: '12:00', allRooms: true },
      ME,
    )
    deleteRoom(doc, hall, ME)
    expect(sessionOf(doc, lunch)).toMatchObject({ allRooms: true })
    expect(computeWarnings(readEdition(doc).value)).not.toContainEqual(
      expect.objectContaining({ code: 'unplaced_session', sessionId: lunch }),
    )
  })
})

describe('the order of the rooms', () => {
  it('moves a room one column left or right, and not past either end', () => {
    const { doc, hall, small, annex } = threeRooms()
    expect(roomOrder(doc)).toEqual([hall, small, annex])
    reorderRoom(doc, annex, -1, ME)
    expect(roomOrder(doc)).toEqual([hall, annex, small])
    reorderRoom(doc, hall, 1, ME)
    expect(roomOrder(doc)).toEqual([annex, hall, small])
    reorderRoom(doc, annex, -1, ME)
    reorderRoom(doc, small, 1, ME)
    expect(roomOrder(doc)).toEqual([annex, hall, small])
  })

  it('still moves a room when two rooms share a position', () => {
    const { doc, hall, small, annex } = threeRooms()
    updateRoom(doc, small, { position: 0 }, ME)
    // Equal positions read by id: annex (2) last, then hall and small (both 0) by id.
    expect(roomOrder(doc)).toEqual([hall, small, annex])
    reorderRoom(doc, small, -1, ME)
    expect(roomOrder(doc)).toEqual([small, hall, annex])
  })

  it.each([
    [1, 2],
    [2, 1],
  ])('converges to one order when two members reorder at once (clients %i, %i)', (a, b) => {
    const { doc: paris, hall, small, annex } = threeRooms(a)
    const tokyo = replicaOf(paris, b)
    reorderRoom(paris, annex, -1, ME)
    reorderRoom(tokyo, hall, 1, ME)
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo).rooms.map((room) => room.id)
    expect([...merged].sort()).toEqual([annex, hall, small].sort())
    // Whatever order won, the next move still moves the room one place.
    const at = merged.indexOf(annex)
    const direction = at === 0 ? 1 : -1
    reorderRoom(paris, annex, direction, ME)
    expect(roomOrder(paris).indexOf(annex)).toBe(at + direction)
  })
})

describe('venues', () => {
  it('holds rooms, in an order whose first is the main venue', () => {
    const { doc, hall, small } = smallEdition()
    const granship = createVenue(doc, { name: { fr: 'Granship', ja: 'グランシップ' } }, ME)
    const field = createVenue(doc, { name: { fr: 'Sur le terrain', ja: '現地' } }, ME)
    updateRoom(doc, hall, { venueId: granship }, ME)
    updateRoom(doc, small, { venueId: field, booths: true }, ME)
    const { value } = readEdition(doc)
    expect(value.venues.map((venue) => venue.id)).toEqual([granship, field])
    expect(value.rooms).toMatchObject([
      { id: hall, venueId: granship, booths: false },
      { id: small, venueId: field, booths: true },
    ])
    reorderVenue(doc, field, -1, ME)
    expect(readEdition(doc).value.venues.map((venue) => venue.id)).toEqual([field, granship])
  })

  it('deleted, leaves its rooms in no venue', () => {
    const { doc, hall, small, session } = smallEdition()
    const granship = createVenue(doc, { name: { fr: 'Granship', ja: 'グランシップ' } }, ME)
    updateRoom(doc, hall, { venueId: granship }, ME)
    updateRoom(doc, small, { venueId: granship }, ME)
    expect(deleteVenue(doc, granship, ME)).toBe(true)
    expect(deleteVenue(doc, granship, ME)).toBe(false)
    const { value } = readEdition(doc)
    expect(value.venues).toEqual([])
    expect(value.rooms.map((room) => [room.id, room.venueId])).toEqual([
      [hall, null],
      [small, null],
    ])
    expect(sessionOf(doc, session)?.roomIds).toEqual([hall])
  })

  it('deleted while another member puts a room in it, leaves that room in no venue', () => {
    const { doc: paris, small } = smallEdition()
    const granship = createVenue(paris, { name: { fr: 'Granship', ja: 'グランシップ' } }, ME)
    const tokyo = replicaOf(paris)
    deleteVenue(paris, granship, ME)
    updateRoom(tokyo, small, { venueId: granship }, ME)
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo)
    expect(merged.rooms.find((room) => room.id === small)?.venueId).toBeNull()
  })
})
