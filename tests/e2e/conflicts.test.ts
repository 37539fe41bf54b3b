import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { seedDemoEdition } from '../../server/editions/demo'
import { updateRoom, updateSession } from '../../shared/doc/edition'
import { seriousAxeFindings } from '../helpers/axe'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const EDITION = 'shizuoka-2024'
const WORKSHOPS_DAY = '2024-11-20'
const LAST_DAY = '2024-11-21'

// The demo edition with a crafted double booking: workshop 2 moved into
// workshop 1's room (the Kaze conference room, 20 November, 13:30–16:00);
// and a room left without its Japanese name, beside the demo's closing
// ceremony left without its Japanese description.
const suite = useBrowserSuite({
  seeds: [
    {
      id: EDITION,
      readOnly: false,
      fill: (doc) => {
        seedDemoEdition(doc)
        updateSession(doc, 's-workshop-2', { roomIds: ['room-kaze'] }, 'seed')
        updateRoom(doc, 'room-koryu', { name: { ja: '' } }, 'seed')
      },
    },
  ],
})

interface Profile {
  name: string
  locale: string
  timezoneId: string
  viewport: { width: number; height: number }
}

const DESKTOP = { width: 1366, height: 900 }
const PHONE = { width: 390, height: 844 }

const PROFILES: Profile[] = [
  { name: 'fr-desktop', locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: DESKTOP },
  { name: 'ja-desktop', locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: DESKTOP },
  { name: 'fr-phone', locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: PHONE },
  { name: 'ja-phone', locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: PHONE },
]

/** What each language says, as a member reads it. */
const WORDS = {
  fr: {
    conflicts: '1 conflit',
    room: 'Salle de conférence Kaze',
    roomShort: '⚠ Salle occupée deux fois',
    translation: /Description de la séance « Cérémonie de clôture[^»]*» — japonais manquant/,
    roomText: /^Nom de la salle « Hall des échanges » — japonais manquant$/,
  },
  ja: {
    conflicts: '要確認 1件',
    room: '会議ホール・風',
    roomShort: '⚠ 会場の重複予約',
    translation: /セッションの説明「閉会式[^」]*」— 日本語が未入力/,
    roomText: /^会議室名「Hall des échanges」— 日本語が未入力$/,
  },
} as const

const words = (profile: Profile) => WORDS[profile.locale.slice(0, 2) as 'fr' | 'ja']

async function openEdition(profile: Profile, path = `/editions/${EDITION}`): Promise<Page> {
  const { locale, timezoneId, viewport } = profile
  const context = await suite.newContext({ locale, timezoneId, viewport })
  const page = await context.newPage()
  await page.goto(`${suite.server.url}${path}`)
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return page
}

const editor = (page: Page) => page.getByTestId('session-editor')
/** A session's card: on the grid, or in the phone's list of the day. */
const card = (page: Page, id: string) =>
  page.locator(`[data-session-id="${id}"]:is([data-testid=session], [data-testid=phone-session])`)
const desktop = (profile: Profile) => profile.viewport.width > 1000
/** The data-testid of the focused element, and the session of the editor holding it, if any. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return {
      testId: active?.dataset.testid ?? null,
      id: active?.id ?? null,
      sessionId: active?.dataset.sessionId ?? null,
      inEditor:
        active?.closest<HTMLElement>('[data-testid=session-editor]')?.dataset.sessionId ?? null,
    }
  })

describe('conflicts as a view of their own', () => {
  it.each(PROFILES)(
    'counts a double booking in the overview, lists it in words, and opens its session with the focus on the room ($name)',
    async (profile) => {
      const page = await openEdition(profile)
      const said = words(profile)
      const count = page.getByTestId('conflict-count')
      await expect.poll(() => count.textContent(), WAIT).toBe(said.conflicts)
      await count.click()
      await page.waitForURL(`**/editions/${EDITION}/conflicts`, WAIT)

      const group = page.locator('[data-testid=conflict-group][data-code=room_double_booked]')
      const entries = group.getByTestId('conflict-entry')
      await expect.poll(() => entries.count(), WAIT).toBe(1)
      const sentence = (await entries.first().textContent()) ?? ''
      expect(sentence).toContain(said.room)
      expect(sentence).toContain('13:30')
      expect(sentence).toContain('16:00')
      await expect(entries.first().getByRole('link').count()).resolves.toBe(2)
      await page.screenshot({
        path: join(SCREENSHOTS, `conflicts-list-${profile.name}.png`),
        fullPage: true,
      })
      expect(await seriousAxeFindings(page, '[data-testid=conflicts]')).toEqual([])

      await entries.first().getByRole('link').first().click()
      await editor(page).waitFor(WAIT)
      await expect(editor(page).getAttribute('data-session-id')).resolves.toBe('s-workshop-1')
      await expect
        .poll(() => focused(page), WAIT)
        .toMatchObject({ testId: 'session-room', inEditor: 's-workshop-1' })
      // The editor says which field the warning is about, and the card says it in words.
      const warning = editor(page).locator(
        '[data-testid=editor-warning][data-code=room_double_booked]',
      )
      await expect(warning.textContent()).resolves.toContain(said.room)
      if (desktop(profile)) {
        const grid = page.locator('[data-testid=session][data-session-id=s-workshop-1]')
        await expect(grid.getByTestId('session-warning').textContent()).resolves.toBe(
          said.roomShort,
        )
        // A screen reader hears the whole warning: which room, and with which session.
        const described = await grid.evaluate((element) =>
          (element.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        )
        expect(described).toContain(said.room)
        // The two clashing cards each keep a readable width, side by side.
        const widths = await page
          .locator('[data-testid=session][data-room-ids=room-kaze]')
          .evaluateAll((cards) => cards.map((each) => each.getBoundingClientRect().width))
        expect(Math.min(...widths)).toBeGreaterThanOrEqual(140)
      }
      await warning.scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(SCREENSHOTS, `conflicts-editor-${profile.name}.png`) })
      // Closed, the editor gives the focus back to the card, which shows its warning in words.
      await page.keyboard.press('Escape')
      await expect.poll(() => editor(page).count(), WAIT).toBe(0)
      await expect.poll(() => focused(page), WAIT).toMatchObject({ sessionId: 's-workshop-1' })
      await card(page, 's-workshop-1').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(SCREENSHOTS, `conflicts-card-${profile.name}.png`) })
      // Back leads to the list the session was opened from.
      await page.goBack()
      await page.waitForURL(`**/editions/${EDITION}/conflicts`, WAIT)
      await expect.poll(() => entries.count(), WAIT).toBe(1)
    },
    180_000,
  )

  it.each([PROFILES[0], PROFILES[3]] as Profile[])(
    'opens the texts to translate from the overview chip, each naming its text, its link focusing the field ($name)',
    async (profile) => {
      const page = await openEdition(profile)
      const chip = page.getByTestId('untranslated-count')
      await chip.waitFor(WAIT)
      // From the keyboard: the chip is a link, Enter follows it.
      await chip.focus()
      await page.keyboard.press('Enter')
      await page.waitForURL(`**/editions/${EDITION}/conflicts?kind=missing_translation`, WAIT)
      const entries = page.getByTestId('conflict-entry')
      await expect.poll(() => entries.count(), WAIT).toBe(2)
      await expect(page.getByTestId('conflict-group').count()).resolves.toBe(1)
      const said = words(profile)
      const texts = await entries.allTextContents()
      expect(texts.filter((text) => said.translation.test(text))).toHaveLength(1)
      expect(texts.filter((text) => said.roomText.test(text))).toHaveLength(1)
      await page.screenshot({
        path: join(SCREENSHOTS, `conflicts-translations-${profile.name}.png`),
        fullPage: true,
      })

      // A session's text: its editor opens on the field.
      await entries.filter({ hasText: said.translation }).getByRole('link').click()
      await editor(page).waitFor(WAIT)
      await expect
        .poll(() => focused(page), WAIT)
        .toMatchObject({ id: 'field-session-description-ja', inEditor: 's-closing' })

      // A room's name: the rooms tab opens on the field.
      await page.goBack()
      await page.waitForURL(`**/editions/${EDITION}/conflicts?kind=missing_translation`, WAIT)
      await entries.filter({ hasText: said.roomText }).getByRole('link').click()
      await page.waitForURL(`**/editions/${EDITION}/rooms#field-room-room-koryu-name-ja`, WAIT)
      await expect
        .poll(() => focused(page), WAIT)
        .toMatchObject({ id: 'field-room-room-koryu-name-ja' })
    },
    180_000,
  )

  it.each([PROFILES[0], PROFILES[3]] as Profile[])(
    'keeps the day and the opened session over a reload; Enter opens the editor with the focus in it, Escape and Back close it ($name)',
    async (profile) => {
      const page = await openEdition(profile)
      await page.locator(`[data-testid=day-tab][data-day="${LAST_DAY}"]`).click()
      await page.waitForURL(`**/editions/${EDITION}?day=${LAST_DAY}`, WAIT)

      await card(page, 's-reports').focus()
      await page.keyboard.press('Enter')
      await editor(page).waitFor(WAIT)
      await expect.poll(() => focused(page), WAIT).toMatchObject({ inEditor: 's-reports' })
      await page.waitForURL(`**/editions/${EDITION}?day=${LAST_DAY}&session=s-reports`, WAIT)

      await page.reload()
      await editor(page).waitFor(WAIT)
      await expect(editor(page).getAttribute('data-session-id')).resolves.toBe('s-reports')
      await expect(
        page.locator(`[data-testid=day-tab][data-day="${LAST_DAY}"]`).getAttribute('aria-selected'),
      ).resolves.toBe('true')

      await page.keyboard.press('Escape')
      await expect.poll(() => editor(page).count(), WAIT).toBe(0)
      await expect.poll(() => focused(page), WAIT).toMatchObject({ sessionId: 's-reports' })
      expect(new URL(page.url()).search).toBe(`?day=${LAST_DAY}`)

      await page.keyboard.press('Enter')
      await editor(page).waitFor(WAIT)
      await page.goBack()
      await expect.poll(() => editor(page).count(), WAIT).toBe(0)
      expect(new URL(page.url()).search).toBe(`?day=${LAST_DAY}`)
      await expect(card(page, 's-reports').isVisible()).resolves.toBe(true)
      // The day of the workshops is still there to choose, the tab bar unchanged.
      await expect(
        page.locator(`[data-testid=day-tab][data-day="${WORKSHOPS_DAY}"]`).count(),
      ).resolves.toBe(1)
    },
    180_000,
  )
})
