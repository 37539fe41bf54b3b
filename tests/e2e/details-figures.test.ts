import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { signIn, TEST_OWNER_TOKEN } from '../helpers/sign-in'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A new browser profile in `locale`, on the demo edition's `path` once it is synced. */
async function open(locale: string, timezoneId: string, path: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}${path}`, { locale, timezoneId })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return page
}

/** Types `value` into the field and leaves it, as a member does. */
async function enter(page: Page, testId: string, value: string): Promise<void> {
  const field = page.getByTestId(testId)
  await field.fill(value)
  await field.press('Tab')
}

const overviewText = (page: Page) => page.getByTestId('overview').textContent()

describe('the participation figures in the details', () => {
  it('are set in French, read live in the Japanese overview, and refuse a negative number', async () => {
    const paris = await open('fr-FR', 'Europe/Paris', '/details')
    await paris.getByTestId('details-view').waitFor(WAIT)
    const shizuoka = await open('ja-JP', 'Asia/Tokyo', '')
    await shizuoka.getByTestId('overview').waitFor(WAIT)

    // Each figure is a field named in the interface's language.
    const figures = paris.getByTestId('details-participation')
    await expect(figures.locator('legend').textContent()).resolves.toBe('Participation')
    await expect(paris.getByLabel('Participants', { exact: true }).count()).resolves.toBe(1)
    await expect(paris.getByLabel('Collectivités japonaises').count()).resolves.toBe(1)
    // The demo edition has its dates: they give its year, which has no field of its own.
    await expect(paris.getByTestId('details-year').count()).resolves.toBe(0)

    await enter(paris, 'details-participants', '180')
    await enter(paris, 'details-collectivites-fr', '20')
    await enter(paris, 'details-collectivites-jp', '22')
    await expect.poll(() => overviewText(shizuoka), WAIT).toContain('参加者 180名')
    await expect
      .poll(() => overviewText(shizuoka), WAIT)
      .toContain('参加自治体：日本 22、フランス 20')

    // A negative number is refused beside its field, and nobody sees it.
    await enter(paris, 'details-collectivites-fr', '-3')
    const error = paris.getByTestId('details-participation').getByRole('alert')
    await expect.poll(() => error.textContent(), WAIT).toContain('zéro ou plus')
    await expect(
      paris.getByTestId('details-collectivites-fr').getAttribute('aria-invalid'),
    ).resolves.toBe('true')
    await paris.getByTestId('details-participation').scrollIntoViewIfNeeded()
    await paris.screenshot({ path: join(SCREENSHOTS, 'details-figures-fr.png'), fullPage: true })
    await expect(overviewText(shizuoka)).resolves.toContain('フランス 20')
    await expect(overviewText(shizuoka)).resolves.not.toContain('-3')

    // Emptied, a figure is unknown again: the overview no longer gives it.
    await enter(paris, 'details-participants', '')
    await expect.poll(() => overviewText(shizuoka), WAIT).not.toContain('参加者 180名')
    await expect(overviewText(shizuoka)).resolves.toContain('日本 22')
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'details-figures-ja.png'), fullPage: true })

    // The Japanese details name the same figures in Japanese.
    await shizuoka.getByTestId('view-details').click()
    const japanese = shizuoka.getByTestId('details-participation')
    await japanese.waitFor(WAIT)
    await expect(shizuoka.getByLabel('日本側の自治体数').inputValue()).resolves.toBe('22')
    await japanese.screenshot({ path: join(SCREENSHOTS, 'details-figures-ja-fields.png') })

    // And a reload keeps them.
    await paris.reload()
    await paris.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await expect
      .poll(() => paris.getByTestId('details-collectivites-jp').inputValue(), WAIT)
      .toBe('22')
    await expect(paris.getByTestId('details-participants').inputValue()).resolves.toBe('')
  }, 120_000)

  it('gives an edition without dates its year, refused outside 2000–2200', async () => {
    const { url } = suite.server
    const owner = await signIn(url, TEST_OWNER_TOKEN, 'Owner, creating')
    const created = await fetch(`${url}/api/editions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: owner, origin: url },
      body: JSON.stringify({
        number: 9,
        title: { fr: '9es Rencontres', ja: '第9回日仏自治体交流会議' },
        hostCity: { fr: 'Nantes', ja: 'ナント' },
        hostCountry: 'FR',
        timeZone: 'Europe/Paris',
        year: 2026,
      }),
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const page = await suite.openPage(`/editions/${id}/details`, {
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
    })
    await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    const year = page.getByLabel('開催年', { exact: true })
    await expect.poll(() => year.inputValue(), WAIT).toBe('2026')

    await year.fill('2027')
    await year.press('Tab')
    await expect.poll(() => page.getByTestId('overview').textContent(), WAIT).toContain('2027')

    await year.fill('1999')
    await year.press('Tab')
    await expect
      .poll(() => page.locator('#details-year-error').textContent(), WAIT)
      .toContain('2000から2200')
    await expect(page.getByTestId('overview').textContent()).resolves.toContain('2027')
  }, 120_000)
})
