import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { useBrowserSuite, WAIT } from '../helpers/browser-suite'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/**
 * The app's route table (`client/app/App.tsx`), as a member meets it: a
 * broken or unknown address shows the page that says so, a good one its
 * page, and the way back is a link the keyboard follows.
 */
describe('addresses', () => {
  it.each([
    ['fr-FR', 'Cette page n’existe pas.'],
    ['ja-JP', 'このページは存在しません。'],
  ])(
    'says an unknown or broken address leads nowhere, and leads back (%s)',
    async (locale, words) => {
      const page = await suite.openPage('/editions/shizuoka-2024/rooms', { locale })
      // The sentinel: a good tab's address shows its page, not the refusal.
      await page.getByTestId('venues').waitFor(WAIT)
      await expect(page.getByText(words).count()).resolves.toBe(0)
      for (const path of [
        '/editions/shizuoka-2024/nonsense',
        '/f/%E0%A4%A',
        '/m/%E0%A4%A',
        '/invite/%E0%A4%A',
        '/editions/%E0%A4%A',
        '/nowhere/at/all',
      ]) {
        await page.goto(`${suite.server.url}${path}`)
        await expect.poll(() => page.getByText(words).count(), WAIT).toBe(1)
      }
      // Back to the list by the keyboard alone, without a reload.
      await page.locator('main.page a').first().focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('editions').first().waitFor(WAIT)
      expect(new URL(page.url()).pathname).toBe('/')
      await page.context().close()
    },
  )
})
