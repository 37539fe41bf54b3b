import { afterAll, describe, expect, it } from 'vitest'
import type { ProgrammeExportFile } from '../../../server/exports/formats-by-file'
import { renderPdf } from '../../../server/exports/pdf'
import { ExportRenderer } from '../../../server/exports/renderer'
import { renderSessionsCsv } from '../../../server/exports/sessions-csv'
import { ExportFile, ExportLang } from '../../../shared/exports'
import { demoProgrammeView, largeProgrammeView } from '../../helpers/programme-view'

const renderer = new ExportRenderer()
afterAll(() => renderer.close())

/** How many turns the event loop makes while `work` runs: none while it blocks the thread. */
async function loopTurnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0
  let done = false
  const spin = () => {
    if (done) return
    turns++
    setImmediate(spin)
  }
  setImmediate(spin)
  await work()
  done = true
  return turns
}

describe('the export renderer’s thread', () => {
  it('makes the same file as the format itself', async () => {
    const view = demoProgrammeView()
    const options = { lang: ExportLang.Both }
    expect(await renderer.render(ExportFile.SessionsCsv, view, options)).toBe(
      await renderSessionsCsv(view),
    )
    const pdf = await renderer.render(ExportFile.Pdf, view, options)
    expect(
      Buffer.from(pdf as Uint8Array)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('leaves the server’s thread free while it makes a large PDF', async () => {
    const view = largeProgrammeView(300)
    const options = { lang: ExportLang.Both }
    await renderer.render(ExportFile.Pdf, view, options)
    // The same PDF made on this thread holds it the whole time: a few turns at most.
    await renderPdf(view, options)
    const here = await loopTurnsDuring(() => renderPdf(view, options))
    const there = await loopTurnsDuring(() => renderer.render(ExportFile.Pdf, view, options))
    expect(there).toBeGreaterThan(10 * Math.max(here, 1))
  })

  it('answers a failure with an error, and goes on with the next file', async () => {
    const view = demoProgrammeView()
    await expect(
      renderer.render('programme.exe' as ProgrammeExportFile, view, { lang: ExportLang.Both }),
    ).rejects.toThrow(/export failed/)
    expect(await renderer.render(ExportFile.SessionsCsv, view, { lang: ExportLang.Both })).toBe(
      await renderSessionsCsv(view),
    )
  })

  it('gives up on a render that takes longer than its limit, with an error', async () => {
    const hasty = new ExportRenderer(1)
    try {
      await expect(
        hasty.render(ExportFile.Pdf, largeProgrammeView(300), { lang: ExportLang.Both }),
      ).rejects.toThrow(/took too long/)
    } finally {
      await hasty.close()
    }
  })
})
