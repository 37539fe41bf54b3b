import { describe, expect, it } from 'vitest'
import { dayInZone, formatDateInZone, formatDateTimeInZone, showMoment } from '../../shared/moments'

/** 21:37 in Paris on 1 December 2026: already 05:37 on 2 December in Tokyo. */
const LATE_IN_PARIS = '2026-12-01T20:37:00Z'
/** 23:30 in Paris on 14 July 2026 (summer time, UTC+2): 06:30 on 15 July in Tokyo. */
const SUMMER_NIGHT = new Date('2026-07-14T21:30:00Z')
const TOKYO = 'Asia/Tokyo'
const PARIS = 'Europe/Paris'

describe('one time zone rule for the moments Kaigi shows', () => {
  it('puts a moment late in the evening in Paris on the next day in Tokyo', () => {
    expect(dayInZone(LATE_IN_PARIS, TOKYO)).toBe('2026-12-02')
    expect(dayInZone(LATE_IN_PARIS, PARIS)).toBe('2026-12-01')
    expect(dayInZone(SUMMER_NIGHT, TOKYO)).toBe('2026-07-15')
    expect(dayInZone(SUMMER_NIGHT, PARIS)).toBe('2026-07-14')
  })

  it('writes the date and time on the clocks of the zone asked for, in each language', () => {
    expect(formatDateInZone(LATE_IN_PARIS, TOKYO, 'fr')).toBe('2 décembre 2026')
    expect(formatDateInZone(LATE_IN_PARIS, PARIS, 'fr')).toBe('1 décembre 2026')
    expect(formatDateInZone(LATE_IN_PARIS, TOKYO, 'ja')).toBe('2026年12月2日')
    expect(formatDateTimeInZone(LATE_IN_PARIS, TOKYO, 'fr')).toBe('2 décembre 2026 à 05:37')
    expect(formatDateTimeInZone(LATE_IN_PARIS, PARIS, 'fr')).toBe('1 décembre 2026 à 21:37')
    expect(formatDateTimeInZone(LATE_IN_PARIS, TOKYO, 'ja')).toBe('2026年12月2日 5:37')
    expect(formatDateTimeInZone(SUMMER_NIGHT, PARIS, 'en')).toBe('July 14, 2026 at 11:30 PM')
  })

  it("shows the edition's date first and the viewer's beside it where their clocks differ", () => {
    expect(
      showMoment(LATE_IN_PARIS, { editionZone: TOKYO, viewerZone: PARIS, locale: 'fr' }),
    ).toEqual({ edition: '2 décembre 2026 à 05:37', viewer: '1 décembre 2026 à 21:37' })
    // A Paris edition seen from Tokyo: the other way round.
    expect(
      showMoment(LATE_IN_PARIS, { editionZone: PARIS, viewerZone: TOKYO, locale: 'ja' }),
    ).toEqual({ edition: '2026年12月1日 21:37', viewer: '2026年12月2日 5:37' })
  })

  it("shows the edition's alone when the viewer's clocks are the same", () => {
    const same = { editionZone: TOKYO, viewerZone: TOKYO, locale: 'fr' }
    expect(showMoment(LATE_IN_PARIS, same).viewer).toBeNull()
    // Another zone on the same clocks (Seoul is Tokyo's offset all year).
    expect(showMoment(LATE_IN_PARIS, { ...same, viewerZone: 'Asia/Seoul' }).viewer).toBeNull()
  })

  it('compares days alone when only the date is shown', () => {
    const options = { editionZone: TOKYO, viewerZone: PARIS, locale: 'fr', withTime: false }
    expect(showMoment(LATE_IN_PARIS, options)).toEqual({
      edition: '2 décembre 2026',
      viewer: '1 décembre 2026',
    })
    // At noon in Tokyo, 04:00 in Paris: the same day, so one date.
    expect(showMoment('2026-12-02T03:00:00Z', options)).toEqual({
      edition: '2 décembre 2026',
      viewer: null,
    })
  })
})
