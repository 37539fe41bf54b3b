import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { gridDays } from '../../../../client/features/programme/grid-days'
import {
  dayRange,
  densestLanes,
  firstFreeStart,
  layoutDay,
} from '../../../../client/features/programme/grid-layout'
import { seedDemoEdition } from '../../../../server/editions/demo'
import {
  createSession,
  readEdition,
  setMeta,
  type TimedSession,
} from '../../../../shared/doc/edition'

/** A timed session in `columns` of a grid, for the layout alone. */
function timed(id: string, start: string, minutes: number): TimedSession {
  return {
    id,
    kind: 'workshop',
    title: { fr: id, ja: id, en: '' },
    description: { fr: '', ja: '', en: '' },
    day: '2024-11-20',
    start,
    durationMinutes: minutes,
    roomIds: [],
    allRooms: false,
    themeId: null,
    moderatorIds: [],
    speakerIds: [],
    rapporteurIds: [],
    witnessIds: [],
    interpretation: 'none',
    status: 'draft',
  }
}

describe('the grid layout', () => {
  it('draws a session across adjacent rooms as one rectangle, and one per run of rooms apart', () => {
    const lunch = timed('lunch', '12:00', 60)
    const split = timed('split', '09:00', 60)
    const columns: Record<string, number[]> = { lunch: [0, 1, 2, 3], split: [0, 1, 3] }
    const layout = layoutDay([lunch, split], 4, (session) => columns[session.id] ?? [])
    expect(layout.get('lunch')).toEqual([{ left: 0, right: 4, first: true }])
    expect(layout.get('split')).toEqual([
      { left: 0, right: 2, first: true },
      { left: 3, right: 4, first: false },
    ])
  })

  it('keeps an overlapping session readable beside a session across all rooms', () => {
    // A workshop in the last room runs into the lunch across all three.
    const workshop = timed('workshop', '11:00', 90)
    const lunch = timed('lunch', '12:00', 60)
    const columns: Record<string, number[]> = { workshop: [2], lunch: [0, 1, 2] }
    const layout = layoutDay([lunch, workshop], 3, (session) => columns[session.id] ?? [])
    // The lunch comes from the left into the workshop's column: it keeps the left half there.
    expect(layout.get('lunch')).toEqual([{ left: 0, right: 2.5, first: true }])
    expect(layout.get('workshop')).toEqual([{ left: 2.5, right: 3, first: true }])
  })

  it('cuts a session across all rooms where an overlapping one stands in a middle column', () => {
    const workshop = timed('workshop', '11:00', 90)
    const lunch = timed('lunch', '12:00', 60)
    const columns: Record<string, number[]> = { workshop: [1], lunch: [0, 1, 2] }
    const layout = layoutDay([lunch, workshop], 3, (session) => columns[session.id] ?? [])
    const lunchParts = layout.get('lunch') ?? []
    const workshopPart = layout.get('workshop')?.[0]
    if (!workshopPart) throw new Error('the workshop is not drawn')
    expect(Math.min(...lunchParts.map((part) => part.left))).toBe(0)
    expect(Math.max(...lunchParts.map((part) => part.right))).toBe(3)
    // Nothing of the lunch is drawn over the workshop.
    for (const part of lunchParts) {
      expect(part.right <= workshopPart.left || part.left >= workshopPart.right).toBe(true)
    }
  })

  it('widens the columns of a day where two sessions share a room, so that each keeps a card’s width', () => {
    const one = timed('one', '13:30', 150)
    const two = timed('two', '13:30', 150)
    const lunch = timed('lunch', '12:00', 60)
    const columns: Record<string, number[]> = { one: [0], two: [0], lunch: [0, 1, 2] }
    const of = (session: TimedSession) => columns[session.id] ?? []
    expect(densestLanes(layoutDay([one, two, lunch], 3, of))).toBe(2)
    expect(densestLanes(layoutDay([one, lunch], 3, of))).toBe(1)
    expect(densestLanes(layoutDay([], 3, of))).toBe(1)
    // Three at once in one room: three cards' width, and no more however many.
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => timed(id, '09:00', 60))
    expect(densestLanes(layoutDay(many.slice(0, 3), 1, () => [0]))).toBe(3)
    expect(densestLanes(layoutDay(many, 1, () => [0]))).toBe(3)
  })

  it('finds the first free start of a room, after whatever already fills the morning', () => {
    const busy = [timed('a', '09:30', 90), timed('b', '11:15', 60)]
    const day = { start: 9 * 60, end: 18 * 60 }
    expect(firstFreeStart(busy, day, 30)).toBe(9 * 60)
    expect(firstFreeStart(busy, day, 60)).toBe(12 * 60 + 15)
    expect(firstFreeStart([], day, 60)).toBe(9 * 60)
  })

  it('shows the day’s bounds, widened to whole hours around sessions outside them', () => {
    expect(dayRange({ start: 9 * 60, end: 14 * 60 }, [])).toEqual({ start: 540, end: 840 })
    expect(dayRange({ start: 9 * 60, end: 14 * 60 }, [timed('late', '19:10', 30)])).toEqual({
      start: 540,
      end: 20 * 60,
    })
  })
})

describe('the grid’s days', () => {
  it('gives every day of the edition a tab with its label, and a marked one to a session off the dates', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    createSession(doc, { day: '2024-11-25', start: '10:00', roomIds: ['room-kaze'] }, 'test')
    const days = gridDays(readEdition(doc).value)
    expect(days.map((day) => [day.id, day.inEdition])).toEqual([
      ['2024-11-18', true],
      ['2024-11-19', true],
      ['2024-11-20', true],
      ['2024-11-21', true],
      ['2024-11-25', false],
    ])
    expect(days[0]?.label.ja).toBe('視察日')
    expect(days[3]?.bounds).toEqual({ start: 540, end: 840 })
  })

  it('has no edition days while the dates are unknown, and keeps the days sessions are on', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    setMeta(doc, { startDate: null, endDate: null }, 'test')
    const days = gridDays(readEdition(doc).value)
    expect(days.every((day) => !day.inEdition)).toBe(true)
    expect(days.map((day) => day.id)).toContain('2024-11-20')
  })
})
