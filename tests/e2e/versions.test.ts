import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import type { PublishedProgramme } from '../../shared/versions'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const DEMO_ID = 'shizuoka-2024'
const WORKSHOP = 's-workshop-1'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

const block = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id=${id}]`)
/** The version named `name` (other versions' lists of names to compare with hold it too). */
const version = (page: Page, name: string) =>
  page.locator('[data-testid=version]').filter({
    has: page.getByTestId('version-title').getByText(name, { exact: true }),
  })

/** A member's page on the demo edition's `view`, connected. */
async function openEdition(locale: string, timezoneId: string, view = ''): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}${view}`, { locale, timezoneId })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return page
}

/** The programme tab on the workshops' day. */
async function showWorkshopDay(page: Page): Promise<void> {
  await page.getByTestId('view-programme').click()
  await page.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
  await block(page, WORKSHOP).waitFor(WAIT)
}

/** Ends the title in `lang` of the open session by `typed` instead of its last `erase` characters. */
async function retitle(page: Page, lang: 'fr' | 'ja', erase: number, typed: string) {
  const field = page.getByTestId(`session-title-${lang}`)
  await field.waitFor(WAIT)
  await field.press('Control+End')
  for (let i = 0; i < erase; i++) await field.press('Backspace')
  await field.pressSequentially(typed)
}

/** A page on `path` of a viewer of the demo edition, signed in through a viewer's link. */
async function openAsViewer(path: string, name: string): Promise<Page> {
  const cookie = await suite.inviteMember(DEMO_ID, { role: 'viewer', name })
  const page = await suite.openPage(path, { locale: 'fr-FR', timezoneId: 'Europe/Paris', cookie })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return page
}

async function compareWithNow(page: Page, name: string): Promise<void> {
  await page.getByTestId('view-versions').click()
  await version(page, name).getByTestId('compare-now').click()
  await page.locator(`[data-testid=change][data-session-id=${WORKSHOP}]`).waitFor(WAIT)
}

describe('versions of a programme', () => {
  it('saves a version, shows what changed since, restores it for everyone and publishes it', async () => {
    const name = 'Version présentée au comité du 18/09'
    const paris = await openEdition('fr-FR', 'Europe/Paris', '/versions')
    await paris.getByTestId('version-name').fill(name)
    await paris.getByTestId('save-version').click()
    await version(paris, name).waitFor(WAIT)
    await expect(version(paris, name).textContent()).resolves.toContain('par Claire')

    // Paris moves the first workshop 5 minutes later and retitles it; Shizuoka retitles it in Japanese.
    const shizuoka = await openEdition('ja-JP', 'Asia/Tokyo')
    await showWorkshopDay(shizuoka)
    await showWorkshopDay(paris)
    await block(paris, WORKSHOP).focus()
    await paris.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => block(shizuoka, WORKSHOP).textContent(), WAIT).toContain('13:35')
    await block(paris, WORKSHOP).click()
    await retitle(paris, 'fr', 'gestion de crise'.length, 'résilience locale')
    await paris.getByTestId('close-editor').click()
    await block(shizuoka, WORKSHOP).click()
    await retitle(shizuoka, 'ja', '危機管理'.length, '復興支援')
    await shizuoka.getByTestId('close-editor').click()
    await expect
      .poll(() => block(paris, WORKSHOP).textContent(), WAIT)
      .toContain('résilience locale')

    // Each compares the version with now, in their own language.
    await compareWithNow(paris, name)
    const parisChange = paris.locator(`[data-testid=change][data-session-id=${WORKSHOP}]`)
    await expect
      .poll(() => parisChange.getByTestId('moved').textContent(), WAIT)
      .toMatch(
        /Déplacée de mer\. 20 nov\., 13:30–16:00, Salle de conférence Kaze à mer\. 20 nov\., 13:35–16:05/,
      )
    const frTitle = parisChange.locator('[data-testid=text-change][data-field=title]').first()
    await expect(frTitle.textContent()).resolves.toContain('Titre (FR)')
    // jsdiff may keep a space between two struck runs: the words, whichever runs hold them.
    const words = async (runs: ReturnType<Page['locator']>) =>
      (await runs.allTextContents()).join(' ')
    await expect(words(frTitle.getByTestId('removed-words'))).resolves.toMatch(/gestion.*crise/)
    await expect(words(frTitle.getByTestId('added-words'))).resolves.toMatch(/résilience.*locale/)
    await paris.screenshot({ path: join(SCREENSHOTS, 'versions-compare-fr.png'), fullPage: true })

    await compareWithNow(shizuoka, name)
    const tokyoChange = shizuoka.locator(`[data-testid=change][data-session-id=${WORKSHOP}]`)
    await expect(tokyoChange.getByTestId('moved').textContent()).resolves.toContain(
      '会議ホール・風',
    )
    // The reader's language comes first.
    await expect(tokyoChange.getByTestId('text-change').first().textContent()).resolves.toContain(
      'タイトル (JA)',
    )
    const jaTitle = tokyoChange.locator('[data-testid=text-change][data-field=title]', {
      hasText: '(JA)',
    })
    await expect(words(jaTitle.getByTestId('removed-words'))).resolves.toMatch(/危機.*管理/)
    await expect(words(jaTitle.getByTestId('added-words'))).resolves.toMatch(/復興.*支援/)
    await shizuoka.screenshot({
      path: join(SCREENSHOTS, 'versions-compare-ja.png'),
      fullPage: true,
    })

    // Paris restores the version; Shizuoka, back on the programme, sees it come back live.
    await showWorkshopDay(shizuoka)
    await version(paris, name).getByTestId('restore-version').click()
    await version(paris, name).getByTestId('confirm-restore-version').click()
    await expect
      .poll(() => version(paris, name).getByTestId('version-state').textContent(), WAIT)
      .toContain('Version restaurée')
    await expect.poll(() => block(shizuoka, WORKSHOP).textContent(), WAIT).toContain('13:30')
    await expect.poll(() => block(shizuoka, WORKSHOP).textContent(), WAIT).toContain('危機管理')
    await version(paris, name).getByTestId('compare-now').click()
    await paris.getByTestId('no-changes').waitFor(WAIT)
    await showWorkshopDay(paris)
    await expect(block(paris, WORKSHOP).textContent()).resolves.toContain('gestion de crise')
    await expect(block(paris, WORKSHOP).textContent()).resolves.toContain('13:30')

    // Paris, an owner, publishes it: the public programme is that version.
    await paris.getByTestId('view-versions').click()
    await version(paris, name).getByTestId('publish-version').click()
    await version(paris, name).getByTestId('confirm-publish-version').click()
    await expect
      .poll(() => version(paris, name).getByTestId('version-published').textContent(), WAIT)
      .toBe('Publiée')
    const response = await fetch(`${suite.server.url}/api/public/editions/${DEMO_ID}/programme`)
    expect(response.status).toBe(200)
    const published = (await response.json()) as PublishedProgramme
    expect(published.versionName).toBe(name)
  }, 180_000)

  it('compares two versions, previews one, marks the earlier publication; a viewer only reads and compares', async () => {
    const owner = await openEdition('fr-FR', 'Europe/Paris', '/versions')
    const save = async (name: string) => {
      await owner.getByTestId('view-versions').click()
      await owner.getByTestId('version-name').fill(name)
      await owner.getByTestId('save-version').click()
      await version(owner, name).waitFor(WAIT)
    }
    await save('Avant la pause décalée')
    await owner.getByTestId('view-programme').click()
    await owner.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
    await block(owner, 's-break-20').focus()
    await owner.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => block(owner, 's-break-20').textContent(), WAIT).toContain('16:05')
    await save('Après la pause décalée')

    const earlier = version(owner, 'Avant la pause décalée')
    await earlier.getByTestId('compare-with').selectOption({ label: 'Après la pause décalée' })
    const change = owner.locator('[data-testid=change][data-session-id=s-break-20]')
    await expect
      .poll(() => change.getByTestId('moved').textContent(), WAIT)
      .toContain('16:00–16:20, Hall des échanges')
    await expect(owner.getByTestId('change').count()).resolves.toBe(1)

    await earlier.getByTestId('preview-version').click()
    const previewed = owner.locator('[data-testid=preview-session][data-session-id=s-break-20]')
    await expect.poll(() => previewed.textContent(), WAIT).toContain('16:00–16:20')
    await expect(owner.getByTestId('preview').locator('input, textarea').count()).resolves.toBe(0)

    for (const name of ['Avant la pause décalée', 'Après la pause décalée']) {
      await version(owner, name).getByTestId('publish-version').click()
      await version(owner, name).getByTestId('confirm-publish-version').click()
      await expect
        .poll(() => version(owner, name).getByTestId('version-published').textContent(), WAIT)
        .toBe('Publiée')
    }
    await expect(earlier.getByTestId('version-published').textContent()).resolves.toBe(
      'A été publiée',
    )

    const viewer = await openAsViewer(`/editions/${DEMO_ID}/versions`, 'Jean Dupont')
    await version(viewer, 'Après la pause décalée').waitFor(WAIT)
    await expect(viewer.getByTestId('version-name').count()).resolves.toBe(0)
    await expect(viewer.getByTestId('restore-version').count()).resolves.toBe(0)
    await expect(viewer.getByTestId('publish-version').count()).resolves.toBe(0)
    await version(viewer, 'Avant la pause décalée').getByTestId('compare-now').click()
    await viewer.locator('[data-testid=change][data-session-id=s-break-20]').waitFor(WAIT)
    await viewer.screenshot({ path: join(SCREENSHOTS, 'versions-viewer-fr.png'), fullPage: true })
  }, 180_000)

  it('shows a version another member saved, without reopening the tab', async () => {
    const page = await openEdition('ja-JP', 'Asia/Tokyo', '/versions')
    await page.getByTestId('versions-view').waitFor(WAIT)
    const before = await ownerFetch(`${suite.server.url}/api/editions/${DEMO_ID}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '打ち合わせ前' }),
    })
    expect(before.status).toBe(201)
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await version(page, '打ち合わせ前').waitFor(WAIT)
    const name = '静岡市との打ち合わせ後'
    const saved = await ownerFetch(`${suite.server.url}/api/editions/${DEMO_ID}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    })
    expect(saved.status).toBe(201)
    // A refresh that fails (the network dropping) keeps the list as it was.
    const versionsApi = `**/api/editions/${DEMO_ID}/versions`
    let refused = 0
    await page.route(versionsApi, (route) => {
      refused++
      return route.abort('internetdisconnected')
    })
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await expect.poll(() => refused, WAIT).toBeGreaterThan(0)
    await version(page, '打ち合わせ前').waitFor(WAIT)
    await page.unroute(versionsApi)
    // Coming back to the page asks at once; an open page asks again every 15 s.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await version(page, name).waitFor(WAIT)
    expect(await page.getByTestId('versions').isVisible()).toBe(true)
  })
})
