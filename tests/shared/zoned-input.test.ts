import { describe, expect, it } from 'vitest'
import { instantOfZonedInput, showTimeOfDay, zonedInput } from '../../shared/moments'

/** 21:37 in Paris on 1 December 2026: already 05:37 on 2 December in Tokyo. */
const LATE_IN_PARIS = '2026-12-01T20:37:00.000Z'
const TOKYO = 'Asia/Tokyo'
const PARIS = 'Europe/Paris'

describe("a date and time typed on the edition's clocks", () => {
  it("reads a field's value as the edition's hour, whatever the viewer's clocks", () => {
    expect(instantOfZonedInput('2026-12-02T05:37', TOKYO).toISOString()).toBe(LATE_IN_PARIS)
    expect(instantOfZonedInput('2026-12-01T21:37', PARIS).toISOString()).toBe(LATE_IN_PARIS)
    // Seconds, as some browsers add them, are the same minute.
    expect(instantOfZonedInput('2026-12-02T05:37:00', TOKYO).toISOString()).toBe(LATE_IN_PARIS)
  })

  it("writes an instant as the field's value on the edition's clocks", () => {
    expect(zonedInput(LATE_IN_PARIS, TOKYO)).toBe('2026-12-02T05:37')
    expect(zonedInput(LATE_IN_PARIS, PARIS)).toBe('2026-12-01T21:37')
    expect(instantOfZonedInput(zonedInput(LATE_IN_PARIS, TOKYO), TOKYO).toISOString()).toBe(
      LATE_IN_PARIS,
    )
  })

  it('refuses what is not a date and time, with its reason', () => {
    for (const bad of ['', '2026-12-02', '2026-13-02T05:37', '2026-12-02T25:00', 'demain']) {
      expect(() => instantOfZonedInput(bad, TOKYO)).toThrow(RangeError)
    }
  })
})

describe("a time of day by the rule: the edition's, the viewer's beside it", () => {
  it("gives the viewer's time where the clocks differ, none where they agree", () => {
    expect(
      showTimeOfDay(LATE_IN_PARIS, { editionZone: TOKYO, viewerZone: PARIS, locale: 'fr' }),
    ).toEqual({ edition: '05:37', viewer: '21:37' })
    expect(
      showTimeOfDay(LATE_IN_PARIS, { editionZone: TOKYO, viewerZone: 'Asia/Seoul', locale: 'fr' }),
    ).toEqual({ edition: '05:37', viewer: null })
  })
})
