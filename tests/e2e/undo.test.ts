import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'
const WORKSHOPS_DAY = '2024-11-20'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A new browser profile in `locale` and `timezoneId`, on the demo edition's workshop day. */
async function openDemo(locale: string, timezoneId: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}`, { locale, timezoneId })
  await waitForProgramme(page)
  return page
}

async function waitForProgramme(page: Page): Promise<void> {
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await dayTab(page, WORKSHOPS_DAY).click()
  await session(page, 's-workshop-1').waitFor(WAIT)
}

const dayTab = (page: Page, day: string) => page.locator(`[data-testid=day-tab][data-day="${day}"]`)
const session = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id=${id}]`)
/** The start and end of a session in the edition's zone, as its block shows them. */
const shownTimes = (page: Page, id: string) =>
  session(page, id).locator('.session-time').textContent()

/** Opens session `id` in `page`'s editor and types `suffix` at the end of its Japanese title. */
async function appendJaTitle(page: Page, id: string, suffix: string): Promise<void> {
  await session(page, id).click()
  const title = page.getByTestId('session-title-ja')
  await title.waitFor(WAIT)
  await title.press('Control+End')
  await title.pressSequentially(suffix)
}

/** Moves session `id` to `start` with the editor's start selector, then closes the editor. */
async function moveWithEditor(page: Page, id: string, start: string): Promise<void> {
  await session(page, id).click()
  await page.getByTestId('session-start').selectOption(start)
  await page.getByTestId('close-editor').click()
}

describe('undo and redo', () => {
  it('undoes and redoes only one’s own change, for everyone', async () => {
    const paris = await openDemo('fr-FR', 'Europe/Paris')
    const shizuoka = await openDemo('ja-JP', 'Asia/Tokyo')
    await expect(paris.getByTestId('undo').isDisabled()).resolves.toBe(true)
    await expect(paris.getByTestId('redo').isDisabled()).resolves.toBe(true)

    await moveWithEditor(paris, 's-workshop-1', '14:45')
    await appendJaTitle(shizuoka, 's-workshop-2', '（静岡の修正）')
    for (const page of [paris, shizuoka]) {
      await expect.poll(() => shownTimes(page, 's-workshop-1'), WAIT).toMatch(/^14:45/)
      await expect
        .poll(() => session(page, 's-workshop-2').textContent(), WAIT)
        .toContain('（静岡の修正）')
    }
    await expect(paris.getByTestId('undo').isEnabled()).resolves.toBe(true)

    // Focus is on the page, not in a text field: the shortcut undoes.
    await paris.keyboard.press('Control+z')
    for (const page of [paris, shizuoka]) {
      await expect.poll(() => shownTimes(page, 's-workshop-1'), WAIT).toMatch(/^13:30/)
      await expect(session(page, 's-workshop-2').textContent()).resolves.toContain('（静岡の修正）')
    }
    await expect.poll(() => paris.getByTestId('undo').isDisabled(), WAIT).toBe(true)
    await expect(paris.getByTestId('redo').isEnabled()).resolves.toBe(true)

    await paris.getByTestId('redo').click()
    for (const page of [paris, shizuoka]) {
      await expect.poll(() => shownTimes(page, 's-workshop-1'), WAIT).toMatch(/^14:45/)
      await expect(session(page, 's-workshop-2').textContent()).resolves.toContain('（静岡の修正）')
    }
    // Shizuoka's own undo takes back its typing, and leaves Paris's move alone.
    await expect(shizuoka.getByTestId('undo').isEnabled()).resolves.toBe(true)
    await shizuoka.getByTestId('undo').click()
    for (const page of [paris, shizuoka]) {
      await expect
        .poll(() => session(page, 's-workshop-2').textContent(), WAIT)
        .not.toContain('（静岡の修正）')
      await expect(shownTimes(page, 's-workshop-1')).resolves.toMatch(/^14:45/)
    }
  }, 120_000)

  it('undoes a burst of typing in a text field as one step, from inside the field', async () => {
    const paris = await openDemo('fr-FR', 'Europe/Paris')
    const shizuoka = await openDemo('ja-JP', 'Asia/Tokyo')
    await session(paris, 's-workshop-3').click()
    const description = paris.getByTestId('session-description-fr')
    await description.waitFor(WAIT)
    const before = await description.inputValue()
    await description.press('Control+End')
    await description.pressSequentially(' Ajout à annuler.')
    await session(shizuoka, 's-workshop-3').click()
    await expect
      .poll(() => shizuoka.getByTestId('session-description-fr').inputValue(), WAIT)
      .toContain('Ajout à annuler.')

    await description.press('Control+z')
    await expect.poll(() => description.inputValue(), WAIT).toBe(before)
    await expect
      .poll(() => shizuoka.getByTestId('session-description-fr').inputValue(), WAIT)
      .toBe(before)
    await description.press('Control+Shift+z')
    await expect.poll(() => description.inputValue(), WAIT).toBe(`${before} Ajout à annuler.`)
  }, 120_000)

  it('keeps every edit through a reload', async () => {
    const paris = await openDemo('fr-FR', 'Europe/Paris')
    const shizuoka = await openDemo('ja-JP', 'Asia/Tokyo')
    await moveWithEditor(paris, 's-workshop-3', '14:00')
    await appendJaTitle(shizuoka, 's-opening-plenary', '（再読込）')
    await shizuoka.getByTestId('close-editor').click()
    await expect
      .poll(() => session(paris, 's-opening-plenary').textContent(), WAIT)
      .toContain('（再読込）')
    await expect.poll(() => shownTimes(shizuoka, 's-workshop-3'), WAIT).toMatch(/^14:00/)

    await shizuoka.reload()
    await waitForProgramme(shizuoka)
    await expect.poll(() => shownTimes(shizuoka, 's-workshop-3'), WAIT).toMatch(/^14:00/)
    await expect
      .poll(() => session(shizuoka, 's-opening-plenary').textContent(), WAIT)
      .toContain('（再読込）')
    // A fresh page has no history: nothing of before the reload to undo.
    await expect(shizuoka.getByTestId('undo').isDisabled()).resolves.toBe(true)
  }, 120_000)
})
