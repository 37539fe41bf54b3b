import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../../server/editions/demo'
import { programmeEntities } from '../../../server/editions/published-programme'
import { programmeView } from '../../../server/exports/programme-view'
import { createSession, deleteRoom, readEdition } from '../../../shared/doc/edition'
import { ExportSource } from '../../../shared/exports'

const DRAFT = { source: ExportSource.Draft, at: new Date('2024-10-01T00:00:00Z') } as const

function viewOf(doc: Y.Doc) {
  return programmeView('shizuoka-2024', programmeEntities(readEdition(doc).value), DRAFT)
}

const printedIds = (doc: Y.Doc) =>
  viewOf(doc).days.flatMap((day) => day.sessions.map((session) => session.id))

describe('the programme the exports print', () => {
  it('holds the sessions the grid draws, and none of the tray', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    const noTime = createSession(doc, { kind: 'workshop', roomIds: ['room-kaze'] }, 'test')
    const noRoom = createSession(
      doc,
      { kind: 'workshop', day: '2024-11-20', start: '17:00' },
      'test',
    )
    const printed = printedIds(doc)
    expect(printed).toContain('s-workshop-1')
    expect(printed).toContain('s-lunch-20')
    expect(printed).not.toContain(noTime)
    expect(printed).not.toContain(noRoom)
  })

  it('leaves out the sessions of a deleted room, as the grid puts them in its tray', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    expect(printedIds(doc)).toContain('s-workshop-3')
    deleteRoom(doc, 'room-meeting-2', 'test')
    expect(printedIds(doc)).not.toContain('s-workshop-3')
    // The lunch across all rooms is still printed, in the rooms that are left.
    const lunch = viewOf(doc)
      .days.flatMap((day) => day.sessions)
      .find((session) => session.id === 's-lunch-20')
    expect(lunch?.rooms.map((room) => room.id)).not.toContain('room-meeting-2')
    expect(lunch?.allRooms).toBe(true)
  })
})
