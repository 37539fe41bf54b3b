import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { seriousAxeFindings } from '../helpers/axe'
import { useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** The programme editor's pages, each with what shows it is there. */
const PAGES = [
  { name: 'the programme grid', path: '', ready: 'programme' },
  { name: 'the edition details', path: '/details', ready: 'details-view' },
  { name: 'the rooms', path: '/rooms', ready: 'rooms-view' },
  { name: 'the people', path: '/people', ready: 'people-view' },
  { name: 'the collectivités', path: '/collectivites', ready: 'collectivites-view' },
] as const

async function openEdition(locale: string, path: string, ready: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}${path}`, { locale })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId(ready).waitFor(WAIT)
  return page
}

describe('accessibility of the programme editor (axe-core in Chromium)', () => {
  for (const locale of ['fr-FR', 'ja-JP']) {
    for (const each of PAGES) {
      it(`finds no serious or critical problem on ${each.name}, in ${locale}`, async () => {
        const page = await openEdition(locale, each.path, each.ready)
        expect(await seriousAxeFindings(page)).toEqual([])
        await page.context().close()
      }, 60_000)
    }

    it(`finds no serious or critical problem in the session editor, in ${locale}`, async () => {
      const page = await openEdition(locale, '', 'programme')
      await page.getByTestId('session').first().click()
      await page.getByTestId('session-editor').waitFor(WAIT)
      expect(await seriousAxeFindings(page)).toEqual([])
      await page.context().close()
    }, 60_000)
  }
})
