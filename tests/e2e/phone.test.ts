import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
} as const
type Size = keyof typeof SIZES

const LOCALES = [
  { locale: 'fr-FR', timezoneId: 'Europe/Paris', short: 'fr' },
  { locale: 'ja-JP', timezoneId: 'Asia/Tokyo', short: 'ja' },
] as const

/** Every tab of an edition, with what shows that its content is there. */
const EDITION_TABS = [
  { tab: '', ready: 'programme' },
  { tab: '/details', ready: 'details-view' },
  { tab: '/rooms', ready: 'rooms-view' },
  { tab: '/people', ready: 'people-view' },
  { tab: '/collectivites', ready: 'collectivites-view' },
  { tab: '/themes', ready: 'themes-view' },
  { tab: '/meetings', ready: 'meetings-view' },
  { tab: '/proposals', ready: 'proposals-view' },
  { tab: '/registrations', ready: 'registrations-view' },
  { tab: '/versions', ready: 'versions-view' },
  { tab: '/export', ready: 'export-view' },
  { tab: '/activity', ready: 'activity-view' },
  { tab: '/members', ready: 'members-view' },
  { tab: '/conflicts', ready: 'conflicts' },
] as const

/** A new profile of `locale` at `size`, a touch screen on the phone, signed in. */
async function openProfile(
  size: Size,
  profile: (typeof LOCALES)[number],
  name: string | null = profile.short === 'ja' ? 'Aiko' : 'Claire',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.newContext(
    {
      locale: profile.locale,
      timezoneId: profile.timezoneId,
      viewport: SIZES[size],
      ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}),
    },
    name,
  )
  return { context, page: await context.newPage() }
}

/** The pages a member opens, each with what shows it is there; made once for the file. */
let pages: Promise<Array<{ path: string; ready: string }>> | null = null
function memberPages(): Promise<Array<{ path: string; ready: string }>> {
  pages ??= (async () => {
    const { url } = suite.server
    const invitation = await ownerFetch(`${url}/api/editions/${DEMO_ID}/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ role: 'editor', committee: null, expiresInHours: 1, maxUses: 1 }),
    })
    if (invitation.status !== 201) throw new Error(`invitation: ${await invitation.text()}`)
    const { path: invitePath } = (await invitation.json()) as { path: string }
    const form = await ownerFetch(`${url}/api/editions/${DEMO_ID}/registration-form`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    })
    if (form.status !== 200) throw new Error(`form: ${await form.text()}`)
    const { path: formPath } = (await form.json()) as { path: string }
    return [
      { path: '/', ready: 'editions' },
      ...EDITION_TABS.map(({ tab, ready }) => ({ path: `/editions/${DEMO_ID}${tab}`, ready })),
      { path: invitePath, ready: 'invitation-offer' },
      { path: formPath, ready: 'registration-form' },
    ]
  })()
  return pages
}

/** The page names the tests below are made for, before the links exist. */
const PAGE_NAMES = [
  'the editions list',
  ...EDITION_TABS.map(({ tab }) => `the edition's ${tab.slice(1) || 'programme'} tab`),
  'an invitation',
  'the participation form',
]

/** How wide the page and its header are against the window, once `ready` shows. */
async function widths(page: Page, path: string, ready: string) {
  await page.goto(`${suite.server.url}${path}`)
  await page.getByTestId(ready).first().waitFor(WAIT)
  return page.evaluate(() => {
    const header = document.querySelector<HTMLElement>('.app-header')
    return {
      window: window.innerWidth,
      page: document.documentElement.scrollWidth,
      header: header ? header.scrollWidth : 0,
      headerRight: header ? Math.ceil(header.getBoundingClientRect().right) : 0,
    }
  })
}

/** Whether `locator`'s box lies within the window's width. */
async function withinWidth(page: Page, selector: string, width: number): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox()
  return box !== null && box.x >= 0 && box.x + box.width <= width
}

describe('member pages on a phone and a desktop', () => {
  for (const profile of LOCALES) {
    for (const size of ['phone', 'desktop'] as const) {
      const { width, height } = SIZES[size]
      describe(`at ${width}×${height}, in ${profile.locale}`, () => {
        let opened: Promise<{ context: BrowserContext; page: Page }> | null = null
        const page = async () => {
          opened ??= openProfile(size, profile)
          return (await opened).page
        }
        afterAll(async () => {
          if (opened) await (await opened).context.close()
        })
        PAGE_NAMES.forEach((name, index) => {
          it(`keeps ${name} and its header within the screen`, async () => {
            const entry = (await memberPages())[index]
            if (!entry) throw new Error(`no page ${index}`)
            const shown = await page()
            const measured = await widths(shown, entry.path, entry.ready)
            expect(measured.page).toBeLessThanOrEqual(measured.window)
            expect(measured.header).toBeLessThanOrEqual(measured.window)
            expect(measured.headerRight).toBeLessThanOrEqual(measured.window)
            if (entry.ready === 'invitation-offer' || entry.ready === 'registration-form') return
            // Signing out and the language switch are within reach.
            await expect(withinWidth(shown, '[data-testid=sign-out]', width)).resolves.toBe(true)
            await expect(withinWidth(shown, '.language-switch', width)).resolves.toBe(true)
            if (entry.ready === 'details-view') {
              await shown.screenshot({
                path: join(SCREENSHOTS, `header-${width}-${profile.short}.png`),
              })
            }
          })
        })
      })
    }
  }
})

describe('the programme on a phone', () => {
  for (const profile of LOCALES) {
    it(`shows one room at a time through the switcher, in ${profile.locale}`, async () => {
      const { context, page } = await openProfile('phone', profile)
      await page.goto(`${suite.server.url}/editions/${DEMO_ID}`)
      const day = page.getByTestId('phone-day')
      await day.waitFor(WAIT)
      // One room at a time: the switcher narrows the list to that room's sessions.
      const rooms = page.getByTestId('phone-room')
      const roomIds = await rooms
        .locator('option')
        .evaluateAll((options) =>
          options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
        )
      expect(roomIds.length).toBeGreaterThan(1)
      const all = await day.getByTestId('phone-session').count()
      await rooms.selectOption(roomIds[1] as string)
      await expect.poll(() => day.getByTestId('phone-session').count(), WAIT).toBeLessThan(all)
      for (const each of await day.getByTestId('phone-session').all()) {
        const taken = (await each.getAttribute('data-room-ids')) ?? ''
        expect(taken === '*' || taken.split(' ').includes(roomIds[1] as string)).toBe(true)
      }

      await context.close()
    })
    it(`edits a session from the day view, in a full-screen sheet, in ${profile.locale}`, async () => {
      const { context, page } = await openProfile('phone', profile)
      await page.goto(`${suite.server.url}/editions/${DEMO_ID}`)
      await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
      const day = page.getByTestId('phone-day')
      await day.waitFor(WAIT)
      // The day fits the phone: nothing to scroll sideways.
      expect(await day.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
      await day.scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(SCREENSHOTS, `phone-day-${profile.short}.png`) })

      const card = day.getByTestId('phone-session').first()
      const sessionId = (await card.getAttribute('data-session-id')) ?? ''
      await card.tap()
      const sheet = page.getByTestId('session-editor')
      await sheet.waitFor(WAIT)
      const box = await sheet.boundingBox()
      expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 })
      const title = `Atelier au téléphone ${profile.short}`
      await sheet.getByTestId('session-title-fr').fill(title)
      await page.screenshot({ path: join(SCREENSHOTS, `phone-sheet-${profile.short}.png`) })
      await sheet.getByTestId('close-editor').tap()
      await sheet.waitFor({ state: 'detached', ...WAIT })
      await expect
        .poll(
          () =>
            day
              .locator(`[data-testid=phone-session][data-session-id="${sessionId}"]`)
              .textContent(),
          WAIT,
        )
        .toContain(title)
      await context.close()
    })
  }
})

describe('the programme grid on a desktop', () => {
  for (const profile of LOCALES) {
    it(`keeps the room names and the hours in sight as the grid scrolls, in ${profile.locale}`, async () => {
      const { context, page } = await openProfile('desktop', profile)
      await page.goto(`${suite.server.url}/editions/${DEMO_ID}`)
      const heads = page.getByTestId('room-head')
      await heads.first().waitFor(WAIT)
      // The opening day runs from morning to evening, taller than the screen.
      await page.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
      const headerBottom = await page
        .locator('.app-header')
        .evaluate((header) => header.getBoundingClientRect().bottom)
      // Down the page, past the top of the grid: the room names stay under the header.
      await page.evaluate(() => {
        const grid = document.querySelector('.grid-scroll')?.getBoundingClientRect()
        if (grid) window.scrollTo(0, window.scrollY + grid.top + 300)
      })
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
      await page.screenshot({ path: join(SCREENSHOTS, `grid-sticky-${profile.short}.png`) })
      const below = await heads.first().evaluate((head) => head.getBoundingClientRect().top)
      expect(Math.abs(below - headerBottom)).toBeLessThanOrEqual(1)
      // Sideways, the hours stay at the left and the room names follow the columns.
      const scroller = page.locator('.grid-scroll')
      const axisLeft = await page
        .locator('.time-axis')
        .evaluate((axis) => axis.getBoundingClientRect().left)
      await scroller.evaluate((element) => {
        element.scrollLeft = element.scrollWidth
      })
      await expect
        .poll(() =>
          page.locator('.time-axis').evaluate((axis) => axis.getBoundingClientRect().left),
        )
        .toBe(axisLeft)
      const last = page.getByTestId('room-column').last()
      const lastHead = heads.last()
      await expect
        .poll(async () => {
          const [column, head] = await Promise.all([last.boundingBox(), lastHead.boundingBox()])
          return Math.round((column?.x ?? 0) - (head?.x ?? 0))
        }, WAIT)
        .toBe(0)
      await context.close()
    })
  }
})

describe('small things', () => {
  it('keeps the « あなた » badge on one line beside a long name', async () => {
    const { context, page } = await openProfile(
      'desktop',
      LOCALES[1],
      '渡辺・中村・高橋・アイコ・エリザベス・ド・ラ・フォンテーヌ',
    )
    await page.goto(`${suite.server.url}/editions/${DEMO_ID}`)
    const badge = page.locator('[data-testid=person][data-self=true] .tag')
    await badge.waitFor(WAIT)
    const { height, line } = await badge.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      line: Number.parseFloat(getComputedStyle(element).lineHeight),
    }))
    expect(height).toBeLessThan(line * 1.5)
    await context.close()
  })

  it("names the edition's time zone by its city and offset in the overview", async () => {
    for (const profile of LOCALES) {
      const { context, page } = await openProfile('desktop', profile)
      await page.goto(`${suite.server.url}/editions/${DEMO_ID}`)
      await expect(page.getByTestId('overview-time-zone').textContent()).resolves.toBe(
        profile.short === 'ja' ? '東京 (UTC+9)' : 'Tokyo (UTC+9)',
      )
      await context.close()
    }
  })

  it("writes the edition's dates in the interface language, not the browser's", async () => {
    // A Japanese browser, its interface switched to French.
    const { context, page } = await openProfile('desktop', LOCALES[1])
    await page.goto(`${suite.server.url}/editions/${DEMO_ID}/details`)
    await page.getByTestId('details-view').waitFor(WAIT)
    await expect(page.getByTestId('details-start-date-spelled').textContent()).resolves.toBe(
      '2024年11月18日月曜日',
    )
    await page.locator('.language-switch button[lang=fr]').click()
    await expect
      .poll(() => page.getByTestId('details-start-date-spelled').textContent(), WAIT)
      .toBe('lundi 18 novembre 2024')
    await expect(page.getByTestId('details-end-date-spelled').textContent()).resolves.toBe(
      'jeudi 21 novembre 2024',
    )
    // The field's description is that day, for a screen reader.
    await expect(
      page.getByTestId('details-start-date').getAttribute('aria-describedby'),
    ).resolves.toBe('details-start-date-spelled')
    await context.close()
  })
})

/** Saves the edition as a version and publishes it, as an owner would. */
async function publish(): Promise<void> {
  const base = `${suite.server.url}/api/editions/${DEMO_ID}/versions`
  const saved = await ownerFetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Programme publié' }),
  })
  expect(saved.status).toBe(201)
  const { id } = (await saved.json()) as { id: string }
  const published = await ownerFetch(`${base}/${id}/publish`, { method: 'POST' })
  expect(published.status).toBeLessThan(300)
}

/** The languages of the page's first session, in the order it shows them. */
const sessionLangs = (page: Page) =>
  page
    .locator('.session')
    .first()
    .locator('.side')
    .evaluateAll((sides) => sides.map((side) => side.closest('[lang]')?.getAttribute('lang')))

describe('the public page', () => {
  it("shows the reader's language first, switchable and remembered", async () => {
    await publish()
    const { context, page } = await openProfile('phone', LOCALES[1], null)
    await page.goto(`${suite.server.url}/p/${DEMO_ID}`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja')
    await expect(sessionLangs(page)).resolves.toEqual(['ja', 'fr'])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-public-ja.png') })

    await page.getByTestId('public-lang-fr').tap()
    await page.waitForURL(/[?&]first=fr/, WAIT)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    await expect(sessionLangs(page)).resolves.toEqual(['fr', 'ja'])
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-public-fr.png') })

    // The choice stays with this browser: the plain address opens in French again.
    await page.goto(`${suite.server.url}/p/${DEMO_ID}`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    await expect(sessionLangs(page)).resolves.toEqual(['fr', 'ja'])

    // A French browser that chose nothing reads French first.
    const { page: paris } = await openProfile('desktop', LOCALES[0], null)
    await paris.goto(`${suite.server.url}/p/${DEMO_ID}`)
    await expect(sessionLangs(paris)).resolves.toEqual(['fr', 'ja'])
    await expect(paris.getByTestId('public-lang-fr').getAttribute('aria-current')).resolves.toBe(
      'true',
    )
    await context.close()
  })

  it('refuses a language it does not have, with its reason', async () => {
    await publish()
    const response = await fetch(`${suite.server.url}/p/${DEMO_ID}?first=de`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('first')
  })
})
