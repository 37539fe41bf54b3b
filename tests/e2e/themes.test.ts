import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A new browser profile in `locale` and `timezoneId`, on edition `id`'s programme. */
async function openEdition(locale: string, timezoneId: string, id = DEMO_ID): Promise<Page> {
  const page = await suite.openPage(`/editions/${id}`, { locale, timezoneId })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId('overview').waitFor(WAIT)
  return page
}

/** Follows the link from the programme to the themes page. */
async function openThemes(page: Page): Promise<void> {
  await page.getByTestId('view-themes').click()
  await page.getByTestId('themes-view').waitFor(WAIT)
}

const workshopCards = (page: Page) => page.locator('[data-testid=theme-card][data-kind=workshop]')

describe('the themes and workshops page', () => {
  it('adds a workshop theme that both committees title, each in their language', async () => {
    const paris = await openEdition('fr-FR', 'Europe/Paris')
    const shizuoka = await openEdition('ja-JP', 'Asia/Tokyo')
    await openThemes(paris)
    await openThemes(shizuoka)
    expect(paris.url()).toMatch(/\/editions\/shizuoka-2024\/themes$/)

    // The demo's three workshops, each with the session that uses it.
    await expect.poll(() => workshopCards(paris).count(), WAIT).toBe(3)
    await expect(
      workshopCards(paris).first().getByTestId('theme-sessions').textContent(),
    ).resolves.toMatch(/13:30/)
    await expect(shizuoka.getByTestId('global-theme').textContent()).resolves.toContain(
      '全体テーマ',
    )

    await paris.getByTestId('add-workshop-theme').click()
    await expect.poll(() => workshopCards(paris).count(), WAIT).toBe(4)
    const card = workshopCards(paris).last()
    const id = await card.getAttribute('data-theme-id')
    if (!id) throw new Error('the new theme has no id')
    // A new theme lacks both titles, and says so.
    await expect(card.getByTestId(`theme-${id}-title-fr-missing`).count()).resolves.toBe(1)
    await expect(card.getByTestId(`theme-${id}-title-ja-missing`).count()).resolves.toBe(1)
    // The caret is already in the French title.
    await paris.keyboard.type('Villes et mobilités douces')

    await expect.poll(() => workshopCards(shizuoka).count(), WAIT).toBe(4)
    const seen = shizuoka.locator(`[data-testid=theme-card][data-theme-id="${id}"]`)
    await expect
      .poll(() => seen.getByTestId(`theme-${id}-title-fr`).inputValue(), WAIT)
      .toBe('Villes et mobilités douces')
    await seen.getByTestId(`theme-${id}-title-ja`).pressSequentially('まちづくりと持続可能な移動')

    await expect
      .poll(() => card.getByTestId(`theme-${id}-title-ja`).inputValue(), WAIT)
      .toBe('まちづくりと持続可能な移動')
    await expect.poll(() => card.getByTestId(`theme-${id}-title-ja-missing`).count(), WAIT).toBe(0)
    await expect(card.locator('h3').textContent()).resolves.toContain('Villes et mobilités douces')

    for (const page of [paris, shizuoka]) await page.evaluate(() => window.scrollTo(0, 0))
    await paris.screenshot({ path: join(SCREENSHOTS, 'themes-fr.png'), fullPage: true })
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'themes-ja.png'), fullPage: true })

    // Deleting asks first, then un-assigns: the theme goes for both.
    await card.getByTestId('delete-theme').click()
    await card.getByTestId('confirm-delete-theme').click()
    await expect.poll(() => workshopCards(shizuoka).count(), WAIT).toBe(3)

    // And back to the programme.
    await shizuoka.getByTestId('view-programme').click()
    await shizuoka.getByTestId('session').first().waitFor(WAIT)
  }, 120_000)

  it('shows a record edition’s themes without editing controls', async () => {
    const page = await openEdition('fr-FR', 'Europe/Paris', 'kumamoto-2018')
    await openThemes(page)
    await expect(page.getByTestId('themes-view').textContent()).resolves.toContain(
      'attractivité territoriale',
    )
    await expect(page.getByTestId('add-workshop-theme').count()).resolves.toBe(0)
    await expect(page.getByTestId('delete-theme').count()).resolves.toBe(0)
    await expect(page.getByTestId('global-theme-select').count()).resolves.toBe(0)
  }, 120_000)
})
