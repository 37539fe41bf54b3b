import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { seriousAxeFindings } from '../helpers/axe'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A new browser profile in `locale` and `timezoneId`, with the new-edition form open. */
async function openForm(
  locale: string,
  timezoneId: string,
): Promise<{ page: Page; form: Locator }> {
  const page = await suite.openPage('/', { locale, timezoneId })
  await page.getByTestId('edition-item').first().waitFor(WAIT)
  const form = page.getByTestId('create-edition')
  await form.locator('summary').click()
  return { page, form }
}

/** Fills the form's texts and dates; the country, zone and source are each test's. */
async function fill(
  form: Locator,
  fields: Record<
    'number' | 'titleFr' | 'titleJa' | 'cityFr' | 'cityJa' | 'startDate' | 'endDate',
    string
  >,
): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    await form.locator(`input[name=${name}]`).fill(value)
  }
}

const timeZone = (form: Locator) => form.getByTestId('create-edition-time-zone')
const copyFrom = (form: Locator) => form.getByTestId('create-edition-copy-from')

describe('creating a new edition from the list of editions', () => {
  it('creates the 9th edition at Nantes, blank, in Paris time without being told', async () => {
    const { page, form } = await openForm('fr-FR', 'Europe/Paris')
    await fill(form, {
      number: '9',
      titleFr: '9es Rencontres franco-japonaises de la coopération décentralisée',
      titleJa: '第9回日仏自治体交流会議',
      cityFr: 'Nantes',
      cityJa: 'ナント市',
      startDate: '2026-10-05',
      endDate: '2026-10-08',
    })
    // The zone follows the host country: Tokyo for a Japanese host, Paris for Nantes.
    await form.locator('select[name=country]').selectOption('FR')
    expect(await timeZone(form).inputValue()).toBe('Europe/Paris')
    // Blank is the default; the editions one can see are offered, newest first.
    expect(await copyFrom(form).inputValue()).toBe('')
    await expect
      .poll(() => copyFrom(form).locator('option').allTextContents(), WAIT)
      .toEqual([
        'Aucune : édition vierge',
        '8e édition — Shizuoka (2024)',
        '7e édition — Aix-en-Provence (2022)',
        '6e édition — Kumamoto (2018)',
        '5e édition — Tours (2016)',
      ])
    // Each control is named for a screen reader by its visible label.
    expect(await page.getByLabel('Fuseau horaire').getAttribute('data-testid')).toBe(
      'create-edition-time-zone',
    )
    expect(await page.getByLabel('Partir d’une édition précédente').inputValue()).toBe('')

    // A last day a year off (a mistyped year) is refused beside it, in words, not as a code.
    await form.locator('input[name=endDate]').fill('2027-10-08')
    await form.locator('button[type=submit]').click()
    await expect
      .poll(() => form.locator('[data-field=endDate] .field-error').textContent(), WAIT)
      .toContain('plus de 31 jours')
    expect(await form.locator('input[name=endDate]').getAttribute('aria-invalid')).toBe('true')
    await form.locator('input[name=endDate]').fill('2026-10-08')

    // An edition that went out of reach since the list was loaded is refused beside its field.
    await copyFrom(form).evaluate((select) => {
      select.append(new Option('Retirée entre-temps', 'withdrawn-edition'))
    })
    await copyFrom(form).selectOption('withdrawn-edition')
    await form.locator('button[type=submit]').click()
    await expect
      .poll(() => form.locator('[data-field=copyFrom] .field-error').textContent(), WAIT)
      .toBe('Cette édition n’est plus accessible : choisissez-en une autre.')
    expect(await form.locator('input[name=cityFr]').inputValue()).toBe('Nantes')
    await copyFrom(form).selectOption('')

    await form.locator('button[type=submit]').click()
    await page.waitForURL(/\/editions\/nantes-2026$/, WAIT)
    await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await page.locator('[data-testid=day-tab][data-day="2026-10-05"]').waitFor(WAIT)
    // Blank: no session at all, on the grid or off it.
    await expect(page.getByTestId('session').count()).resolves.toBe(0)
    await expect(page.getByTestId('tray-item').count()).resolves.toBe(0)
    await page.getByTestId('view-rooms').click()
    await page.getByTestId('rooms-view').waitFor(WAIT)
    await expect(page.getByTestId('room-card').count()).resolves.toBe(0)
  }, 120_000)

  it('starts the 10th edition from the 8th: its rooms and programme skeleton, without people', async () => {
    const { page: paris, form: parisForm } = await openForm('fr-FR', 'Europe/Paris')
    await fill(parisForm, {
      number: '10',
      titleFr: '10es Rencontres franco-japonaises de la coopération décentralisée',
      titleJa: '第10回日仏自治体交流会議',
      cityFr: 'Toyama',
      cityJa: '富山市',
      startDate: '2028-10-16',
      endDate: '2028-10-18',
    })
    await parisForm.locator('select[name=country]').selectOption('FR')
    await parisForm.locator('select[name=country]').selectOption('JP')
    // Picked by hand, the zone stays what was picked, whatever the country says after.
    expect(await timeZone(parisForm).inputValue()).toBe('Asia/Tokyo')
    await copyFrom(parisForm).selectOption('shizuoka-2024')
    await paris.evaluate(() => window.scrollTo(0, 0))
    await paris.screenshot({ path: join(SCREENSHOTS, 'create-edition-fr.png'), fullPage: true })

    // The same form in Japanese, as the Japanese committee sees it.
    const { page: tokyo, form: tokyoForm } = await openForm('ja-JP', 'Asia/Tokyo')
    expect(await timeZone(tokyoForm).inputValue()).toBe('Asia/Tokyo')
    await expect
      .poll(() => copyFrom(tokyoForm).locator('option').first().textContent(), WAIT)
      .toBe('なし（白紙から作成）')
    await expect
      .poll(() => copyFrom(tokyoForm).locator('option[value=shizuoka-2024]').textContent(), WAIT)
      .toBe('第8回（静岡市、2024年）')
    expect(await tokyo.getByLabel('過去の回から作成').count()).toBe(1)
    await copyFrom(tokyoForm).selectOption('shizuoka-2024')
    expect(await seriousAxeFindings(tokyo, '[data-testid=create-edition]')).toEqual([])
    await tokyo.screenshot({ path: join(SCREENSHOTS, 'create-edition-ja.png'), fullPage: true })

    await parisForm.locator('button[type=submit]').click()
    await paris.waitForURL(/\/editions\/toyama-2028$/, WAIT)
    await paris.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)

    // Three days instead of four: the 8th's third day (the workshops) is the 10th's third…
    await paris.locator('[data-testid=day-tab][data-day="2028-10-18"]').click()
    const sessions = paris.getByTestId('session')
    await expect.poll(() => sessions.count(), WAIT).toBe(8)
    const grid = await sessions.evaluateAll((blocks) =>
      blocks.map((block) => block.getAttribute('title') ?? ''),
    )
    expect(grid.some((title) => title.startsWith('Atelier 1'))).toBe(true)
    expect(grid.some((title) => title.includes('全体会議'))).toBe(true)
    await expect(
      sessions.evaluateAll((blocks) => blocks.map((block) => block.dataset.status)),
    ).resolves.toEqual(Array(8).fill('draft'))
    // …and the closing day's four sessions wait in the tray, not lost.
    await expect.poll(() => paris.getByTestId('tray-item').count(), WAIT).toBe(4)
    await expect(paris.getByTestId('unplaced-tray').textContent()).resolves.toContain('Pause')
    await paris.screenshot({
      path: join(SCREENSHOTS, 'create-edition-programme-fr.png'),
      fullPage: true,
    })

    // The rooms, with their capacities, in the grid's order.
    await paris.getByTestId('view-rooms').click()
    await paris.getByTestId('rooms-view').waitFor(WAIT)
    const rooms = paris.getByTestId('room-card')
    await expect.poll(() => rooms.count(), WAIT).toBe(5)
    await expect(rooms.first().textContent()).resolves.toContain('Salle de conférence Kaze')
    await expect(paris.getByTestId('venue-card').count()).resolves.toBe(2)
    await paris.screenshot({
      path: join(SCREENSHOTS, 'create-edition-rooms-fr.png'),
      fullPage: true,
    })

    // Nobody came along: the people tab lists no one.
    await paris.getByTestId('view-people').click()
    await paris.getByTestId('people-view').waitFor(WAIT)
    await paris.getByTestId('people-empty').waitFor(WAIT)
  }, 180_000)
})
