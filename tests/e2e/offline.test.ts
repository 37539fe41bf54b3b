import { readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'
const DAY = '2024-11-20'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A new browser profile in `locale` and `timezoneId`, on the demo edition's programme. */
async function openDemo(locale: string, timezoneId: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}`, { locale, timezoneId })
  await status(page, 'connected').waitFor(WAIT)
  await dayTab(page).click()
  await session(page, 's-opening-plenary').waitFor(WAIT)
  return page
}

const status = (page: Page, value: string) =>
  page.locator(`[data-testid=connection-status][data-status=${value}]`)
const dayTab = (page: Page) => page.locator(`[data-testid=day-tab][data-day="${DAY}"]`)
const session = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id=${id}]`)
/** A session block's tooltip: its French and Japanese titles, whatever the interface language. */
const titles = (page: Page, id: string) => session(page, id).getAttribute('title')

/** Appends `suffix` to the French title of session `id`, through its editor. */
async function appendFrenchTitle(page: Page, id: string, suffix: string): Promise<void> {
  await session(page, id).click()
  const field = page.getByTestId('session-title-fr')
  await field.waitFor(WAIT)
  await field.press('Control+End')
  await field.pressSequentially(suffix)
  await page.getByTestId('close-editor').click()
}

/** Moves session `id` 10 minutes later from the keyboard (Alt+↓ is one 5-minute step). */
async function moveTenMinutesLater(page: Page, id: string): Promise<void> {
  await session(page, id).focus()
  await session(page, id).press('Alt+ArrowDown')
  await session(page, id).press('Alt+ArrowDown')
}

/**
 * Serves the built client to `context` from disk, as an app-shell cache (a
 * service worker) would: with the network cut, the page can still be
 * reloaded, and everything else (the editions list, the sync socket) fails.
 * Kaigi has no service worker yet; this stands in for it so the test can
 * show what the local copy alone brings back.
 */
async function serveShellFromDisk(context: BrowserContext): Promise<void> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
  }
  await context.route(
    (url) => url.origin === suite.server.url && !url.pathname.startsWith('/api/'),
    async (route) => {
      const path = new URL(route.request().url()).pathname
      const file = path.startsWith('/assets/') ? path : '/index.html'
      await route.fulfill({
        status: 200,
        contentType: types[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(join(suite.clientDir, file)),
      })
    },
  )
}

describe('the programme offline', () => {
  it('keeps edits made offline and merges them with the others’ on reconnecting', async () => {
    const paris = await openDemo('fr-FR', 'Europe/Paris')
    const shizuoka = await openDemo('ja-JP', 'Asia/Tokyo')

    await shizuoka.context().setOffline(true)
    await status(shizuoka, 'offline').waitFor(WAIT)
    await expect(shizuoka.getByTestId('connection-status').textContent()).resolves.toContain(
      'この端末',
    )
    await appendFrenchTitle(shizuoka, 's-workshop-2', ' (hors ligne)')
    await moveTenMinutesLater(shizuoka, 's-break-20')
    await appendFrenchTitle(paris, 's-reception', ' (en ligne)')
    await expect.poll(() => titles(shizuoka, 's-workshop-2'), WAIT).toContain('(hors ligne)')
    await expect.poll(() => session(shizuoka, 's-break-20').textContent(), WAIT).toContain('16:10')
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'offline-programme-ja.png') })
    // While cut off, neither side has the other's edits.
    expect(await titles(paris, 's-workshop-2')).not.toContain('(hors ligne)')
    expect(await titles(shizuoka, 's-reception')).not.toContain('(en ligne)')

    await shizuoka.context().setOffline(false)
    await status(shizuoka, 'connected').waitFor(WAIT)
    await expect.poll(() => titles(paris, 's-workshop-2'), WAIT).toContain('(hors ligne)')
    await expect.poll(() => session(paris, 's-break-20').textContent(), WAIT).toContain('16:10')
    await expect.poll(() => titles(shizuoka, 's-reception'), WAIT).toContain('(en ligne)')
    await expect(titles(paris, 's-reception')).resolves.toContain('(en ligne)')
  }, 120_000)

  it('shows the programme from the local copy when reloaded offline', async () => {
    const paris = await openDemo('fr-FR', 'Europe/Paris')
    await serveShellFromDisk(paris.context())
    await paris.context().setOffline(true)
    await status(paris, 'offline').waitFor(WAIT)
    await appendFrenchTitle(paris, 's-opening-plenary', ' (gardé sur l’appareil)')

    await paris.reload()
    await status(paris, 'offline').waitFor(WAIT)
    await dayTab(paris).click()
    await expect
      .poll(() => titles(paris, 's-opening-plenary'), WAIT)
      .toContain('(gardé sur l’appareil)')
    await expect(session(paris, 's-workshop-1').isVisible()).resolves.toBe(true)
    await expect(paris.getByTestId('connection-status').textContent()).resolves.toContain(
      'gardées sur cet appareil',
    )
    await paris.screenshot({ path: join(SCREENSHOTS, 'offline-reload-fr.png') })

    // Back online, the edit made before the reload reaches the server. The
    // page is loaded from the server again first: Chromium's local network
    // access checks refuse a socket to 127.0.0.1 from a document that a test
    // route fulfilled, so this page could not reconnect. The edit now lives
    // only in the local copy, the page that made it being long gone.
    await paris.context().unrouteAll()
    await paris.context().setOffline(false)
    await paris.reload()
    await status(paris, 'connected').waitFor(WAIT)
    const other = await openDemo('ja-JP', 'Asia/Tokyo')
    await expect
      .poll(() => titles(other, 's-opening-plenary'), WAIT)
      .toContain('(gardé sur l’appareil)')
  }, 120_000)
})
