import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

const LONG_FR =
  'Coopération décentralisée et attractivité des territoires : retours d’expérience des jumelages, des échanges de jeunes et des projets communs de gestion des risques naturels'
const LONG_JA =
  '地方自治体間の国際協力と地域の魅力づくり：姉妹都市交流、青少年交流、自然災害リスク管理の共同事業から得られた経験と今後の展望について'

async function openEdition(path: string, locale: string, ready: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}${path}`, { locale })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId(ready).waitFor(WAIT)
  return page
}

/** Whether the text of `part` lies within `card`'s box and is not cut to nothing. */
async function insideCard(card: Locator, part: Locator): Promise<boolean> {
  const [outer, inner] = await Promise.all([card.boundingBox(), part.boundingBox()])
  if (!outer || !inner) return false
  return (
    inner.height >= 10 &&
    inner.y >= outer.y - 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1 &&
    inner.x >= outer.x - 1 &&
    inner.x + 8 <= outer.x + outer.width
  )
}

/** Gives session `id` long titles in both languages through its editor. */
async function retitle(page: Page, id: string): Promise<Locator> {
  const card = page.locator(`[data-testid=session][data-session-id="${id}"]`)
  await card.click()
  const editor = page.getByTestId('session-editor')
  await editor.getByTestId('session-title-fr').fill(LONG_FR)
  await editor.getByTestId('session-title-ja').fill(LONG_JA)
  await editor.getByTestId('close-editor').click()
  await editor.waitFor({ state: 'detached', ...WAIT })
  await page.mouse.move(0, 0)
  await expect.poll(() => card.textContent(), WAIT).toContain(LONG_JA)
  return card
}

describe('long texts', () => {
  for (const locale of ['fr-FR', 'ja-JP']) {
    it(`shows both languages of a long title on its card, whole when hovered, in ${locale}`, async () => {
      const page = await openEdition('', locale, 'programme')
      await page.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
      // A two-hour plenary and a half-hour ceremony.
      for (const id of ['s-opening-plenary', 's-opening-ceremony']) {
        const card = await retitle(page, id)
        const height = (await card.boundingBox())?.height
        await expect(insideCard(card, card.locator('.main-lang'))).resolves.toBe(true)
        await expect(insideCard(card, card.locator('.other-lang'))).resolves.toBe(true)
        // Hovered, it grows to show every word of both.
        await card.hover()
        await expect
          .poll(() =>
            card.evaluate((element) =>
              [...element.querySelectorAll('.main-lang, .other-lang')].every(
                (part) => part.scrollHeight <= part.clientHeight + 1,
              ),
            ),
          )
          .toBe(true)
        expect((await card.boundingBox())?.height).toBeGreaterThan(height ?? 0)
        await page.mouse.move(0, 0)
      }
      await page.screenshot({
        path: join(SCREENSHOTS, `long-titles-${locale.slice(0, 2)}.png`),
      })
      await page.context().close()
    })

    it(`grows a theme's text boxes to hold all of a long text, in ${locale}`, async () => {
      const page = await openEdition('/themes', locale, 'themes-view')
      // Each language's run its own theme: the other's text is already there.
      const box = page
        .locator('textarea[data-testid$="-description-fr"]')
        .nth(locale === 'fr-FR' ? 0 : 1)
      await box.waitFor(WAIT)
      const before = await box.evaluate((element) => element.clientHeight)
      await box.fill(Array.from({ length: 6 }, () => LONG_FR).join('\n'))
      await expect
        .poll(() => box.evaluate((element) => element.scrollHeight <= element.clientHeight + 1))
        .toBe(true)
      expect(await box.evaluate((element) => element.clientHeight)).toBeGreaterThan(before)
      await page.context().close()
    })
  }
})
