import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { exportMessages } from '../../client/features/exports/export-messages'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { ExportFile, PROGRAMME_EXPORTS } from '../../shared/exports'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const DEMO_ID = 'shizuoka-2024'
const VERSION = 'Programme définitif'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** What each file is served as. */
const CONTENT_TYPES: Record<ExportFile, RegExp> = {
  [ExportFile.Pdf]: /^application\/pdf/,
  [ExportFile.Docx]: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
  [ExportFile.Html]: /^text\/html/,
  [ExportFile.Ics]: /^text\/calendar/,
  [ExportFile.FrabJson]: /^application\/json/,
  [ExportFile.FrabXml]: /^application\/xml/,
  [ExportFile.SessionsCsv]: /^text\/csv/,
  [ExportFile.RegistrationsCsv]: /^text\/csv/,
}

/** The files whose words follow the language chosen. */
const WITH_LANG: readonly ExportFile[] = [
  ExportFile.Pdf,
  ExportFile.Docx,
  ExportFile.Html,
  ExportFile.Ics,
]

const link = (page: Page, file: ExportFile) =>
  page.locator(`[data-testid=export-link][data-file="${file}"]`)

/** The address each programme file's link should have. */
const expectedHref = (file: ExportFile, source: string, lang: string) =>
  `/api/editions/${DEMO_ID}/export/${file}?source=${source}${WITH_LANG.includes(file) ? `&lang=${lang}` : ''}`

async function hrefs(page: Page): Promise<Record<string, string>> {
  const links = await page
    .getByTestId('export-link')
    .evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-file') ?? '', item.getAttribute('href') ?? '']),
    )
  return Object.fromEntries(links)
}

async function openExport(locale: string, timezoneId: string, name?: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}/export`, {
    locale,
    timezoneId,
    ...(name ? { name } : {}),
  })
  await page.getByTestId('export-view').waitFor(WAIT)
  return page
}

/** Saves the edition's present state as a version and publishes it, as an owner would. */
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

/** A page on `path` of a viewer of the demo edition, signed in through a viewer's link. */
async function openAsViewer(path: string, name: string): Promise<Page> {
  const cookie = await suite.inviteMember(DEMO_ID, { role: 'viewer', name })
  const page = await suite.openPage(path, { locale: 'fr-FR', timezoneId: 'Europe/Paris', cookie })
  return page
}

describe('exporting the programme', () => {
  it('offers the draft before anything is published, then the published programme, its files and public page', async () => {
    const owner = await openExport('fr-FR', 'Europe/Paris', 'Hélène')
    await owner.getByTestId('export-nothing-published').waitFor(WAIT)
    // Nothing published: the owner's files come from the draft.
    await expect(owner.getByTestId('export-source-draft').isChecked()).resolves.toBe(true)
    await expect(owner.getByTestId('export-source-published').isDisabled()).resolves.toBe(true)
    await expect(hrefs(owner)).resolves.toMatchObject({
      [ExportFile.Pdf]: expectedHref(ExportFile.Pdf, 'draft', 'both'),
    })

    await publish(VERSION)
    await owner.reload()
    await expect
      .poll(() => owner.getByTestId('export-published-version').textContent(), WAIT)
      .toContain(`« ${VERSION} »`)
    await expect(owner.getByTestId('export-source-published').isChecked()).resolves.toBe(true)
    const published = await hrefs(owner)
    expect(published).toEqual({
      ...Object.fromEntries(
        PROGRAMME_EXPORTS.map((file) => [file, expectedHref(file, 'published', 'both')]),
      ),
      [ExportFile.RegistrationsCsv]: `/api/editions/${DEMO_ID}/export/registrations.csv?lang=fr`,
    })
    await expect(owner.getByTestId('public-page-link').getAttribute('href')).resolves.toBe(
      `/p/${DEMO_ID}`,
    )
    await owner.screenshot({ path: join(SCREENSHOTS, 'exports-fr.png'), fullPage: true })

    // Every file downloads with the owner's cookie, as what it is.
    const failures: string[] = []
    for (const [file, href] of Object.entries(published)) {
      const response = await owner.request.get(`${suite.server.url}${href}`)
      const type = response.headers()['content-type'] ?? ''
      if (response.status() !== 200 || !CONTENT_TYPES[file as ExportFile].test(type)) {
        failures.push(
          `${file}: ${response.status()} ${type} ${(await response.text()).slice(0, 120)}`,
        )
      }
    }
    expect(failures).toEqual([])

    // Japanese only, from the draft: the links say so.
    await owner.getByTestId('export-lang-ja').check()
    await owner.getByTestId('export-source-draft').check()
    const draft = await hrefs(owner)
    for (const file of PROGRAMME_EXPORTS)
      expect(draft[file]).toBe(expectedHref(file, 'draft', 'ja'))
    for (const file of [ExportFile.Pdf, ExportFile.Html]) {
      const response = await owner.request.get(`${suite.server.url}${draft[file]}`)
      expect(`${file}: ${response.status()}`).toBe(`${file}: 200`)
      expect(response.headers()['content-type']).toMatch(CONTENT_TYPES[file])
    }

    // The public page shows the published programme to anyone, signed in or not.
    const visitorContext = await suite.newContext({ locale: 'fr-FR' }, null)
    const visitor = await visitorContext.newPage()
    const response = await visitor.goto(`${suite.server.url}/p/${DEMO_ID}`)
    expect(response?.status()).toBe(200)
    // The demo's French titles hold no-break spaces: the words, with their spaces plain.
    const page = (await visitor.locator('body').textContent())?.replace(/\s+/g, ' ') ?? ''
    expect(page).toContain('Atelier 1 : prévention des risques et gestion de crise')
    expect(page).toContain('第1分科会：防災と危機管理')
    expect(page).toContain(VERSION)

    // In Japanese, the panel reads in Japanese.
    const tokyo = await openExport('ja-JP', 'Asia/Tokyo', '佐藤 花子')
    await expect
      .poll(() => tokyo.getByTestId('export-published-version').textContent(), WAIT)
      .toContain(`「${VERSION}」`)
    await expect(link(tokyo, ExportFile.Pdf).textContent()).resolves.toBe(
      exportMessages.ja.file[ExportFile.Pdf].name,
    )
    await tokyo.screenshot({ path: join(SCREENSHOTS, 'exports-ja.png'), fullPage: true })
  }, 180_000)

  it('gives a viewer the published files only, without the registrations', async () => {
    await publish('Programme pour les membres')
    const viewer = await openAsViewer(`/editions/${DEMO_ID}/export`, 'Jean Dupont')
    await viewer.getByTestId('export-view').waitFor(WAIT)
    await link(viewer, ExportFile.Pdf).waitFor(WAIT)
    await expect(viewer.getByTestId('export-source').count()).resolves.toBe(0)
    await expect(link(viewer, ExportFile.RegistrationsCsv).count()).resolves.toBe(0)
    const shown = await hrefs(viewer)
    expect(shown).toEqual(
      Object.fromEntries(
        PROGRAMME_EXPORTS.map((file) => [file, expectedHref(file, 'published', 'both')]),
      ),
    )
    const response = await viewer.request.get(`${suite.server.url}${shown[ExportFile.Pdf]}`)
    expect(response.status()).toBe(200)
    // The draft stays closed to a viewer.
    const draft = await viewer.request.get(
      `${suite.server.url}${expectedHref(ExportFile.Pdf, 'draft', 'both')}`,
    )
    expect(draft.status()).toBe(403)
    await viewer.screenshot({ path: join(SCREENSHOTS, 'exports-viewer-fr.png'), fullPage: true })
  }, 180_000)
})
