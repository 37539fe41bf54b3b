/**
 * The day a version was published reads the same in the app, the PDF and
 * the calendar: the edition's day, with the viewer's beside it in the app
 * where it differs. The audit saw « publié le 2 décembre » in the files and
 * « publiée le 1 décembre … 21:37 » in the app, for a Shizuoka edition seen
 * from Paris late in the evening.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { dayInZone } from '../../shared/moments'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const run = promisify(execFile)
const DEMO_ID = 'shizuoka-2024'
const EDITION_ZONE = 'Asia/Tokyo'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/**
 * A viewer whose day is not Tokyo's whatever the hour the test runs at:
 * Pago Pago (UTC−11) until 19:00 in Tokyo, Kiritimati (UTC+14) after; both
 * keep one offset all year.
 */
function viewerZoneApart(now = new Date()): string {
  const tokyoHour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: EDITION_ZONE })
      .format(now)
      .slice(0, 2),
  )
  return tokyoHour < 19 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati'
}

async function publish(name: string): Promise<void> {
  const base = `${suite.server.url}/api/editions/${DEMO_ID}/versions`
  const saved = await ownerFetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  })
  expect(saved.status).toBe(201)
  const { id } = (await saved.json()) as { id: string }
  const published = await ownerFetch(`${base}/${id}/publish`, { method: 'POST' })
  expect(published.status).toBeLessThan(300)
}

let dir = ''
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function pdfText(lang: 'fr' | 'ja'): Promise<string> {
  dir ||= await mkdtemp(join(tmpdir(), 'kaigi-published-date-'))
  const response = await ownerFetch(
    `${suite.server.url}/api/editions/${DEMO_ID}/export/programme.pdf?source=published&lang=${lang}`,
  )
  expect(response.status).toBe(200)
  const file = join(dir, `programme-${lang}.pdf`)
  await writeFile(file, new Uint8Array(await response.arrayBuffer()))
  return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout
}

async function calendar(lang: 'fr' | 'ja'): Promise<string> {
  const response = await ownerFetch(
    `${suite.server.url}/api/editions/${DEMO_ID}/export/programme.ics?source=published&lang=${lang}`,
  )
  expect(response.status).toBe(200)
  // Unfolded: a long line of a calendar goes on after a line break and a space.
  return (await response.text()).replace(/\r?\n[ \t]/g, '')
}

describe('the day a version was published', () => {
  it("is the edition's day in the app (export screen, versions), the PDF and the calendar, with the viewer's beside it in the app", async () => {
    const viewerZone = viewerZoneApart()
    await publish('Programme définitif')
    const publishedAt = new Date()
    // The premise: the edition's day and the viewer's are not the same.
    expect(dayInZone(publishedAt, EDITION_ZONE)).not.toBe(dayInZone(publishedAt, viewerZone))

    const frPdf = await pdfText('fr')
    const frDay = /Programme publié le (\d{1,2} \S+ \d{4})/.exec(frPdf)?.[1]
    expect(frDay).toBeDefined()
    expect(await calendar('fr')).toContain(`Programme publié le ${frDay}`)
    const jaPdf = await pdfText('ja')
    const jaDay = /(\d{4}年\d{1,2}月\d{1,2}日)公開のプログラム/.exec(jaPdf)?.[1]
    expect(jaDay).toBeDefined()
    expect(await calendar('ja')).toContain(`${jaDay}公開のプログラム`)

    for (const [locale, day, viewerDay] of [
      [
        'fr-FR',
        frDay,
        new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: viewerZone }).format(
          publishedAt,
        ),
      ],
      [
        'ja-JP',
        jaDay,
        new Intl.DateTimeFormat('ja', { dateStyle: 'long', timeZone: viewerZone }).format(
          publishedAt,
        ),
      ],
    ] as const) {
      const page = await suite.openPage(`/editions/${DEMO_ID}/export`, {
        locale,
        timezoneId: viewerZone,
      })
      const line = page.getByTestId('export-published-version')
      await line.waitFor(WAIT)
      const shown = (await line.textContent()) ?? ''
      // The edition's day first, as the files say it; the viewer's after it.
      expect(shown).toContain(`${day}`)
      expect(shown.indexOf(`${day}`)).toBeLessThan(shown.indexOf(viewerDay))
      for (const [size, viewport] of [
        ['desktop', { width: 1366, height: 900 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(viewport)
        await page.screenshot({
          path: join(SCREENSHOTS, `published-date-${locale.slice(0, 2)}-${size}.png`),
          fullPage: true,
        })
      }
      await page.setViewportSize({ width: 1366, height: 900 })

      // The versions say when each was saved by the same rule.
      await page.goto(`${suite.server.url}/editions/${DEMO_ID}/versions`)
      const saved = page.getByTestId('version').first()
      await saved.waitFor(WAIT)
      const savedText = (await saved.textContent()) ?? ''
      expect(savedText).toContain(`${day}`)
      expect(savedText.indexOf(`${day}`)).toBeLessThan(savedText.indexOf(viewerDay))
    }
  })

  it("writes the participation form's deadline on the edition's clocks, the viewer's beside them", async () => {
    // 21:37 in Paris on 1 December: 05:37 on 2 December in Tokyo, 09:37 on 1 December in Pago Pago.
    const deadline = '2026-12-01T20:37:00.000Z'
    const saved = await ownerFetch(
      `${suite.server.url}/api/editions/${DEMO_ID}/registration-form`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deadline }),
      },
    )
    expect(saved.status).toBeLessThan(300)
    for (const [locale, edition, viewer] of [
      ['fr-FR', '2 décembre 2026 à 05:37, heure de Tokyo', '1 décembre 2026 à 09:37'],
      ['ja-JP', '2026年12月2日 5:37（東京時間）', '2026年12月1日 9:37'],
    ] as const) {
      const page = await suite.openPage(`/editions/${DEMO_ID}/registrations`, {
        locale,
        timezoneId: 'Pacific/Pago_Pago',
      })
      const line = page.getByTestId('form-deadline-text')
      await line.waitFor(WAIT)
      const shown = (await line.textContent()) ?? ''
      expect(shown).toContain(edition)
      expect(shown.indexOf(edition)).toBeLessThan(shown.indexOf(viewer))
      await page.close()
    }
  })
})
