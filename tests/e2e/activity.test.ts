import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'
const WORKSHOP = 's-workshop-1'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

const block = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id=${id}]`)
const entries = (page: Page) => page.getByTestId('activity-entry')
/** A text with its spaces plain: the demo's French titles hold no-break spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ')
const sentences = async (page: Page) =>
  (await page.getByTestId('activity-sentence').allTextContents()).map(plain)
const sentenceOf = async (entry: ReturnType<Page['locator']>) =>
  plain(await entry.getByTestId('activity-sentence').textContent())

interface Member {
  page: Page
  personId: string
}

/**
 * A page on the demo edition of a new editor of `committee`, signed in
 * through an editor's link of the owner, in `locale`.
 */
async function openAsEditor(committee: 'fr' | 'jp', name: string): Promise<Member> {
  const cookie = await suite.inviteMember(DEMO_ID, { role: 'editor', committee, name })
  const me = (await (
    await fetch(`${suite.server.url}/api/me`, { headers: { cookie } })
  ).json()) as { person: { id: string } }
  const japanese = committee === 'jp'
  const page = await suite.openPage(`/editions/${DEMO_ID}`, {
    locale: japanese ? 'ja-JP' : 'fr-FR',
    timezoneId: japanese ? 'Asia/Tokyo' : 'Europe/Paris',
    cookie,
  })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return { page, personId: me.person.id }
}

async function showWorkshopDay(page: Page): Promise<void> {
  await page.getByTestId('view-programme').click()
  await page.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
  await block(page, WORKSHOP).waitFor(WAIT)
}

/** The sentences of the entries shown, once there are some. */
async function shownSentences(page: Page): Promise<string[]> {
  await page.getByTestId('activity-list').waitFor(WAIT)
  return sentences(page)
}

describe('the activity of an edition', () => {
  it('tells who changed what, in the reader’s language, live, filtered by member and session', async () => {
    const fr = await openAsEditor('fr', 'Claire')
    const jp = await openAsEditor('jp', 'Aiko')

    // Claire watches the activity; Aiko types into the workshop's Japanese title.
    await fr.page.getByTestId('view-activity').click()
    await fr.page.getByTestId('activity-view').waitFor(WAIT)
    await showWorkshopDay(jp.page)
    await block(jp.page, WORKSHOP).click()
    const title = jp.page.getByTestId('session-title-ja')
    await title.waitFor(WAIT)
    await title.press('Control+End')
    await title.pressSequentially('（改訂）')
    await jp.page.getByTestId('close-editor').click()

    // The entry appears on Claire's page by itself, in French.
    const aikoEntry = fr.page.locator(
      `[data-testid=activity-entry][data-person-id="${jp.personId}"][data-entity-id=${WORKSHOP}]`,
    )
    await expect
      .poll(() => sentenceOf(aikoEntry), WAIT)
      .toBe(
        'Aiko (JP) a modifié le titre japonais de « Atelier 1 : prévention des risques et gestion de crise »',
      )

    // Claire moves the workshop five minutes later.
    await showWorkshopDay(fr.page)
    await block(fr.page, WORKSHOP).focus()
    await fr.page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => block(jp.page, WORKSHOP).textContent(), WAIT).toContain('13:35')
    await fr.page.getByTestId('view-activity').click()
    const claireEntry = fr.page.locator(
      `[data-testid=activity-entry][data-person-id="${fr.personId}"][data-entity-id=${WORKSHOP}]`,
    )
    await expect
      .poll(() => sentenceOf(claireEntry), WAIT)
      .toBe(
        'Claire (FR) a déplacé « Atelier 1 : prévention des risques et gestion de crise » (horaire)',
      )
    // Newest first: the move, then Aiko's title.
    const both = await shownSentences(fr.page)
    expect(both.findIndex((each) => each.startsWith('Claire (FR) a déplacé'))).toBeLessThan(
      both.findIndex((each) => each.startsWith('Aiko (JP)')),
    )
    await fr.page.screenshot({ path: join(SCREENSHOTS, 'activity-fr.png'), fullPage: true })

    // Filtered by member: only Claire's entries.
    await fr.page.getByTestId('activity-member-filter').selectOption(fr.personId)
    await expect
      .poll(async () => {
        const ids = await entries(fr.page).evaluateAll((items) =>
          items.map((item) => item.getAttribute('data-person-id')),
        )
        return ids.length > 0 && ids.every((id) => id === fr.personId)
      }, WAIT)
      .toBe(true)
    expect((await sentences(fr.page)).some((each) => each.includes('Aiko'))).toBe(false)
    await fr.page.getByTestId('activity-member-filter').selectOption(jp.personId)
    await expect
      .poll(() => sentences(fr.page), WAIT)
      .toEqual([
        'Aiko (JP) a modifié le titre japonais de « Atelier 1 : prévention des risques et gestion de crise »',
      ])

    // Filtered by session, from the session's own editor: that session's history alone.
    await fr.page.getByTestId('activity-clear-filters').click()
    await showWorkshopDay(fr.page)
    await block(fr.page, 's-break-20').focus()
    await fr.page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => block(fr.page, 's-break-20').textContent(), WAIT).toContain('16:05')
    await block(fr.page, WORKSHOP).click()
    await fr.page.getByTestId('session-history').waitFor(WAIT)
    await fr.page.screenshot({ path: join(SCREENSHOTS, 'activity-session-editor-fr.png') })
    await fr.page.getByTestId('session-history').click()
    await fr.page.waitForURL(`**/editions/${DEMO_ID}/activity?session=${WORKSHOP}`, WAIT)
    await expect(fr.page.getByTestId('activity-session-filter').inputValue()).resolves.toBe(
      WORKSHOP,
    )
    await expect
      .poll(async () => {
        const ids = await entries(fr.page).evaluateAll((items) =>
          items.map((item) => item.getAttribute('data-entity-id')),
        )
        return ids.length === 2 && ids.every((id) => id === WORKSHOP)
      }, WAIT)
      .toBe(true)
    // Without the filter, the break's move is there too; the session select brings the workshop back.
    await fr.page.getByTestId('activity-session-filter').selectOption('')
    await fr.page.locator('[data-testid=activity-entry][data-entity-id=s-break-20]').waitFor(WAIT)
    await fr.page.getByTestId('activity-session-filter').selectOption(WORKSHOP)
    await expect
      .poll(
        () => fr.page.locator('[data-testid=activity-entry][data-entity-id=s-break-20]').count(),
        WAIT,
      )
      .toBe(0)
    await expect.poll(() => entries(fr.page).count(), WAIT).toBe(2)

    // In Japanese, the same history reads in Japanese.
    await jp.page.getByTestId('view-activity').click()
    await expect
      .poll(() => shownSentences(jp.page), WAIT)
      .toEqual(
        expect.arrayContaining([
          'Aiko（日本側）が「第1分科会：防災と危機管理（改訂）」の日本語タイトルを編集しました',
          'Claire（フランス側）が「第1分科会：防災と危機管理（改訂）」を移動しました（日時）',
        ]),
      )
    await jp.page.screenshot({ path: join(SCREENSHOTS, 'activity-ja.png'), fullPage: true })
  }, 180_000)
})
