import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { seriousAxeFindings } from '../helpers/axe'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'
const WORKSHOPS_DAY = '2024-11-20'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

const dayTab = (page: Page, day: string) => page.locator(`[data-testid=day-tab][data-day="${day}"]`)
const block = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id="${id}"]`)
const editor = (page: Page) => page.getByTestId('session-editor')

/** A member in `locale` on the demo's workshop day, with session `id` open in the editor. */
async function openSession(locale: string, timezoneId: string, id: string): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}`, { locale, timezoneId })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await dayTab(page, WORKSHOPS_DAY).click()
  await block(page, id).click()
  await editor(page).waitFor(WAIT)
  return page
}

/** The people of `role` as the editor lists them, one line of text each. */
const peopleOf = (page: Page, role: string) =>
  editor(page).getByTestId(`role-${role}`).getByTestId('session-person').allTextContents()
/** The ids of the people of `role`, in the editor's order. */
const personIds = (page: Page, role: string) =>
  editor(page)
    .locator(`[data-testid=role-${role}] [data-testid=session-person]`)
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-person-id')))
const personRow = (page: Page, role: string, personId: string): Locator =>
  editor(page).locator(`[data-testid=role-${role}] [data-person-id="${personId}"]`)

describe('the session editor', () => {
  it('puts a session across all rooms or several, sets its status, interpretation, theme and slot, live for the other member', async () => {
    const paris = await openSession('fr-FR', 'Europe/Paris', 's-workshop-2')
    const shizuoka = await openSession('ja-JP', 'Asia/Tokyo', 's-workshop-2')
    const field = (page: Page, name: string) => editor(page).getByTestId(`session-${name}`)

    await field(paris, 'room').selectOption({ label: 'Toutes les salles' })
    await expect
      .poll(() => block(shizuoka, 's-workshop-2').getAttribute('data-room-ids'), WAIT)
      .toBe('*')
    await expect.poll(() => field(shizuoka, 'room').inputValue(), WAIT).toBe(':all')

    // Several rooms: ticked in any order, kept in the grid's.
    await field(paris, 'room').selectOption({ label: 'Plusieurs salles…' })
    await editor(paris).getByTestId('session-room-room-koryu').check()
    await editor(paris).getByTestId('session-room-room-kaze').check()
    await expect
      .poll(() => block(shizuoka, 's-workshop-2').getAttribute('data-room-ids'), WAIT)
      .toBe('room-kaze room-meeting-1 room-koryu')
    await expect
      .poll(() => editor(shizuoka).getByTestId('session-room-room-koryu').isChecked(), WAIT)
      .toBe(true)

    // The Exchange Hall has no booths: simultaneous interpretation says so.
    await field(paris, 'interpretation').selectOption('consecutive')
    await expect(
      field(paris, 'interpretation').locator('option[value=simultaneous]').textContent(),
    ).resolves.toBe('Simultanée (cabines nécessaires)')
    await expect(editor(paris).getByTestId('session-booths-note').count()).resolves.toBe(0)
    await field(paris, 'interpretation').selectOption('simultaneous')
    await expect(editor(paris).getByTestId('session-booths-note').textContent()).resolves.toBe(
      'Pas de cabines d’interprétation : Hall des échanges',
    )
    await expect
      .poll(() => editor(shizuoka).getByTestId('session-booths-note').textContent(), WAIT)
      .toBe('通訳ブースのない会場：交流ホール')
    const boothWarning = (page: Page) =>
      editor(page).locator('[data-testid=editor-warning][data-code=interpretation_without_booths]')
    // Interpreted from the booths of its other rooms: no warning while one of them has booths.
    await expect(boothWarning(shizuoka).count()).resolves.toBe(0)
    // In the Exchange Hall alone, the session has no booths at all: a warning, for both.
    await editor(paris).getByTestId('session-room-room-kaze').uncheck()
    await editor(paris).getByTestId('session-room-room-meeting-1').uncheck()
    await expect
      .poll(() => block(shizuoka, 's-workshop-2').getAttribute('data-room-ids'), WAIT)
      .toBe('room-koryu')
    await expect.poll(() => boothWarning(shizuoka).textContent(), WAIT).toContain('交流ホール')
    await paris.screenshot({ path: join(SCREENSHOTS, 'session-editor-place-fr.png') })
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'session-editor-place-ja.png') })

    await field(paris, 'status').selectOption('confirmed')
    await expect
      .poll(() => block(shizuoka, 's-workshop-2').getAttribute('data-status'), WAIT)
      .toBe('confirmed')
    await field(shizuoka, 'theme').selectOption('theme-tourism')
    await expect.poll(() => field(paris, 'theme').inputValue(), WAIT).toBe('theme-tourism')
    await expect(
      field(paris, 'theme').locator('option[value=theme-tourism]').textContent(),
    ).resolves.toMatch(/^Atelier 3 · /)

    // No slot yet: off the grid, its time gone; a day again puts it at the day's opening.
    await field(paris, 'day').selectOption({ label: 'Pas encore de créneau' })
    await expect.poll(() => field(shizuoka, 'day').inputValue(), WAIT).toBe('')
    await expect(field(shizuoka, 'start').isDisabled()).resolves.toBe(true)
    await expect(
      shizuoka.locator('[data-testid=editor-warning][data-code=unplaced_session]').count(),
    ).resolves.toBe(1)
    await field(shizuoka, 'day').selectOption('2024-11-21')
    await expect.poll(() => field(paris, 'day').inputValue(), WAIT).toBe('2024-11-21')
    await expect(field(paris, 'start').inputValue()).resolves.toBe('09:00')
  }, 180_000)

  it('adds a speaker found by a few kana, another created on the spot with a new collectivité, and reorders them', async () => {
    const paris = await openSession('fr-FR', 'Europe/Paris', 's-workshop-1')
    const shizuoka = await openSession('ja-JP', 'Asia/Tokyo', 's-workshop-1')

    // Hiragana find a name written in katakana (クレール・デュボワ).
    const picker = editor(shizuoka).getByTestId('add-speaker')
    await picker.pressSequentially('でゅぼ')
    const dubois = editor(shizuoka).locator('[data-testid=person-option][data-person-id=p-dubois]')
    await dubois.waitFor(WAIT)
    await expect(picker.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(picker.getAttribute('aria-activedescendant')).resolves.toBe(
      await dubois.getAttribute('id'),
    )
    // The open list is part of the editor that axe-core checks.
    expect(await seriousAxeFindings(shizuoka, '[data-testid=session-editor]')).toEqual([])
    await picker.press('Enter')
    await expect
      .poll(() => peopleOf(paris, 'speaker'), WAIT)
      .toEqual([
        expect.stringContaining('Kenta Sugiyama'),
        expect.stringContaining('Antoine Girard'),
        expect.stringContaining('Claire Dubois'),
      ])
    await expect(picker.inputValue()).resolves.toBe('')

    // Paris types a name nobody has: the last choice creates the person.
    const parisPicker = editor(paris).getByTestId('add-speaker')
    await parisPicker.pressSequentially('Julien Marchand')
    await editor(paris).getByTestId('person-option-create').waitFor(WAIT)
    await parisPicker.press('ArrowUp')
    await expect(
      editor(paris).getByTestId('person-option-create').getAttribute('aria-selected'),
    ).resolves.toBe('true')
    await parisPicker.press('Enter')
    const form = editor(paris).getByTestId('new-person-form')
    await expect(form.getByTestId('new-person-name-fr').inputValue()).resolves.toBe(
      'Julien Marchand',
    )
    await form.getByTestId('new-person-name-ja').fill('ジュリアン・マルシャン')
    await form.getByTestId('new-person-reading').fill('じゅりあん まるしゃん')
    await form
      .getByTestId('new-person-role-fr')
      .fill('Adjoint au maire chargé des relations internationales')
    await form.getByTestId('new-person-role-ja').fill('国際関係担当副市長')
    await form
      .getByTestId('new-person-collectivite')
      .selectOption({ label: 'Nouvelle collectivité…' })
    await form.getByTestId('new-collectivite-name-fr').fill('Ville de Lyon')
    await form.getByTestId('new-collectivite-name-ja').fill('リヨン市')
    await form.getByTestId('new-collectivite-country').selectOption('FR')
    await form.getByTestId('new-collectivite-kind').selectOption('commune')
    await paris.screenshot({ path: join(SCREENSHOTS, 'session-editor-create-fr.png') })
    expect(await seriousAxeFindings(paris, '[data-testid=session-editor]')).toEqual([])
    await form.getByTestId('new-person-submit').click()
    await expect.poll(() => form.count(), WAIT).toBe(0)

    await expect.poll(async () => (await peopleOf(shizuoka, 'speaker')).length, WAIT).toBe(4)
    const created = (await peopleOf(shizuoka, 'speaker'))[3] ?? ''
    expect(created).toContain('Julien Marchand')
    expect(created).toContain('ジュリアン・マルシャン')
    expect(created).toContain('国際関係担当副市長')
    expect(created).toContain('リヨン市')
    // The new person is found by the reading typed for them, in katakana.
    await picker.pressSequentially('マルシャ')
    await expect.poll(() => editor(shizuoka).getByTestId('person-option').count(), WAIT).toBe(0)
    await picker.press('Escape')
    await picker.press('Escape')
    await expect(editor(shizuoka).isVisible()).resolves.toBe(true)
    await editor(shizuoka).getByTestId('add-rapporteur').pressSequentially('マルシャ')
    await expect
      .poll(() => editor(shizuoka).getByTestId('person-option').first().textContent(), WAIT)
      .toContain('ジュリアン・マルシャン')
    await editor(shizuoka).getByTestId('add-rapporteur').press('Escape')

    // Julien moves up one place, the focus staying on his button.
    const julien = editor(paris)
      .locator('[data-testid=role-speaker] [data-testid=session-person]')
      .nth(3)
    const julienId = await julien.getAttribute('data-person-id')
    if (!julienId) throw new Error('the new speaker has no id')
    await personRow(paris, 'speaker', julienId).getByTestId('person-up').focus()
    await paris.keyboard.press('Enter')
    await expect
      .poll(() => personIds(shizuoka, 'speaker'), WAIT)
      .toEqual(['p-sugiyama', 'p-girard', julienId, 'p-dubois'])
    await expect(
      paris.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-person-id')),
    ).resolves.toBe(julienId)

    await paris.screenshot({ path: join(SCREENSHOTS, 'session-editor-fr.png') })
    await editor(shizuoka).getByTestId('role-speaker').scrollIntoViewIfNeeded()
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'session-editor-ja.png') })

    // Removed from the keyboard: the focus goes to the row that takes the place.
    await personRow(paris, 'speaker', 'p-dubois').getByTestId('person-remove').focus()
    await paris.keyboard.press('Enter')
    await expect
      .poll(() => personIds(shizuoka, 'speaker'), WAIT)
      .toEqual(['p-sugiyama', 'p-girard', julienId])
    await expect(
      paris.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-person-id')),
    ).resolves.toBe(julienId)
  }, 180_000)

  it('duplicates a session and opens the copy; deletes one and brings it back with Undo, another with Ctrl+Z', async () => {
    const paris = await openSession('fr-FR', 'Europe/Paris', 's-workshop-3')
    const shizuoka = await suite.openPage(`/editions/${DEMO_ID}`, {
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
    })
    await shizuoka.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await dayTab(shizuoka, WORKSHOPS_DAY).click()
    await block(shizuoka, 's-workshop-3').waitFor(WAIT)
    const titleJa = await editor(paris).getByTestId('session-title-ja').inputValue()
    const speakers = await personIds(paris, 'speaker')
    expect(speakers).toHaveLength(3)

    await editor(paris).getByTestId('duplicate-session').click()
    await expect
      .poll(() => editor(paris).getAttribute('data-session-id'), WAIT)
      .not.toBe('s-workshop-3')
    const copyId = (await editor(paris).getAttribute('data-session-id')) ?? ''
    // The keyboard's place is at the top of the copy's editor.
    await expect
      .poll(() => paris.evaluate(() => document.activeElement?.id), WAIT)
      .toBe('session-editor-title')
    await expect(editor(paris).getByTestId('session-title-ja').inputValue()).resolves.toBe(titleJa)
    await expect(personIds(paris, 'speaker')).resolves.toEqual(speakers)
    await block(shizuoka, copyId).waitFor(WAIT)
    await expect(block(shizuoka, copyId).getAttribute('data-status')).resolves.toBe('draft')

    // The original goes, after a question; the notice's Undo brings it back whole.
    await editor(paris).getByTestId('close-editor').click()
    await block(paris, 's-workshop-3').click()
    await editor(paris).getByTestId('delete-session').click()
    await expect(block(shizuoka, 's-workshop-3').count()).resolves.toBe(1)
    await editor(paris).getByTestId('confirm-delete-session').click()
    await expect.poll(() => block(shizuoka, 's-workshop-3').count(), WAIT).toBe(0)
    await expect(editor(paris).count()).resolves.toBe(0)
    const notice = paris.getByTestId('deleted-notice')
    // The demo's French title spaces its colon with a no-break space.
    await expect(notice.textContent()).resolves.toMatch(
      /^Séance supprimée : Atelier 3\s:\stourisme durable et culture/,
    )
    await paris.screenshot({ path: join(SCREENSHOTS, 'session-editor-deleted-fr.png') })
    expect(await seriousAxeFindings(paris, '[data-testid=deleted-notice]')).toEqual([])
    await expect(
      paris.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('undo-delete')
    await notice.getByTestId('undo-delete').click()
    await block(shizuoka, 's-workshop-3').waitFor(WAIT)
    await expect(notice.count()).resolves.toBe(0)
    await block(shizuoka, 's-workshop-3').click()
    await expect
      .poll(() => editor(shizuoka).getByTestId('session-title-ja').inputValue(), WAIT)
      .toBe(titleJa)
    await expect(personIds(shizuoka, 'speaker')).resolves.toEqual(speakers)
    await expect(personIds(shizuoka, 'moderator')).resolves.toEqual(['p-bernard'])
    await editor(shizuoka).getByTestId('close-editor').click()

    // The copy goes too, and Ctrl+Z undoes that as well.
    await block(paris, copyId).click()
    await editor(paris).getByTestId('delete-session').click()
    await editor(paris).getByTestId('confirm-delete-session').click()
    await expect.poll(() => block(shizuoka, copyId).count(), WAIT).toBe(0)
    await paris.keyboard.press('Control+z')
    await block(shizuoka, copyId).waitFor(WAIT)
    await expect(paris.getByTestId('deleted-notice').count()).resolves.toBe(0)
  }, 180_000)
})
