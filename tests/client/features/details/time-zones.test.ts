import { describe, expect, it } from 'vitest'
import {
  defaultTimeZone,
  formatOffset,
  formatUtcOffset,
  knownTimeZones,
  zoneCityName,
  zoneGroups,
  zoneRegion,
} from '../../../../client/features/details/time-zones'

const WINTER = new Date('2026-01-15T12:00:00Z')
const city = (zone: string) => (zone === 'Asia/Tokyo' ? '東京' : zoneCityName(zone))

describe('time zones offered to choose from', () => {
  it('starts a French edition in Paris and a Japanese one in Tokyo', () => {
    expect(defaultTimeZone('FR')).toBe('Europe/Paris')
    expect(defaultTimeZone('JP')).toBe('Asia/Tokyo')
  })

  it('offers Paris and Tokyo first, then each region on its own, each zone once', () => {
    const groups = zoneGroups(knownTimeZones(), 'Europe/Paris', WINTER, city, 'ja')
    expect(groups[0]?.options.map((option) => option.zone)).toEqual(['Europe/Paris', 'Asia/Tokyo'])
    const regions = groups.slice(1).map((group) => group.region)
    expect(regions).toContain('Europe')
    expect(regions).toContain('America')
    const zones = groups.flatMap((group) => group.options.map((option) => option.zone))
    expect(new Set(zones).size).toBe(zones.length)
    for (const group of groups.slice(1)) {
      for (const option of group.options) expect(zoneRegion(option.zone)).toBe(group.region)
    }
  })

  it('labels a zone by its city and its offset of the day, not by its IANA name', () => {
    const [usual] = zoneGroups([], 'Europe/Paris', WINTER, city, 'fr')
    expect(usual?.options.map((option) => option.label)).toEqual(['Paris (UTC+1)', '東京 (UTC+9)'])
    // The name stays the value.
    expect(usual?.options.map((option) => option.zone)).toEqual(['Europe/Paris', 'Asia/Tokyo'])
    const [summer] = zoneGroups([], 'Europe/Paris', new Date('2026-07-01T12:00:00Z'), city, 'fr')
    expect(summer?.options[0]?.label).toBe('Paris (UTC+2)')
    expect(formatOffset(-210)).toBe('-03:30')
    expect(formatUtcOffset(-210)).toBe('UTC−3:30')
    expect(formatUtcOffset(345)).toBe('UTC+5:45')
    expect(formatUtcOffset(0)).toBe('UTC')
  })

  it('names UTC itself once, without an offset', () => {
    const groups = zoneGroups(['UTC'], 'Europe/Paris', WINTER, city, 'fr')
    const utc = groups.flatMap((group) => group.options).find((option) => option.zone === 'UTC')
    expect(utc?.label).toBe('UTC')
  })

  it("still offers the edition's zone when this runtime does not list it", () => {
    const groups = zoneGroups(['Europe/Paris'], 'America/Sao_Paulo', WINTER, city, 'fr')
    const zones = groups.flatMap((group) => group.options.map((option) => option.zone))
    expect(zones).toContain('America/Sao_Paulo')
    expect(groups.find((group) => group.region === 'America')?.options[0]?.label).toBe(
      'Sao Paulo (UTC−3)',
    )
  })
})
