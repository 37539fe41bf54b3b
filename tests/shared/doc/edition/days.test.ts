import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  computeWarnings,
  DEFAULT_DAY_BOUNDS,
  EditionError,
  editionDays,
  readEdition,
  resetDay,
  setDay,
  setMeta,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition, stateOf } from './fixtures'

const daysOf = (doc: Y.Doc) => editionDays(readEdition(doc).value)
const noLabel = { fr: '', ja: '', en: '' }

describe('the days of an edition', () => {
  it('are its dates, each with the default hours until given its own', () => {
    const { doc } = smallEdition()
    expect(daysOf(doc)).toEqual(
      ['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21'].map((id) => ({
        id,
        ...DEFAULT_DAY_BOUNDS,
        label: noLabel,
      })),
    )
  })

  it('take their own bounds and a label, and keep the one not changed', () => {
    const { doc } = smallEdition()
    setDay(
      doc,
      '2024-11-19',
      { start: '08:30', label: { fr: 'Journée de visites', ja: '視察日' } },
      ME,
    )
    setDay(doc, '2024-11-19', { end: '20:00' }, ME)
    setDay(doc, '2024-11-19', { label: { en: 'Visit day' } }, ME)
    expect(daysOf(doc)[1]).toEqual({
      id: '2024-11-19',
      start: '08:30',
      end: '20:00',
      label: { fr: 'Journée de visites', ja: '視察日', en: 'Visit day' },
    })
    expect(daysOf(doc)[0]).toMatchObject(DEFAULT_DAY_BOUNDS)
  })

  it('refuse to end before they start, leaving the document as it was', () => {
    const { doc } = smallEdition()
    setDay(doc, '2024-11-20', { start: '09:00', end: '21:00' }, ME)
    for (const patch of [{ end: '08:00' }, { start: '21:00' }, { start: '12:00', end: '12:00' }]) {
      const before = stateOf(doc)
      expect(() => setDay(doc, '2024-11-20', patch, ME)).toThrow(EditionError)
      expect(stateOf(doc)).toEqual(before)
    }
    // A new day is checked against the default hours it starts from.
    const before = stateOf(doc)
    expect(() => setDay(doc, '2024-11-21', { start: '19:00' }, ME)).toThrow(EditionError)
    expect(() => setDay(doc, '2024-11-31', { start: '10:00' }, ME)).toThrow(EditionError)
    expect(stateOf(doc)).toEqual(before)
    expect(daysOf(doc)[2]).toMatchObject({ start: '09:00', end: '21:00' })
  })

  it('read as default days again once reset', () => {
    const { doc } = smallEdition()
    setDay(doc, '2024-11-20', { start: '07:30', label: { fr: 'Plénière', ja: '全体会' } }, ME)
    expect(resetDay(doc, '2024-11-20', ME)).toBe(true)
    expect(resetDay(doc, '2024-11-20', ME)).toBe(false)
    expect(daysOf(doc)[2]).toEqual({ id: '2024-11-20', ...DEFAULT_DAY_BOUNDS, label: noLabel })
  })

  it('leave out a day set outside the edition’s dates, and show it again once the dates include it', () => {
    const { doc } = smallEdition()
    setDay(doc, '2024-11-22', { start: '10:00', label: { fr: 'Excursion', ja: '遠足' } }, ME)
    expect(readEdition(doc).value.days.map((day) => day.id)).toEqual(['2024-11-22'])
    expect(daysOf(doc).map((day) => day.id)).not.toContain('2024-11-22')
    setMeta(doc, { endDate: '2024-11-22' }, ME)
    expect(daysOf(doc).at(-1)).toMatchObject({ id: '2024-11-22', start: '10:00' })
  })

  it('are none while the edition’s dates are unknown', () => {
    const { doc } = smallEdition()
    setMeta(doc, { startDate: null, endDate: null }, ME)
    expect(daysOf(doc)).toEqual([])
  })

  it('bound the sessions of the day: a session past its end is warned of', () => {
    const { doc, session } = smallEdition()
    // The workshop runs 10:00–11:30 on the 20th.
    setDay(doc, '2024-11-20', { start: '10:30' }, ME)
    expect(computeWarnings(readEdition(doc).value)).toContainEqual(
      expect.objectContaining({
        code: 'outside_day_bounds',
        sessionId: session,
        bounds: { startMinutes: 630, endMinutes: 18 * 60 },
      }),
    )
  })

  it('keep both members’ changes to one day’s bounds and label', () => {
    const { doc: paris } = smallEdition()
    setDay(paris, '2024-11-20', { start: '09:00' }, ME)
    const tokyo = replicaOf(paris)
    setDay(paris, '2024-11-20', { end: '21:00' }, ME)
    setDay(tokyo, '2024-11-20', { label: { ja: '本会議' } }, ME)
    exchange(paris, tokyo)
    expect(editionDays(expectConverged(paris, tokyo))[2]).toEqual({
      id: '2024-11-20',
      start: '09:00',
      end: '21:00',
      label: { fr: '', ja: '本会議', en: '' },
    })
  })
})

describe('changing the edition’s dates', () => {
  it('never deletes a session: those outside the new dates are still read, and warned of', () => {
    const { doc, session } = smallEdition()
    const before = readEdition(doc).value.sessions
    setMeta(doc, { startDate: '2024-11-21', endDate: '2024-11-22' }, ME)
    const { value, problems } = readEdition(doc)
    expect(problems).toEqual([])
    expect(value.sessions).toEqual(before)
    expect(computeWarnings(value)).toContainEqual({
      code: 'outside_edition_dates',
      sessionId: session,
      day: '2024-11-20',
      startDate: '2024-11-21',
      endDate: '2024-11-22',
    })
    setMeta(doc, { startDate: '2024-11-18', endDate: '2024-11-21' }, ME)
    expect(
      computeWarnings(readEdition(doc).value).some((w) => w.code === 'outside_edition_dates'),
    ).toBe(false)
  })
})
