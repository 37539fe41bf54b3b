import { describe, expect, it } from 'vitest'
import {
  addDays,
  convertWallTime,
  daysBetween,
  formatClockTime,
  formatTimeInZone,
  instantToZoned,
  isValidTimeZone,
  parseClockTime,
  sessionInstants,
  snapMinutes,
  zonedToInstant,
  zoneOffsetMinutes,
} from '../../../../shared/doc/edition'

describe('the programme shown in Tokyo and in Paris', () => {
  it('shows 14:00 in Tokyo as 06:00 in Paris in November, and 07:00 in summer', () => {
    expect(convertWallTime('2024-11-20', '14:00', 'Asia/Tokyo', 'Europe/Paris')).toEqual({
      day: '2024-11-20',
      time: '06:00',
      dayShift: 0,
    })
    expect(convertWallTime('2024-07-01', '14:00', 'Asia/Tokyo', 'Europe/Paris')).toEqual({
      day: '2024-07-01',
      time: '07:00',
      dayShift: 0,
    })
  })

  it('follows Paris across the end of summer time, in the week it happens', () => {
    // Clocks in Paris went back on Sunday 27 October 2024; Tokyo has no summer time.
    expect(convertWallTime('2024-10-25', '14:00', 'Asia/Tokyo', 'Europe/Paris').time).toBe('07:00')
    expect(convertWallTime('2024-10-28', '14:00', 'Asia/Tokyo', 'Europe/Paris').time).toBe('06:00')
    expect(convertWallTime('2022-10-03', '09:00', 'Europe/Paris', 'Asia/Tokyo').time).toBe('16:00')
  })

  it('says when the other zone is on another day', () => {
    expect(convertWallTime('2024-11-20', '07:30', 'Asia/Tokyo', 'Europe/Paris')).toEqual({
      day: '2024-11-19',
      time: '23:30',
      dayShift: -1,
    })
    expect(convertWallTime('2024-11-20', '18:00', 'Europe/Paris', 'Asia/Tokyo')).toEqual({
      day: '2024-11-21',
      time: '02:00',
      dayShift: 1,
    })
  })

  it('moves a time skipped in spring forward, and takes the first of a time shown twice', () => {
    expect(zonedToInstant('2024-03-31', '02:30', 'Europe/Paris').toISOString()).toBe(
      '2024-03-31T01:30:00.000Z',
    )
    expect(zonedToInstant('2024-10-27', '02:30', 'Europe/Paris').toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    )
    expect(zonedToInstant('2024-10-27', '03:30', 'Europe/Paris').toISOString()).toBe(
      '2024-10-27T02:30:00.000Z',
    )
    expect(instantToZoned(new Date('2024-10-27T01:30:00Z'), 'Europe/Paris')).toEqual({
      day: '2024-10-27',
      time: '02:30',
    })
  })

  it('gives zone offsets on each side of a change of clocks', () => {
    expect(zoneOffsetMinutes(new Date('2024-10-27T00:59:59Z'), 'Europe/Paris')).toBe(120)
    expect(zoneOffsetMinutes(new Date('2024-10-27T01:00:00Z'), 'Europe/Paris')).toBe(60)
    expect(zoneOffsetMinutes(new Date('2024-10-27T01:00:00Z'), 'Asia/Tokyo')).toBe(540)
  })

  it('counts a session’s duration as elapsed time across a change of clocks', () => {
    const night = { day: '2024-10-27', start: '01:00', durationMinutes: 180 }
    const { start, end } = sessionInstants(night, 'Europe/Paris')
    expect(start.toISOString()).toBe('2024-10-26T23:00:00.000Z')
    expect(instantToZoned(end, 'Europe/Paris').time).toBe('03:00')
  })

  it('formats a time for the viewer’s locale in a given zone', () => {
    const instant = zonedToInstant('2024-11-20', '14:00', 'Asia/Tokyo')
    expect(formatTimeInZone(instant, 'Asia/Tokyo', 'fr')).toBe('14:00')
    expect(formatTimeInZone(instant, 'Europe/Paris', 'ja')).toBe('06:00')
  })

  it('knows IANA zones and refuses the rest', () => {
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true)
    expect(isValidTimeZone('Europe/Paris')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(() => zonedToInstant('2024-11-20', '25:00', 'Asia/Tokyo')).toThrow(RangeError)
  })
})

describe('days and the 5-minute grid', () => {
  it('counts days across months and years', () => {
    expect(daysBetween('2024-11-18', '2024-11-21')).toEqual([
      '2024-11-18',
      '2024-11-19',
      '2024-11-20',
      '2024-11-21',
    ])
    expect(daysBetween('2024-11-21', '2024-11-18')).toEqual([])
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
  })

  it('parses, formats and snaps times of day', () => {
    expect(parseClockTime('09:05')).toBe(545)
    expect(parseClockTime('9:05')).toBeNull()
    expect(parseClockTime('24:00')).toBeNull()
    expect(formatClockTime(545)).toBe('09:05')
    expect(formatClockTime(1440 + 30)).toBe('00:30')
    expect([0, 2, 3, 7, 8, -3].map((minutes) => snapMinutes(minutes))).toEqual([0, 0, 5, 5, 10, -5])
  })
})
