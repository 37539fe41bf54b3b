import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PersonalLinks } from '../../server/registrations/personal-links'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { DEMO_EDITIONS_ONLY } from '../helpers/demo-server'

const suite = useBrowserSuite({ seeds: DEMO_EDITIONS_ONLY })
const EDITION = 'shizuoka-2024'

/** A phone (390×844), not signed in, in `locale`, on `url`. */
async function openPhone(url: string, locale: string, timezoneId: string): Promise<Page> {
  const context = await suite.newContext(
    { viewport: { width: 390, height: 844 }, locale, timezoneId, isMobile: true, hasTouch: true },
    null,
  )
  const phone = await context.newPage()
  await phone.goto(url)
  return phone
}

/** A member's registrations view, connected. */
async function openRegistrations(locale: string, timezoneId: string, name: string) {
  const page = await suite.openPage(`/editions/${EDITION}/registrations`, {
    locale,
    timezoneId,
    name,
  })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId('registrations-view').waitFor(WAIT)
  return page
}

const counts = (page: Page) => page.getByTestId('registration-counts').textContent()

describe('a collectivité’s own form link', () => {
  it('opens its bulletin on a phone, takes an amendment, and the committee sees the count follow, then corrects and withdraws it', async () => {
    const { url, ownerCookie, kaigi } = suite.server
    const deadline = await fetch(`${url}/api/editions/${EDITION}/registration-form`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: ownerCookie, origin: url },
      body: JSON.stringify({ deadline: '2030-09-04T18:00:00.000Z' }),
    })
    expect(deadline.status).toBe(200)
    const paths = await new PersonalLinks(kaigi.database.db).paths(EDITION, [
      'col-matsuzaki',
      'col-tours',
    ])

    const editor = await openRegistrations('fr-FR', 'Europe/Paris', 'Claire Dubois (comité)')
    await expect.poll(() => counts(editor), WAIT).toBe('0 participant, 0 collectivité : 0 FR, 0 JP')

    // Matsuzaki's own link, on a Japanese phone: its name fixed, nothing to pick.
    const phone = await openPhone(`${url}${paths.get('col-matsuzaki')}`, 'ja-JP', 'Asia/Tokyo')
    await phone.getByTestId('registration-form').waitFor(WAIT)
    expect(await phone.getByTestId('form-own-collectivite').textContent()).toBe('松崎町')
    expect(await phone.getByTestId('form-collectivite').count()).toBe(0)
    // The deadline on the edition's clocks (Tokyo), which are the phone's.
    await expect(phone.getByTestId('form-deadline').textContent()).resolves.toContain(
      '2030年9月5日',
    )
    await phone.getByTestId('form-contact').fill('佐藤 花子')
    await phone.getByTestId('form-email').fill('sato@town.matsuzaki.example')
    await phone.getByTestId('form-delegates').fill('2')
    await phone.getByTestId('form-member-add').click()
    await phone.getByTestId('form-member-0-nameLatin').fill('Sato Hanako')
    await phone.getByTestId('form-member-0-nameJapanese').fill('佐藤 花子')
    await phone.getByTestId('form-member-0-function').fill('町長')
    await phone.getByTestId('form-day-2024-11-19').check()
    await phone.getByTestId('form-day-2024-11-20').check()
    await phone.getByTestId('form-workshop-theme-tourism').check()
    await phone.getByTestId('form-interpretation-into-fr').check()
    await phone.getByTestId('form-dietaryNeeds').fill('ベジタリアン 1名')
    // A member's bad e-mail is named beside it, in the phone's language.
    await phone.getByTestId('form-member-0-email').fill('sato@')
    await phone.getByTestId('form-send').click()
    const memberEmailError = phone.getByTestId('error-form-members.0.email')
    await memberEmailError.waitFor(WAIT)
    expect(await memberEmailError.textContent()).toBe(
      '有効なメールアドレスを入力するか、空欄にしてください。',
    )
    expect(await phone.getByTestId('form-member-0-nameLatin').inputValue()).toBe('Sato Hanako')
    await phone.getByTestId('form-member-0-email').fill('sato@town.matsuzaki.example')
    await phone.screenshot({
      path: join(SCREENSHOTS, 'form-personal-phone-ja.png'),
      fullPage: true,
    })
    await phone.getByTestId('form-send').click()
    await phone.getByTestId('form-thanks').waitFor(WAIT)

    // The committee sees it live, named as a French reader names it.
    const row = editor.getByTestId('registration')
    await expect
      .poll(() => counts(editor), WAIT)
      .toBe('2 participants, 1 collectivité : 0 FR, 1 JP')
    expect(await row.getByTestId('registration-name').textContent()).toBe('Bourg de Matsuzaki')

    // Sent again through the same link: the bulletin comes back filled, and the amendment replaces it.
    await phone.getByTestId('form-amend-again').click()
    await phone.getByTestId('registration-form').waitFor(WAIT)
    expect(await phone.getByTestId('form-delegates').inputValue()).toBe('2')
    expect(await phone.getByTestId('form-member-0-nameJapanese').inputValue()).toBe('佐藤 花子')
    expect(await phone.getByTestId('form-day-2024-11-19').isChecked()).toBe(true)
    expect(await phone.getByTestId('form-interpretation-into-fr').isChecked()).toBe(true)
    await phone.getByTestId('form-delegates').fill('5')
    await phone.getByTestId('form-day-2024-11-19').uncheck()
    await phone.getByTestId('form-send').click()
    await phone.getByTestId('form-thanks').waitFor(WAIT)
    expect(await phone.getByTestId('form-thanks').textContent()).toBe(
      'ありがとうございます。参加申込書を修正しました。',
    )
    await expect
      .poll(() => counts(editor), WAIT)
      .toBe('5 participants, 1 collectivité : 0 FR, 1 JP')
    expect(await row.count()).toBe(1)
    await expect(row.getByTestId('registration-amended').textContent()).resolves.toMatch(
      /^modifiée le /,
    )

    // A Japanese member reads it under its Japanese name.
    const japanese = await openRegistrations('ja-JP', 'Asia/Tokyo', '望月 真理子')
    await expect
      .poll(() => japanese.getByTestId('registration-name').textContent(), WAIT)
      .toBe('松崎町')

    // Tours' own link on a French phone: its own bulletin, empty.
    const tours = await openPhone(`${url}${paths.get('col-tours')}`, 'fr-FR', 'Europe/Paris')
    await tours.getByTestId('registration-form').waitFor(WAIT)
    expect(await tours.getByTestId('form-own-collectivite').textContent()).toBe('Ville de Tours')
    expect(await tours.getByTestId('form-contact').inputValue()).toBe('')
    // The deadline on Tokyo's clocks, the reader's in Paris beside it.
    await expect(tours.getByTestId('form-deadline').textContent()).resolves.toMatch(
      /5 septembre 2030.*heure de Tokyo.*4 septembre 2030.*Paris/,
    )
    await tours.screenshot({
      path: join(SCREENSHOTS, 'form-personal-phone-fr.png'),
      fullPage: true,
    })

    // The editor corrects it: the count follows.
    await row.getByTestId('registration-edit').click()
    const panel = editor.getByTestId('registration-editor')
    await panel.waitFor(WAIT)
    await expect.poll(() => panel.getByTestId('edit-delegates').inputValue(), WAIT).toBe('5')
    expect(await panel.getByTestId('edit-member-0-nameLatin').inputValue()).toBe('Sato Hanako')
    await panel.getByTestId('edit-delegates').fill('3')
    await panel.getByTestId('registration-edit-save').click()
    await expect
      .poll(() => counts(editor), WAIT)
      .toBe('3 participants, 1 collectivité : 0 FR, 1 JP')
    await editor.screenshot({
      path: join(SCREENSHOTS, 'registrations-personal-fr.png'),
      fullPage: true,
    })

    // And withdraws it, once confirmed.
    await row.getByTestId('registration-withdraw').click()
    await row.getByTestId('confirm-registration-withdraw').click()
    await expect.poll(() => counts(editor), WAIT).toBe('0 participant, 0 collectivité : 0 FR, 0 JP')
    expect(await editor.getByTestId('registration').count()).toBe(0)
  }, 180_000)
})
