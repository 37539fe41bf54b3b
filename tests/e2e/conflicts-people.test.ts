/**
 * A conflict set right in the people tab: a speaker without their function
 * in Japanese. Its link opens that person's folded editor and puts the
 * focus in the Japanese function field, in French and Japanese.
 */
import { describe, expect, it } from 'vitest'
import { seedDemoEdition } from '../../server/editions/demo'
import { updatePerson } from '../../shared/doc/edition'
import { useBrowserSuite, WAIT } from '../helpers/browser-suite'

const EDITION = 'shizuoka-2024'
const FIELD = 'field-person-p-mochizuki-role-ja'

const suite = useBrowserSuite({
  seeds: [
    {
      id: EDITION,
      readOnly: false,
      fill: (doc) => {
        seedDemoEdition(doc)
        updatePerson(doc, 'p-mochizuki', { role: { ja: '' } }, 'seed')
      },
    },
  ],
})

describe('a speaker without a function', () => {
  it.each([
    ['fr-FR', 'Europe/Paris'],
    ['ja-JP', 'Asia/Tokyo'],
  ])('links to their Japanese function, their editor opened (%s)', async (locale, timezoneId) => {
    const context = await suite.newContext({ locale, timezoneId })
    const page = await context.newPage()
    await page.goto(
      `${suite.server.url}/editions/${EDITION}/conflicts?kind=person_without_function`,
    )
    const link = page.getByTestId('conflict-link').first()
    await link.waitFor(WAIT)
    await link.click()
    await page.waitForURL(`**/editions/${EDITION}/people#${FIELD}`, WAIT)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? null), WAIT)
      .toBe(FIELD)
    await context.close()
  })
})
