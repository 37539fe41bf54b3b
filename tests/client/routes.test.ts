import { describe, expect, it } from 'vitest'
import { proposalPath } from '../../client/proposals/format'
import { routeOf } from '../../client/router'

const route = (address: string) => routeOf(new URL(address, 'http://k'))

describe('the addresses of proposals, registrations and the participation form', () => {
  it('opens the proposals and registrations tabs of an edition', () => {
    expect(route('/editions/shizuoka-2024/proposals')).toEqual({
      page: 'edition',
      id: 'shizuoka-2024',
      view: 'proposals',
      meetingId: null,
      sessionId: null,
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
    })
  })

  it('links a proposal by its anchor in the proposals tab', () => {
    const address = proposalPath('shizuoka-2024', 'p 1')
    expect(address).toBe('/editions/shizuoka-2024/proposals#proposal-p%201')
    expect(route(address)).toMatchObject({ page: 'edition', view: 'proposals' })
  })

  it('opens the participation form from its public link, and nothing from an empty one', () => {
    expect(route('/f/z8daqyh6ny')).toEqual({ page: 'form', token: 'z8daqyh6ny' })
    expect(route('/f/')).toEqual({ page: 'not-found' })
    expect(route('/f/%E0%A4%A')).toEqual({ page: 'not-found' })
  })
})
