import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import type { EditionSeed } from '../../server/editions/seed'
import { initEdition } from '../../shared/doc/edition'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'
/** The grid's scale, as client/features/programme/grid-layout.ts draws it. */
const PX_PER_MINUTE = 1.6

/** A new edition with neither dates nor rooms yet: the committee's first day of work. */
const BLANK_ID = 'blank-2026'
const BLANK_SEED: EditionSeed = {
  id: BLANK_ID,
  readOnly: false,
  fill: (doc) =>
    initEdition(
      doc,
      {
        number: 9,
        year: 2026,
        title: { fr: '9es Rencontres', ja: '第9回日仏自治体交流会議' },
        hostCity: { fr: 'Nantes', ja: 'ナント' },
        hostCountry: 'FR',
        timeZone: 'Europe/Paris',
      },
      'test',
    ),
}

const suite = useBrowserSuite({ seeds: [...DEMO_SEEDS, BLANK_SEED] })

async function openProgramme(locale: string, timezoneId: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}`, { locale, timezoneId })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId('session').first().waitFor(WAIT)
  return page
}

const dayTab = (page: Page, day: string) => page.locator(`[data-testid=day-tab][data-day="${day}"]`)
const block = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id="${id}"]`)
const column = (page: Page, roomId: string) =>
  page.locator(`[data-testid=room-column][data-room-id="${roomId}"]`)
const trayItem = (page: Page, id: string) =>
  page.locator(`[data-testid=tray-item][data-session-id="${id}"]`)
const blocksIn = (page: Page, roomId: string) =>
  page.locator(`[data-testid=session][data-room-ids="${roomId}"]`)
const trayCount = (page: Page) =>
  page.getByTestId('unplaced-tray').locator('.tray-title .count').textContent()

/** The point of `roomId`'s column at `clock` ('09:30') on the day shown. */
async function pointAt(
  page: Page,
  roomId: string,
  clock: string,
): Promise<{ x: number; y: number }> {
  const target = column(page, roomId)
  const box = await target.boundingBox()
  const rangeStart = Number(await target.getAttribute('data-range-start'))
  if (!box) throw new Error(`no column for ${roomId}`)
  const [hours, minutes] = clock.split(':').map(Number) as [number, number]
  return {
    x: box.x + box.width / 2,
    y: box.y + (hours * 60 + minutes - rangeStart) * PX_PER_MINUTE,
  }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('nothing to drag')
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 10) }
}

/** Closes the session editor that a creation opened, if it is open. */
async function closeEditor(page: Page): Promise<void> {
  const close = page.getByTestId('close-editor')
  if ((await close.count()) > 0) await close.click()
  await expect.poll(() => page.getByTestId('session-editor').count(), WAIT).toBe(0)
}

/** The ids of the sessions now on the grid of the day shown. */
const shownIds = (page: Page) =>
  page
    .getByTestId('session')
    .evaluateAll((elements) =>
      elements.map((element) => (element as HTMLElement).dataset.sessionId),
    )

describe('building the programme on the grid', () => {
  it('draws a session across all rooms as one block over every column', async () => {
    const paris = await openProgramme('fr-FR', 'Europe/Paris')
    const shizuoka = await openProgramme('ja-JP', 'Asia/Tokyo')
    for (const page of [paris, shizuoka]) {
      await dayTab(page, '2024-11-20').click()
      const lunch = block(page, 's-lunch-20')
      await lunch.waitFor(WAIT)
      expect(await lunch.count()).toBe(1)
      const columns = page.getByTestId('room-column')
      const first = await columns.first().boundingBox()
      const last = await columns.last().boundingBox()
      const drawn = await lunch.boundingBox()
      if (!first || !last || !drawn) throw new Error('the grid has no boxes')
      // From the first room's left edge to the last room's right edge, a few pixels of margin aside.
      expect(Math.abs(drawn.x - first.x)).toBeLessThan(6)
      expect(Math.abs(drawn.x + drawn.width - (last.x + last.width))).toBeLessThan(6)
      // No room column is left for sessions without a room: every column is a room.
      expect(await page.getByTestId('room-head').count()).toBe(await columns.count())
    }
    await paris.screenshot({ path: join(SCREENSHOTS, 'grid-build-span-fr.png'), fullPage: true })
    // From the keyboard, a session across all rooms moves in time only: its rooms stay.
    const lunch = block(paris, 's-lunch-20')
    await lunch.focus()
    await paris.keyboard.press('Alt+ArrowRight')
    await paris.keyboard.press('Alt+ArrowDown')
    const seen = block(shizuoka, 's-lunch-20')
    await expect.poll(() => seen.textContent(), WAIT).toContain('12:05–13:35')
    expect(await seen.getAttribute('data-room-ids')).toBe('*')
    await paris.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => seen.textContent(), WAIT).toContain('12:00–13:30')
    // The day's label (a visit day) shows on its tab, in both languages.
    await expect(dayTab(paris, '2024-11-19').textContent()).resolves.toContain('視察')
    await expect(dayTab(shizuoka, '2024-11-19').textContent()).resolves.toContain('視察')
  }, 120_000)

  it('creates a session by drawing over an empty stretch of a room, shown as it is drawn', async () => {
    const paris = await openProgramme('fr-FR', 'Europe/Paris')
    const shizuoka = await openProgramme('ja-JP', 'Asia/Tokyo')
    await dayTab(paris, '2024-11-21').click()
    await dayTab(shizuoka, '2024-11-21').click()
    await column(paris, 'room-meeting-1').scrollIntoViewIfNeeded()
    expect(await blocksIn(paris, 'room-meeting-1').count()).toBe(0)

    const from = await pointAt(paris, 'room-meeting-1', '09:30')
    const to = await pointAt(paris, 'room-meeting-1', '10:15')
    await paris.mouse.move(from.x, from.y)
    await paris.mouse.down()
    await paris.mouse.move(from.x, (from.y + to.y) / 2, { steps: 4 })
    await paris.mouse.move(to.x, to.y, { steps: 4 })
    await expect(paris.getByTestId('sketch').textContent()).resolves.toBe(
      '09:30–10:15 · Salle de réunion 1',
    )
    await paris.mouse.up()

    // The draft opens in the editor, and Shizuoka sees it on the grid.
    await paris.getByTestId('session-editor').waitFor(WAIT)
    await closeEditor(paris)
    const created = blocksIn(shizuoka, 'room-meeting-1')
    await expect.poll(() => created.count(), WAIT).toBe(1)
    await expect(created.textContent()).resolves.toContain('09:30–10:15')
    expect(await created.getAttribute('data-status')).toBe('draft')
    await expect(created.getByTestId('session-status').textContent()).resolves.toBe('案')
  }, 120_000)

  it('creates a session with the day’s button and a room’s button, from the keyboard alone', async () => {
    const shizuoka = await openProgramme('ja-JP', 'Asia/Tokyo')
    await dayTab(shizuoka, '2024-11-21').click()
    const before = await blocksIn(shizuoka, 'room-kaze').count()

    // The day's button: the first room's first free hour (Kaze is busy until 12:15).
    await shizuoka.getByTestId('add-session').focus()
    await expect(shizuoka.getByTestId('add-session').textContent()).resolves.toBe('＋ セッション')
    await shizuoka.keyboard.press('Enter')
    await shizuoka.getByTestId('session-editor').waitFor(WAIT)
    await shizuoka.keyboard.press('Escape')
    await expect.poll(() => blocksIn(shizuoka, 'room-kaze').count(), WAIT).toBe(before + 1)
    await expect(blocksIn(shizuoka, 'room-kaze').allTextContents()).resolves.toContainEqual(
      expect.stringContaining('12:15–13:15'),
    )

    // A room's own button, reached with Tab and named for screen readers.
    const addInRoom = shizuoka.locator(
      '[data-testid=room-head][data-room-id=room-meeting-2] [data-testid=add-in-room]',
    )
    expect(await addInRoom.getAttribute('aria-label')).toBe('第2会議室にセッションを追加')
    await addInRoom.focus()
    await shizuoka.keyboard.press('Enter')
    await shizuoka.getByTestId('session-editor').waitFor(WAIT)
    await shizuoka.keyboard.press('Escape')
    await expect.poll(() => blocksIn(shizuoka, 'room-meeting-2').count(), WAIT).toBe(1)
    await expect(blocksIn(shizuoka, 'room-meeting-2').textContent()).resolves.toContain(
      '09:00–10:00',
    )
    // The hint says which keys do it.
    await expect(shizuoka.getByTestId('grid-hint').textContent()).resolves.toContain(
      'Alt + Backspace',
    )
  }, 120_000)

  it('takes a session off the grid into the tray and back, by drag and by keyboard, for everyone', async () => {
    const paris = await openProgramme('fr-FR', 'Europe/Paris')
    const shizuoka = await openProgramme('ja-JP', 'Asia/Tokyo')
    await dayTab(paris, '2024-11-21').click()
    await dayTab(shizuoka, '2024-11-21').click()
    await expect(paris.getByTestId('unplaced-tray').locator('h3').textContent()).resolves.toContain(
      'Séances non placées',
    )
    await expect(
      shizuoka.getByTestId('unplaced-tray').locator('h3').textContent(),
    ).resolves.toContain('未配置のセッション')
    const traySeen = Number(await trayCount(shizuoka))

    // Drag the break onto the tray: its card says where it goes while dragged.
    const moving = block(paris, 's-break-21')
    await moving.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    const start = await centre(moving)
    const tray = await centre(paris.getByTestId('unplaced-tray').locator('h3'))
    await paris.mouse.move(start.x, start.y)
    await paris.mouse.down()
    await paris.mouse.move(start.x, start.y + 48, { steps: 4 })
    // 48 px is 30 minutes later, in the same room.
    await expect(moving.getByTestId('session-landing').textContent()).resolves.toBe(
      '→ 11:30 · Hall des échanges',
    )
    await paris.mouse.move(tray.x, tray.y, { steps: 8 })
    await expect(moving.getByTestId('session-landing').textContent()).resolves.toBe(
      '→ Séances non placées',
    )
    await paris.mouse.up()
    await trayItem(shizuoka, 's-break-21').waitFor(WAIT)
    await expect.poll(() => trayCount(shizuoka), WAIT).toBe(String(traySeen + 1))
    expect(await shownIds(shizuoka)).not.toContain('s-break-21')
    await expect(trayItem(shizuoka, 's-break-21').textContent()).resolves.toMatch(
      /休憩.*15分|15分.*休憩/,
    )

    // And from the tray onto the grid, in another room at 13:00.
    const item = paris.locator(
      '[data-testid=tray-item][data-session-id=s-break-21] [data-testid=tray-open]',
    )
    const from = await centre(item)
    const to = await pointAt(paris, 'room-meeting-2', '13:00')
    await paris.mouse.move(from.x, from.y)
    await paris.mouse.down()
    await paris.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 })
    await paris.mouse.move(to.x, to.y + 2, { steps: 6 })
    await paris.mouse.up()
    const back = block(shizuoka, 's-break-21')
    await back.waitFor(WAIT)
    await expect(back.textContent()).resolves.toContain('13:00–13:15')
    expect(await back.getAttribute('data-room-ids')).toBe('room-meeting-2')
    await expect.poll(() => trayCount(shizuoka), WAIT).toBe(String(traySeen))

    // From the keyboard: Alt+Backspace to the tray, the tray's button to place it again.
    await block(paris, 's-break-21').focus()
    await paris.keyboard.press('Alt+Backspace')
    await trayItem(shizuoka, 's-break-21').waitFor(WAIT)
    const place = trayItem(paris, 's-break-21').getByTestId('tray-place')
    expect(await place.getAttribute('aria-label')).toContain('Placer « Pause »')
    await place.focus()
    await paris.keyboard.press('Enter')
    await block(shizuoka, 's-break-21').waitFor(WAIT)
    // Placed in the first free slot of the first room, and it has the focus, to be moved on.
    expect(await block(shizuoka, 's-break-21').getAttribute('data-room-ids')).toBe('room-kaze')
    await expect
      .poll(() => paris.evaluate(() => (document.activeElement as HTMLElement).dataset.sessionId))
      .toBe('s-break-21')

    // Ctrl+Z undoes the placing: back in the tray, for everyone.
    await paris.keyboard.press('Control+z')
    await trayItem(shizuoka, 's-break-21').waitFor(WAIT)

    for (const page of [paris, shizuoka]) await page.evaluate(() => window.scrollTo(0, 0))
    await paris.screenshot({ path: join(SCREENSHOTS, 'grid-build-fr.png'), fullPage: true })
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'grid-build-ja.png'), fullPage: true })
  }, 120_000)

  it('points an edition without dates or rooms at the tabs to fill in, and keeps its new sessions in the tray', async () => {
    for (const locale of ['fr-FR', 'ja-JP']) {
      const page = await suite.openPage(`/editions/${BLANK_ID}`, {
        locale,
        timezoneId: 'Europe/Paris',
      })
      await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
      const notice = page.getByTestId('no-dates')
      await notice.waitFor(WAIT)
      expect(await notice.locator('a').getAttribute('href')).toBe(`/editions/${BLANK_ID}/details`)
      await expect(notice.textContent()).resolves.toContain(
        locale === 'fr-FR' ? 'onglet Détails.' : '「詳細」タブ',
      )
      expect(await page.getByTestId('no-rooms').locator('a').getAttribute('href')).toBe(
        `/editions/${BLANK_ID}/rooms`,
      )
      expect(await page.getByTestId('day-tab').count()).toBe(0)
    }
    const page = await suite.openPage(`/editions/${BLANK_ID}`, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    })
    await page.getByTestId('no-dates').waitFor(WAIT)
    expect(await page.getByTestId('tray-item').count()).toBe(0)
    await page.getByTestId('add-session').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('session-editor').waitFor(WAIT)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('tray-item').count(), WAIT).toBe(1)
    await expect(trayCount(page)).resolves.toBe('1')
  }, 120_000)
})
