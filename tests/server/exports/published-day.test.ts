/**
 * Every file says the day a version was published on the edition's clocks:
 * a Shizuoka programme published at 21:37 in Paris on 1 December 2026 is
 * « publié le 2 décembre 2026 » (05:37 in Tokyo) in each of them.
 */
import { describe, expect, it } from 'vitest'
import { renderFrabJson } from '../../../server/exports/frab'
import { renderIcs } from '../../../server/exports/ics'
import { originLine } from '../../../server/exports/labels'
import type { ProgrammeView } from '../../../server/exports/programme-view'
import { Lang } from '../../../shared/doc/edition'
import { ExportLang } from '../../../shared/exports'
import { demoProgrammeView, TEST_ORIGIN } from '../../helpers/programme-view'

const LATE_IN_PARIS = new Date('2026-12-01T20:37:00Z')

const lateView = (timeZone: string): ProgrammeView => {
  const view = demoProgrammeView()
  return {
    ...view,
    meta: { ...view.meta, timeZone },
    origin: { ...TEST_ORIGIN, at: LATE_IN_PARIS },
  }
}

describe('the day a version was published, in the files', () => {
  it("is the edition's day in the PDF's, Word's and web page's line and in the calendar", async () => {
    const view = lateView('Asia/Tokyo')
    expect(originLine(view, Lang.French)).toBe(
      'Programme publié le 2 décembre 2026 (Programme définitif)',
    )
    expect(originLine(view, Lang.Japanese)).toContain('2026年12月2日')
    const ics = (await renderIcs(view, { lang: ExportLang.French })).replace(/\r?\n[ \t]/g, '')
    expect(ics).toContain('Programme publié le 2 décembre 2026')
  })

  it('follows the edition when it is held in Paris', async () => {
    const view = lateView('Europe/Paris')
    expect(originLine(view, Lang.French)).toContain('le 1 décembre 2026')
    const ics = (await renderIcs(view, { lang: ExportLang.French })).replace(/\r?\n[ \t]/g, '')
    expect(ics).toContain('Programme publié le 1 décembre 2026')
  })

  it("writes the frab version's moment on the edition's clocks, with their offset", async () => {
    const frab = JSON.parse(
      String(await renderFrabJson(lateView('Asia/Tokyo'), { lang: ExportLang.Both })),
    )
    expect(frab.schedule.version).toContain('2026-12-02T05:37:00+09:00')
  })
})
