import { describe, expect, it } from 'vitest'
import { conflictsPath, programmePath, routeFrom } from '../../../client/app/router'
import { proposalPath } from '../../../client/features/proposals/format'

/**
 * The route of an edition's address, its parameters split as the app's
 * route table (`client/app/App.tsx`) matches `/editions/:id/:view`; the
 * table itself is exercised in the browser tests.
 */
const route = (address: string) => {
  const url = new URL(address, 'http://k')
  const [, id, view] = url.pathname.replace(/\/$/, '').split('/').slice(1)
  return routeFrom('edition', { id, view }, url.searchParams)
}

describe('the addresses of proposals, registrations and the participation form', () => {
  it('opens the proposals and registrations tabs of an edition', () => {
    expect(route('/editions/shizuoka-2024/proposals')).toEqual({
      page: 'edition',
      id: 'shizuoka-2024',
      view: 'proposals',
      meetingId: null,
      sessionId: null,
      day: null,
      field: null,
      kind: null,
    })
    expect(route('/editions/shizuoka-2024/registrations/')).toMatchObject({
      page: 'edition',
      view: 'registrations',
    })
  })

  it('opens the versions tab of an edition', () => {
    expect(route('/editions/shizuoka-2024/versions')).toEqual({
      page: 'edition',
      id: 'shizuoka-2024',
      view: 'versions',
      meetingId: null,
      sessionId: null,
      day: null,
      field: null,
      kind: null,
    })
  })

  it('links a proposal by its anchor in the proposals tab', () => {
    const address = proposalPath('shizuoka-2024', 'p 1')
    expect(address).toBe('/editions/shizuoka-2024/proposals#proposal-p%201')
    expect(route(address)).toMatchObject({ page: 'edition', view: 'proposals' })
  })

  it('opens the participation form from its public link, and nothing from a broken one', () => {
    const none = new URLSearchParams()
    expect(routeFrom('form', { token: 'z8daqyh6ny' }, none)).toEqual({
      page: 'form',
      token: 'z8daqyh6ny',
    })
    expect(routeFrom('form', { token: '' }, none)).toEqual({ page: 'not-found' })
    expect(routeFrom('form', { token: '%E0%A4%A' }, none)).toEqual({ page: 'not-found' })
    expect(routeFrom('edition', { id: '%E0%A4%A' }, none)).toEqual({ page: 'not-found' })
  })

  it('keeps the shared notes of `/?doc=` and lists the editions at `/`', () => {
    expect(routeFrom('editions', {}, new URLSearchParams('doc=notes-1'))).toEqual({
      page: 'notes',
    })
    expect(routeFrom('editions', {}, new URLSearchParams())).toEqual({ page: 'editions' })
  })

  it("opens a meeting's suggestion wall", () => {
    expect(
      routeFrom('edition', { id: 'shizuoka-2024', meetingId: 'm%201' }, new URLSearchParams()),
    ).toMatchObject({ page: 'edition', view: 'wall', meetingId: 'm 1' })
  })
})

describe('the address of a place in the programme', () => {
  it('carries the day, the opened session and the field to focus, and reads them back', () => {
    const place = { day: '2024-11-20', sessionId: 's-workshop-1', field: 'title.ja' }
    const address = programmePath('shizuoka-2024', place)
    expect(address).toBe(
      '/editions/shizuoka-2024?day=2024-11-20&session=s-workshop-1&field=title.ja',
    )
    expect(route(address)).toMatchObject({ page: 'edition', view: 'programme', ...place })
  })

  it('leaves out what is not chosen, and keeps only the day when no session is open', () => {
    expect(programmePath('shizuoka-2024', { day: null, sessionId: null, field: null })).toBe(
      '/editions/shizuoka-2024',
    )
    const address = programmePath('shizuoka-2024', { day: '2024-11-21' })
    expect(address).toBe('/editions/shizuoka-2024?day=2024-11-21')
    expect(route(address)).toMatchObject({ day: '2024-11-21', sessionId: null, field: null })
  })

  it('ignores a day that is no date, and a day or field on another tab', () => {
    expect(route('/editions/shizuoka-2024?day=tomorrow&session=s%201')).toMatchObject({
      day: null,
      sessionId: 's 1',
    })
    expect(route('/editions/shizuoka-2024/rooms?day=2024-11-20&field=day')).toMatchObject({
      view: 'rooms',
      day: null,
      field: null,
    })
  })

  it('opens the conflicts tab, filtered to one kind of warning if asked', () => {
    expect(route(conflictsPath('shizuoka-2024'))).toMatchObject({
      page: 'edition',
      view: 'conflicts',
      kind: null,
    })
    const translations = conflictsPath('shizuoka-2024', 'missing_translation')
    expect(translations).toBe('/editions/shizuoka-2024/conflicts?kind=missing_translation')
    expect(route(translations)).toMatchObject({ view: 'conflicts', kind: 'missing_translation' })
    expect(route('/editions/shizuoka-2024/conflicts?kind=nonsense')).toMatchObject({ kind: null })
  })
})
