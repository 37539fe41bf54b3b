import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  computeWarnings,
  DEFAULT_DAY_BOUNDS,
  EditionError,
  EditionSnapshotSchema,
  editionDays,
  initEdition,
  MAX_EDITION_DAYS,
  readEdition,
  resetDay,
  setDay,
  setMeta,
  spliceLocalizedText,
} from '../../../../shared/doc/edition'
import { CreateEditionSchema } from '../../../../shared/editions'
import { exchange, expectConverged, ME, replicaOf, smallEdition, stateOf } from './fixtures'

const daysOf = (doc: Y.Doc) => editionDays(readEdition(doc).value)
const noLabel = { fr: '', ja: '', en: '' }
const defaultDay = (id: string) => ({ id, ...DEFAULT_DAY_BOUNDS, ownHours: false, label: noLabel })

/** Writes a day entry by hand, as a crafted update or a race between two members would leave it. */
function rawDay(doc: Y.Doc, key: string, fields: Record<string, unknown>) {
  doc.transact(() => {
    const entry = new Y.Map<unknown>()
    doc.getMap('days').set(key, entry)
    for (const [field, value] of Object.entries(fields)) entry.set(field, value)
    const label = new Y.Map<Y.Text>()
    for (const lang of ['fr', 'ja', 'en']) label.set(lang, new Y.Text())
    entry.set('label', label)
  })
}

describe('the days of an edition', () => {
  it('are its dates, each with the default hours until given its own', () => {
    const { doc } = smallEdition()
    expect(daysOf(doc)).toEqual(
      ['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21'].map(defaultDay),
    )
  })

  it('each have their entry from the moment the dates are set, and keep it when they change', () => {
    const { doc } = smallEdition()
    const ids = () => readEdition(doc).value.days.map((day) => day.id)
    expect(ids()).toEqual(['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21'])
    setDay(doc, '2024-11-18', { label: { fr: 'Arrivée', ja: '到着' } }, ME)
    setMeta(doc, { startDate: '2024-11-19', endDate: '2024-11-23' }, ME)
    // The 18th keeps its label, harmless outside the dates; the 22nd and 23rd are new.
    expect(ids()).toEqual([
      '2024-11-18',
      '2024-11-19',
      '2024-11-20',
      '2024-11-21',
      '2024-11-22',
      '2024-11-23',
    ])
    expect(readEdition(doc).value.days[0]?.label.fr).toBe('Arrivée')
    setMeta(doc, { startDate: '2024-11-18' }, ME)
    expect(daysOf(doc)[0]?.label.ja).toBe('到着')
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
      ownHours: true,
      label: { fr: 'Journée de visites', ja: '視察日', en: 'Visit day' },
    })
    expect(daysOf(doc)[0]).toEqual(defaultDay('2024-11-18'))
  })

  it('keep the default hours when only labelled', () => {
    const { doc } = smallEdition()
    setDay(doc, '2024-11-19', { label: { fr: 'Visites', ja: '視察' } }, ME)
    expect(daysOf(doc)[1]).toMatchObject({ ...DEFAULT_DAY_BOUNDS, ownHours: false })
  })

  it('refuse to end before they start, leaving the document as it was', () => {
    const { doc } = smallEdition()
    setDay(doc, '2024-11-20', { start: '09:00', end: '21:00' }, ME)
    for (const patch of [{ end: '08:00' }, { start: '21:00' }, { start: '12:00', end: '12:00' }]) {
      const before = stateOf(doc)
      expect(() => setDay(doc, '2024-11-20', patch, ME)).toThrow(EditionError)
      expect(stateOf(doc)).toEqual(before)
    }
    // A day with the default hours is checked against them.
    const before = stateOf(doc)
    expect(() => setDay(doc, '2024-11-21', { start: '19:00' }, ME)).toThrow(EditionError)
    expect(() => setDay(doc, '2024-11-31', { start: '10:00' }, ME)).toThrow(EditionError)
    expect(stateOf(doc)).toEqual(before)
    expect(daysOf(doc)[2]).toMatchObject({ start: '09:00', end: '21:00' })
  })

  it('read as default days again once reset, their entry and its texts kept', () => {
    const { doc } = smallEdition()
    setDay(doc, '2024-11-20', { start: '07:30', label: { fr: 'Plénière', ja: '全体会' } }, ME)
    const label = () => (doc.getMap('days').get('2024-11-20') as Y.Map<unknown>).get('label')
    const texts = label()
    expect(resetDay(doc, '2024-11-20', ME)).toBe(true)
    expect(resetDay(doc, '2024-11-20', ME)).toBe(false)
    expect(daysOf(doc)[2]).toEqual(defaultDay('2024-11-20'))
    expect(label()).toBe(texts)
  })

  it('keep a label and hours set on a day outside the edition’s dates, shown once the dates include it', () => {
    const { doc } = smallEdition()
    setDay(doc, '2024-11-25', { start: '10:00', label: { fr: 'Excursion', ja: '遠足' } }, ME)
    expect(readEdition(doc).value.days.map((day) => day.id)).toContain('2024-11-25')
    expect(daysOf(doc).map((day) => day.id)).not.toContain('2024-11-25')
    setMeta(doc, { endDate: '2024-11-25' }, ME)
    expect(daysOf(doc).at(-1)).toMatchObject({ id: '2024-11-25', start: '10:00', ownHours: true })
    expect(daysOf(doc).at(-2)).toEqual(defaultDay('2024-11-24'))
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
    // Reset to the default hours, the day is held to 07:00–23:00 again.
    resetDay(doc, '2024-11-20', ME)
    const warnings = computeWarnings(readEdition(doc).value)
    expect(warnings.some((warning) => warning.code === 'outside_day_bounds')).toBe(false)
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
      ownHours: true,
      label: { fr: '', ja: '本会議', en: '' },
    })
  })
})

describe('two members giving a new edition’s day its first settings at once', () => {
  /** A new edition, created by the server, as two members' browsers receive it. */
  function newEdition() {
    const server = new Y.Doc()
    initEdition(
      server,
      {
        number: 9,
        title: { fr: '9es Rencontres', ja: '第9回日仏自治体交流会議' },
        hostCity: { fr: 'Nantes', ja: 'ナント市' },
        hostCountry: 'FR',
        startDate: '2026-10-05',
        endDate: '2026-10-08',
        timeZone: 'Europe/Paris',
      },
      ME,
    )
    return [replicaOf(server, 1), replicaOf(server, 2)] as const
  }
  /** Types `words` at the start of the day's label, keystrokes as a text field sends them. */
  const type = (doc: Y.Doc, lang: 'fr' | 'ja', words: string) =>
    spliceLocalizedText(
      doc,
      { collection: 'days', id: '2026-10-06', field: 'label' },
      lang,
      { index: 0, remove: 0, insert: words },
      ME,
    )

  it('keeps both labels, one typed into the day’s text as the details page does', () => {
    const [paris, tokyo] = newEdition()
    type(paris, 'fr', 'Journée de visites')
    setDay(tokyo, '2026-10-06', { label: { ja: '視察日' } }, ME)
    exchange(paris, tokyo)
    expect(editionDays(expectConverged(paris, tokyo))[1]?.label).toEqual({
      fr: 'Journée de visites',
      ja: '視察日',
      en: '',
    })
  })

  it('keeps one member’s label and the other’s hours', () => {
    const [paris, tokyo] = newEdition()
    setDay(paris, '2026-10-06', { label: { fr: 'Visites', ja: '視察' } }, ME)
    setDay(tokyo, '2026-10-06', { start: '08:00', end: '20:00' }, ME)
    exchange(paris, tokyo)
    expect(editionDays(expectConverged(paris, tokyo))[1]).toEqual({
      id: '2026-10-06',
      start: '08:00',
      end: '20:00',
      ownHours: true,
      label: { fr: 'Visites', ja: '視察', en: '' },
    })
  })

  it('keeps the hours set on one side and the label typed on the other while it resets', () => {
    const [paris, tokyo] = newEdition()
    setDay(paris, '2026-10-06', { start: '08:00', label: { fr: 'Visites' } }, ME)
    exchange(paris, tokyo)
    resetDay(paris, '2026-10-06', ME)
    type(tokyo, 'ja', '視察')
    exchange(paris, tokyo)
    expect(editionDays(expectConverged(paris, tokyo))[1]).toEqual({
      ...defaultDay('2026-10-06'),
      label: { fr: '', ja: '視察', en: '' },
    })
  })
})

describe('a day whose hours two members left reversed', () => {
  function reversed() {
    const { doc: paris } = smallEdition(1)
    setDay(paris, '2024-11-19', { start: '08:00', end: '12:00' }, ME)
    const tokyo = replicaOf(paris, 2)
    setDay(paris, '2024-11-19', { start: '11:00' }, ME)
    setDay(tokyo, '2024-11-19', { end: '10:00' }, ME)
    exchange(paris, tokyo)
    return paris
  }

  it('reads with the default hours, on the grid and for the warnings', () => {
    const doc = reversed()
    const { value, problems } = readEdition(doc)
    expect(problems).toEqual([])
    expect(value.days.find((day) => day.id === '2024-11-19')).toMatchObject({
      start: '11:00',
      end: '10:00',
    })
    expect(editionDays(value)[1]).toMatchObject({ ...DEFAULT_DAY_BOUNDS, ownHours: false })
    const warnings = computeWarnings(value)
    expect(warnings.some((warning) => warning.code === 'outside_day_bounds')).toBe(false)
  })

  it('takes the other bound as the grid shows it when a member sets one', () => {
    const doc = reversed()
    setDay(doc, '2024-11-19', { start: '08:00' }, ME)
    expect(daysOf(doc)[1]).toMatchObject({ start: '08:00', end: '18:00', ownHours: true })
  })
})

describe('a day keyed by something that is no date', () => {
  it('is left out and reported, and the snapshot still parses as one', () => {
    const { doc } = smallEdition()
    rawDay(doc, 'foo', { start: '09:00', end: '10:00', ownHours: true })
    const { value, problems } = readEdition(doc)
    expect(value.days.map((day) => day.id)).not.toContain('foo')
    expect(problems).toEqual([
      expect.objectContaining({ code: 'invalid_entry', collection: 'days', id: 'foo' }),
    ])
    expect(EditionSnapshotSchema.safeParse(JSON.parse(JSON.stringify(value))).success).toBe(true)
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

  it(`refuses more than ${MAX_EDITION_DAYS} days from the first to the last, naming the last`, () => {
    const { doc } = smallEdition()
    // 18 November to 18 December: 31 days, the longest edition.
    setMeta(doc, { endDate: '2024-12-18' }, ME)
    expect(daysOf(doc)).toHaveLength(31)
    for (const patch of [
      { endDate: '2024-12-19' },
      { endDate: '9999-12-31' },
      { startDate: '2024-01-01' },
    ]) {
      const before = stateOf(doc)
      let refusal: unknown
      try {
        setMeta(doc, patch, ME)
      } catch (error) {
        refusal = error
      }
      expect(refusal).toBeInstanceOf(EditionError)
      expect((refusal as EditionError).issues).toEqual([{ path: 'endDate', message: 'too_long' }])
      expect(stateOf(doc)).toEqual(before)
    }
  })

  it('refuses a new edition longer than that too', () => {
    const doc = new Y.Doc()
    const init = {
      number: 9,
      title: { fr: '9es Rencontres', ja: '第9回' },
      hostCity: { fr: 'Nantes', ja: 'ナント市' },
      hostCountry: 'FR',
      timeZone: 'Europe/Paris',
      startDate: '2026-10-05',
      endDate: '2027-10-08',
    } as const
    expect(() => initEdition(doc, init, ME)).toThrow(/too_long/)
    expect(readEdition(doc).value.days).toEqual([])
  })

  it('refuses a new edition too long, or ending before it starts, in the body of its request', () => {
    const body = {
      number: 9,
      title: { fr: '9es Rencontres', ja: '第9回' },
      hostCity: { fr: 'Nantes', ja: 'ナント市' },
      hostCountry: 'FR',
      timeZone: 'Europe/Paris',
      startDate: '2026-10-05',
    }
    const issuesOf = (endDate: string) => {
      const parsed = CreateEditionSchema.safeParse({ ...body, endDate })
      return parsed.success
        ? []
        : parsed.error.issues.map(({ path, message }) => ({ path, message }))
    }
    expect(issuesOf('2026-11-04')).toEqual([])
    expect(issuesOf('2026-11-05')).toEqual([{ path: ['endDate'], message: 'too_long' }])
    expect(issuesOf('2026-10-04')).toEqual([{ path: ['endDate'], message: 'end_before_start' }])
  })

  it('of a crafted document, too long, draw no day and are warned of', () => {
    const { doc } = smallEdition()
    doc.getMap('meta').set('endDate', '9999-12-31')
    const { value } = readEdition(doc)
    expect(editionDays(value)).toEqual([])
    expect(computeWarnings(value)).toContainEqual(
      expect.objectContaining({ code: 'edition_dates_inconsistent', problem: 'too_long' }),
    )
  })
})
