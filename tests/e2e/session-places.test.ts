import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { seedDemoEdition, seedPastEdition } from '../../server/editions/demo'
import type { EditionSeed } from '../../server/editions/seed'
import { setSessionRooms, unplaceSession } from '../../shared/doc/edition'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'

/**
 * The demo edition with its second workshop taken off the grid, into the
 * tray, and its third held in two rooms at once.
 */
const SEEDS: readonly EditionSeed[] = [
  {
    id: DEMO_ID,
    readOnly: false,
    fill: (doc) => {
      seedDemoEdition(doc)
      unplaceSession(doc, 's-workshop-2', 'test')
      setSessionRooms(
        doc,
        's-workshop-3',
        { roomIds: ['room-meeting-2', 'room-koryu'], allRooms: false },
        'test',
      )
    },
  },
  { id: 'kumamoto-2018', readOnly: true, fill: (doc) => seedPastEdition(doc, 6) },
]

const suite = useBrowserSuite({ seeds: SEEDS })

async function openEdition(locale: string, timezoneId: string, view = ''): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}${view}`, { locale, timezoneId })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return page
}

/** The line of session `id` under its theme's card. */
const themeSession = (page: Page, themeId: string, id: string) =>
  page
    .locator(`[data-testid=theme-card][data-theme-id=${themeId}]`)
    .locator(`[data-testid=theme-sessions] li[data-session-id=${id}]`)

describe('where a session is, as the pages that name its place show it', () => {
  it('reads as unplaced under its theme, and one in two rooms names both, in French and Japanese', async () => {
    const paris = await openEdition('fr-FR', 'Europe/Paris', '/themes')
    const tokyo = await openEdition('ja-JP', 'Asia/Tokyo', '/themes')
    await paris.getByTestId('themes-view').waitFor(WAIT)
    await tokyo.getByTestId('themes-view').waitFor(WAIT)

    const unplacedFr = themeSession(paris, 'theme-youth', 's-workshop-2')
    await expect.poll(() => unplacedFr.textContent(), WAIT).toContain('Non placée')
    await expect(unplacedFr.textContent()).resolves.not.toMatch(/\d\d:\d\d/)
    await expect
      .poll(() => themeSession(tokyo, 'theme-youth', 's-workshop-2').textContent(), WAIT)
      .toContain('未配置')

    await expect
      .poll(() => themeSession(paris, 'theme-tourism', 's-workshop-3').textContent(), WAIT)
      .toContain('Salle de réunion 2 / Hall des échanges')
    await expect
      .poll(() => themeSession(tokyo, 'theme-tourism', 's-workshop-3').textContent(), WAIT)
      .toContain('第2会議室 / 交流ホール')
    // A placed session keeps its day and times.
    await expect(
      themeSession(paris, 'theme-disaster', 's-workshop-1').textContent(),
    ).resolves.toMatch(/13:30/)

    await paris.screenshot({
      path: join(SCREENSHOTS, 'session-places-themes-fr.png'),
      fullPage: true,
    })
    await tokyo.screenshot({
      path: join(SCREENSHOTS, 'session-places-themes-ja.png'),
      fullPage: true,
    })
  }, 120_000)

  it('lists an unplaced session last in a saved version’s preview, and as unplaced in the activity filter', async () => {
    const page = await openEdition('fr-FR', 'Europe/Paris', '/versions')
    await page.getByTestId('version-name').fill('Avec un atelier à placer')
    await page.getByTestId('save-version').click()
    const saved = page.locator('[data-testid=version]').filter({
      has: page.getByTestId('version-title').getByText('Avec un atelier à placer', { exact: true }),
    })
    await saved.getByTestId('preview-version').click()
    const tray = page.getByTestId('preview-unplaced')
    await expect.poll(() => tray.textContent(), WAIT).toContain('Atelier 2')
    await expect(tray.locator('h4').textContent()).resolves.toBe('Non placée')
    await expect(tray.getByTestId('preview-session').count()).resolves.toBe(1)
    // The sessions on the grid stay under their days, with their rooms.
    const third = page.locator('[data-testid=preview-session][data-session-id=s-workshop-3]')
    await expect(third.textContent()).resolves.toContain('Salle de réunion 2 / Hall des échanges')
    const lunch = page.locator('[data-testid=preview-session][data-session-id=s-lunch-20]')
    await expect(lunch.textContent()).resolves.toContain('Toutes les salles')
    await page.screenshot({
      path: join(SCREENSHOTS, 'session-places-preview-fr.png'),
      fullPage: true,
    })

    await page.getByTestId('view-activity').click()
    const filter = page.getByTestId('activity-session-filter')
    await filter.waitFor(WAIT)
    const option = filter.locator('option[value=s-workshop-2]')
    await expect.poll(() => option.textContent(), WAIT).toMatch(/^Non placée · Atelier 2/)
    // Unplaced sessions come after every placed one.
    const values = await filter
      .locator('option')
      .evaluateAll((options) => options.map((each) => (each as HTMLOptionElement).value))
    expect(values.at(-1)).toBe('s-workshop-2')
  }, 120_000)
})
