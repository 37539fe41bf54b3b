import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const suite = useBrowserSuite()

/** A new browser profile, in `locale`, signed in as `name`, on document `docName`, once connected. */
async function openPage(locale: string, docName: string, name = 'Claire'): Promise<Page> {
  const context = await suite.newContext({ locale, viewport: { width: 1100, height: 760 } }, name)
  const page = await context.newPage()
  await page.goto(`${suite.server.url}/?doc=${docName}`)
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return page
}

const notes = (page: Page) => page.getByTestId('notes')
const notesValue = (page: Page) => notes(page).inputValue()
const people = (page: Page) => page.getByTestId('person').allInnerTexts()

describe('two browsers on one document', () => {
  it('see each other, and each other’s typing, and converge', async () => {
    const docName = `e2e-${Date.now()}`
    const paris = await openPage('fr-FR', docName, 'Claire (Paris)')
    const shizuoka = await openPage('ja-JP', docName, '佐藤 (静岡)')

    await expect
      .poll(() => people(paris), WAIT)
      .toEqual(expect.arrayContaining([expect.stringContaining('佐藤 (静岡)')]))
    await expect
      .poll(() => people(shizuoka), WAIT)
      .toEqual(expect.arrayContaining([expect.stringContaining('Claire (Paris)')]))

    await notes(paris).click()
    await notes(paris).pressSequentially('Bonjour de Paris.')
    await expect.poll(() => notesValue(shizuoka), WAIT).toBe('Bonjour de Paris.')

    await notes(shizuoka).click()
    await notes(shizuoka).press('Control+End')
    await notes(shizuoka).pressSequentially(' 静岡からこんにちは。')
    const both = 'Bonjour de Paris. 静岡からこんにちは。'
    await expect.poll(() => notesValue(paris), WAIT).toBe(both)
    expect(await notesValue(shizuoka)).toBe(both)

    // Both type at once, at opposite ends: each caret must stay where its
    // owner put it while the other's letters arrive.
    await notes(paris).press('Control+Home')
    await notes(shizuoka).press('Control+End')
    await Promise.all([
      notes(paris).pressSequentially('Programme : ', { delay: 15 }),
      notes(shizuoka).pressSequentially(' 分科会は三つ。', { delay: 15 }),
    ])
    const merged = `Programme : ${both} 分科会は三つ。`
    await expect.poll(() => notesValue(paris), WAIT).toBe(merged)
    await expect.poll(() => notesValue(shizuoka), WAIT).toBe(merged)

    await paris.screenshot({ path: join(SCREENSHOTS, 'two-browsers-fr.png') })
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'two-browsers-ja.png') })
    await expect(paris.locator('.intro').textContent()).resolves.toContain('texte partagé')
    await expect(shizuoka.locator('.intro').textContent()).resolves.toContain('共有テキスト')

    await shizuoka.context().close()
    await expect
      .poll(() => people(paris), WAIT)
      .toEqual([expect.stringContaining('Claire (Paris)')])
  }, 120_000)

  it('keeps a Japanese input composition whole while the other side types', async () => {
    const docName = `e2e-ime-${Date.now()}`
    const paris = await openPage('fr-FR', docName)
    const shizuoka = await openPage('ja-JP', docName)
    await notes(paris).click()
    await notes(paris).pressSequentially('Atelier')
    await expect.poll(() => notesValue(shizuoka), WAIT).toBe('Atelier')

    await notes(shizuoka).click()
    await notes(shizuoka).press('Control+End')
    const ime = await shizuoka.context().newCDPSession(shizuoka)
    await ime.send('Input.imeSetComposition', {
      text: 'ぶんかかい',
      selectionStart: 5,
      selectionEnd: 5,
    })
    // While the kana are still being converted, Paris edits before them.
    await notes(paris).press('Control+Home')
    await notes(paris).pressSequentially('1. ')
    await expect.poll(() => notesValue(paris), WAIT).toBe('1. Atelier')
    await ime.send('Input.insertText', { text: ' 分科会' })

    await expect.poll(() => notesValue(shizuoka), WAIT).toBe('1. Atelier 分科会')
    await expect.poll(() => notesValue(paris), WAIT).toBe('1. Atelier 分科会')
    // The caret stays after what was just converted.
    await notes(shizuoka).pressSequentially('です')
    await expect.poll(() => notesValue(paris), WAIT).toBe('1. Atelier 分科会です')
  }, 120_000)

  it('shows when it is offline, and sends what was typed meanwhile once back', async () => {
    const docName = `e2e-offline-${Date.now()}`
    const paris = await openPage('fr-FR', docName)
    const shizuoka = await openPage('ja-JP', docName)
    await paris.context().setOffline(true)
    await paris.locator('[data-testid=connection-status][data-status=offline]').waitFor(WAIT)
    await notes(paris).click()
    await notes(paris).pressSequentially('Écrit hors ligne.')
    await expect(paris.getByTestId('status-note').textContent()).resolves.toContain(
      'au retour de la connexion',
    )
    await paris.screenshot({ path: join(SCREENSHOTS, 'offline-fr.png') })
    expect(await notesValue(shizuoka)).toBe('')

    await paris.context().setOffline(false)
    await paris.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await expect.poll(() => notesValue(shizuoka), WAIT).toBe('Écrit hors ligne.')
  }, 120_000)

  it('switches the interface language and remembers it', async () => {
    const page = await openPage('fr-FR', `e2e-lang-${Date.now()}`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    await page.getByRole('button', { name: 'English' }).click()
    // The English catalogue is loaded on the first switch to it.
    await expect
      .poll(() => page.locator('.intro').textContent(), WAIT)
      .toContain('live shared text')
    await page.reload()
    await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await expect(page.locator('.intro').textContent()).resolves.toContain('live shared text')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await page.screenshot({ path: join(SCREENSHOTS, 'language-en.png') })
  }, 120_000)
})
