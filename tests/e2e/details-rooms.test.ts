import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A new browser profile in `locale`, on one of edition `id`'s tabs. */
async function openTab(locale: string, timezoneId: string, tab: string, id = DEMO_ID) {
  const page = await suite.openPage(`/editions/${id}/${tab}`, { locale, timezoneId })
  await waitForTab(page, tab)
  return page
}

async function waitForTab(page: Page, tab: string): Promise<void> {
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId(tab === 'programme' ? 'programme' : `${tab}-view`).waitFor(WAIT)
}

async function goTo(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`view-${tab}`).click()
  await waitForTab(page, tab)
}

/** The text of the option a select shows. */
const shownOption = (select: Locator) =>
  select.evaluate((element) => {
    const chosen = (element as HTMLSelectElement).selectedOptions[0]
    return chosen?.textContent ?? ''
  })

/** The names of the grid's room columns, left to right, on the programme tab. */
const roomHeads = (page: Page) => page.getByTestId('room-head').allTextContents()

/** The ids of the rooms listed on the rooms tab, in their order. */
const listedRooms = (page: Page) =>
  page
    .getByTestId('room-card')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-room-id') ?? ''))

/** Adds a room from the rooms tab, types its French name where the caret lands, returns its id. */
async function addRoom(page: Page, nameFr: string): Promise<string> {
  const before = await listedRooms(page)
  await page.getByTestId('add-room').click()
  await expect.poll(async () => (await listedRooms(page)).length, WAIT).toBe(before.length + 1)
  const id = (await listedRooms(page)).find((each) => !before.includes(each))
  if (!id) throw new Error('the new room has no id')
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT)
    .toBe(`room-${id}-name-fr`)
  await page.keyboard.type(nameFr)
  return id
}

describe('the edition details and its rooms, by both committees at once', () => {
  it('sets dates, time zone, a day, venues and rooms that both see and a reload keeps', async () => {
    const paris = await openTab('fr-FR', 'Europe/Paris', 'details')
    const tokyo = await openTab('ja-JP', 'Asia/Tokyo', 'details')

    // New dates one day later: the two sessions of the 18th would fall outside, and are listed first.
    await paris.getByTestId('details-start-date').fill('2024-11-19')
    await paris.getByTestId('details-end-date').fill('2024-11-22')
    const before = paris.locator('[data-testid=outside-sessions][data-when=before]')
    await before.waitFor(WAIT)
    await expect(before.getByTestId('outside-session').count()).resolves.toBe(2)
    await expect(before.textContent()).resolves.toContain('18 novembre 2024')
    await paris.getByTestId('save-dates').click()
    // Saved, they are still listed: nothing was deleted, on either side.
    const after = tokyo.locator('[data-testid=outside-sessions][data-when=after]')
    await expect.poll(() => after.getByTestId('outside-session').count(), WAIT).toBe(2)
    await expect(after.textContent()).resolves.toContain('2024年11月18日')
    await expect(tokyo.getByTestId('details-start-date').inputValue()).resolves.toBe('2024-11-19')

    // A last day before the first is refused, and said so; the dates stay.
    await tokyo.getByTestId('details-end-date').fill('2024-11-10')
    await tokyo.getByTestId('save-dates').click()
    await expect(tokyo.getByTestId('dates-error').textContent()).resolves.toContain('最終日')
    await expect
      .poll(() => paris.getByTestId('details-end-date').inputValue(), WAIT)
      .toBe('2024-11-22')
    await tokyo.getByTestId('cancel-dates').click()
    await expect(tokyo.getByTestId('details-end-date').inputValue()).resolves.toBe('2024-11-22')
    // A last day a year off (a mistyped year) is refused too, and said so in French.
    await paris.getByTestId('details-end-date').fill('2025-11-22')
    await paris.getByTestId('save-dates').click()
    await expect(paris.getByTestId('dates-error').textContent()).resolves.toContain('31 jours')
    await expect(paris.getByTestId('day-row').count()).resolves.toBe(4)
    await paris.getByTestId('cancel-dates').click()
    await expect(paris.getByTestId('details-end-date').inputValue()).resolves.toBe('2024-11-22')

    // The time zone is chosen from the list; each reads it in their language.
    const zoneSelect = paris.getByTestId('details-time-zone')
    await expect(shownOption(zoneSelect)).resolves.toMatch(/^Tokyo \(UTC\+9\)$/)
    await zoneSelect.selectOption('Europe/Paris')
    await expect
      .poll(() => tokyo.getByTestId('details-time-zone').inputValue(), WAIT)
      .toBe('Europe/Paris')
    await expect(shownOption(tokyo.getByTestId('details-time-zone'))).resolves.toMatch(
      /^パリ \(UTC\+[12]\)$/,
    )

    // The new last day gets its hours and a label in both languages, typed at once.
    const day = '2024-11-22'
    await expect(
      paris.locator(`[data-testid=day-row][data-day="${day}"]`).getAttribute('data-own'),
    ).resolves.toBe('false')
    await paris.getByTestId(`day-${day}-label-fr`).click()
    await tokyo.getByTestId(`day-${day}-label-ja`).click()
    await Promise.all([paris.keyboard.type('Journée de visites'), tokyo.keyboard.type('視察日')])
    await tokyo.getByTestId(`day-${day}-start`).selectOption('08:30')
    await tokyo.getByTestId(`day-${day}-end`).selectOption('16:00')
    await expect.poll(() => paris.getByTestId(`day-${day}-start`).inputValue(), WAIT).toBe('08:30')
    await expect.poll(() => paris.getByTestId(`day-${day}-end`).inputValue(), WAIT).toBe('16:00')
    await expect
      .poll(() => paris.getByTestId(`day-${day}-label-ja`).inputValue(), WAIT)
      .toBe('視察日')
    await expect
      .poll(() => tokyo.getByTestId(`day-${day}-label-fr`).inputValue(), WAIT)
      .toBe('Journée de visites')
    await expect(
      paris.locator(`[data-testid=day-row][data-day="${day}"]`).getAttribute('data-own'),
    ).resolves.toBe('true')
    // An end before the start is refused in place; the hours stay.
    await paris.getByTestId(`day-${day}-end`).selectOption('07:00')
    await paris.getByTestId(`day-${day}-error`).waitFor(WAIT)
    await expect(paris.getByTestId(`day-${day}-end`).inputValue()).resolves.toBe('16:00')

    // A day with hours of its own and no label goes back to the default hours at once.
    const closing = '2024-11-21'
    await expect(tokyo.getByTestId(`day-${closing}-end`).inputValue()).resolves.toBe('14:00')
    await tokyo.getByTestId(`reset-day-${closing}`).click()
    await expect
      .poll(() => paris.getByTestId(`day-${closing}-end`).inputValue(), WAIT)
      .toBe('18:00')
    await expect(
      paris.locator(`[data-testid=day-row][data-day="${closing}"]`).getAttribute('data-own'),
    ).resolves.toBe('false')

    await paris.evaluate(() => window.scrollTo(0, 0))
    await paris.screenshot({ path: join(SCREENSHOTS, 'details-fr.png'), fullPage: true })

    // Venues and rooms.
    await goTo(paris, 'rooms')
    await goTo(tokyo, 'rooms')
    const venueCards = paris.getByTestId('venue-card')
    const venuesBefore = await venueCards.count()
    await paris.getByTestId('add-venue').click()
    await expect.poll(() => venueCards.count(), WAIT).toBe(venuesBefore + 1)
    const venueId = await venueCards.last().getAttribute('data-venue-id')
    if (!venueId) throw new Error('the new venue has no id')
    await paris.keyboard.type('Centre des congrès de Shimizu')
    await tokyo.getByTestId(`venue-${venueId}-name-ja`).pressSequentially('清水マリンビル')

    const roomA = await addRoom(paris, 'Salle Fuji')
    const roomB = await addRoom(paris, 'Salle Suruga')
    const roomC = await addRoom(paris, 'Salle Miho')
    for (const [id, name] of [
      [roomA, '富士の間'],
      [roomB, '駿河の間'],
      [roomC, '三保の間'],
    ] as const) {
      await tokyo.getByTestId(`room-${id}-name-ja`).pressSequentially(name)
      await tokyo.getByTestId(`room-${id}-venue`).selectOption(venueId)
    }
    // Renamed: the French name of the second becomes another.
    await paris.getByTestId(`room-${roomB}-name-fr`).fill('Salle Suruga-wan')
    // Booths and a capacity.
    await paris.getByTestId(`room-${roomA}-booths`).check()
    await paris.getByTestId(`room-${roomA}-capacity`).fill('120')
    await paris.getByTestId(`room-${roomA}-capacity`).press('Tab')
    await expect
      .poll(() => tokyo.getByTestId(`room-${roomA}-capacity`).inputValue(), WAIT)
      .toBe('120')
    await expect(tokyo.getByTestId(`room-${roomA}-booths`).isChecked()).resolves.toBe(true)
    // A capacity that is no number of seats is refused, and said so.
    await tokyo.getByTestId(`room-${roomB}-capacity`).fill('0')
    await tokyo.getByTestId(`room-${roomB}-capacity`).press('Tab')
    await expect(tokyo.getByTestId('rooms-view').textContent()).resolves.toContain('1以上の整数')

    // Moving the last room one column left swaps it with the one before it, in the grid too.
    const orderBefore = await listedRooms(paris)
    expect(orderBefore.slice(-3)).toEqual([roomA, roomB, roomC])
    await paris.getByTestId(`room-${roomC}-move-earlier`).click()
    await expect
      .poll(async () => (await listedRooms(tokyo)).slice(-3), WAIT)
      .toEqual([roomA, roomC, roomB])
    // The focus stays on the button, so the keyboard can move it on.
    await expect
      .poll(() => paris.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe(`room-${roomC}-move-earlier`)

    // Deleting a room that holds a session asks first and says the session stays, unplaced.
    const held = 'room-meeting-2'
    await tokyo.getByTestId(`delete-room-${held}`).click()
    const question = tokyo.locator(`[data-room-id=${held}] .confirm`)
    await expect(question.textContent()).resolves.toContain('1件のセッション')
    await expect(question.textContent()).resolves.toContain('未配置のセッション')
    await tokyo.evaluate(() => window.scrollTo(0, 0))
    await tokyo.screenshot({ path: join(SCREENSHOTS, 'rooms-ja.png'), fullPage: true })
    await tokyo.getByTestId(`confirm-delete-room-${held}`).click()
    await expect.poll(async () => (await listedRooms(paris)).includes(held), WAIT).toBe(false)
    // The keyboard goes on from the list's button.
    await expect
      .poll(() => tokyo.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('add-room')

    // On the programme: the columns in the new order, and the workshop of the deleted room still there.
    await goTo(paris, 'programme')
    const columnOrder = async () => {
      const heads = await roomHeads(paris)
      return ['Salle Fuji', 'Salle Miho', 'Salle Suruga-wan'].map((name) =>
        heads.findIndex((head) => head.includes(name)),
      )
    }
    await expect
      .poll(async () => {
        const [fuji = -1, miho = -1, suruga = -1] = await columnOrder()
        return fuji >= 0 && fuji < miho && miho < suruga
      }, WAIT)
      .toBe(true)
    await expect
      .poll(() => paris.locator('[data-session-id="s-workshop-3"]').count(), WAIT)
      .toBeGreaterThan(0)
    await expect((await roomHeads(paris)).some((head) => head.includes('Salle de réunion 2'))).toBe(
      false,
    )

    // A reload keeps everything.
    for (const page of [paris, tokyo]) await page.reload()
    await waitForTab(paris, 'programme')
    await goTo(paris, 'details')
    await waitForTab(tokyo, 'rooms')
    await expect
      .poll(() => paris.getByTestId('details-start-date').inputValue(), WAIT)
      .toBe('2024-11-19')
    await expect(paris.getByTestId('details-end-date').inputValue()).resolves.toBe('2024-11-22')
    await expect(paris.getByTestId('details-time-zone').inputValue()).resolves.toBe('Europe/Paris')
    await expect(paris.getByTestId(`day-${day}-label-fr`).inputValue()).resolves.toBe(
      'Journée de visites',
    )
    await expect(paris.getByTestId(`day-${day}-label-ja`).inputValue()).resolves.toBe('視察日')
    await expect(paris.getByTestId(`day-${day}-start`).inputValue()).resolves.toBe('08:30')
    await expect(paris.getByTestId(`day-${day}-end`).inputValue()).resolves.toBe('16:00')
    await expect(paris.getByTestId('outside-session').count()).resolves.toBe(2)

    await expect
      .poll(async () => (await listedRooms(tokyo)).slice(-3), WAIT)
      .toEqual([roomA, roomC, roomB])
    await expect((await listedRooms(tokyo)).includes(held)).toBe(false)
    await expect(tokyo.getByTestId(`room-${roomB}-name-fr`).inputValue()).resolves.toBe(
      'Salle Suruga-wan',
    )
    await expect(tokyo.getByTestId(`room-${roomC}-name-ja`).inputValue()).resolves.toBe('三保の間')
    await expect(tokyo.getByTestId(`room-${roomA}-capacity`).inputValue()).resolves.toBe('120')
    await expect(tokyo.getByTestId(`room-${roomA}-booths`).isChecked()).resolves.toBe(true)
    await expect(tokyo.getByTestId(`room-${roomC}-venue`).inputValue()).resolves.toBe(venueId)
    await expect(tokyo.getByTestId(`venue-${venueId}-name-ja`).inputValue()).resolves.toBe(
      '清水マリンビル',
    )
  }, 240_000)

  it('shows a record edition’s details and rooms without editing controls', async () => {
    const page = await openTab('fr-FR', 'Europe/Paris', 'details', 'kumamoto-2018')
    await expect(page.getByTestId('edit-notice').count()).resolves.toBe(1)
    await expect(page.getByTestId('details-time-zone').isDisabled()).resolves.toBe(true)
    await expect(page.getByTestId('details-status').isDisabled()).resolves.toBe(true)
    await expect(page.getByTestId('save-dates').count()).resolves.toBe(0)
    await goTo(page, 'rooms')
    await expect(page.getByTestId('add-room').count()).resolves.toBe(0)
    await expect(page.getByTestId('add-venue').count()).resolves.toBe(0)
    await expect(page.locator('[data-testid^=delete-room-]').count()).resolves.toBe(0)
  }, 120_000)

  it('archives an edition only once asked, and then shows it read-only', async () => {
    const page = await openTab('fr-FR', 'Europe/Paris', 'details')
    const status = page.getByTestId('details-status')
    await expect(status.inputValue()).resolves.toBe('draft')
    await status.selectOption('archived')
    // Not yet: the question says what archiving does, and cancelling keeps the draft.
    await expect(page.getByTestId('confirm-archive').textContent()).resolves.toContain(
      'lecture seule',
    )
    await expect(status.inputValue()).resolves.toBe('draft')
    await page.getByTestId('confirm-archive').getByRole('button', { name: 'Annuler' }).click()
    await expect(page.getByTestId('confirm-archive').count()).resolves.toBe(0)
    await status.selectOption('archived')
    await page.getByTestId('confirm-archive-edition').click()
    await expect.poll(() => status.isDisabled(), WAIT).toBe(true)
    await expect(page.getByTestId('edit-notice').count()).resolves.toBe(1)
    await expect(status.inputValue()).resolves.toBe('archived')
  }, 120_000)
})
