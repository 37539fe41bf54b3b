import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { DEMO_EDITIONS_ONLY } from '../helpers/demo-server'
import { signIn, TEST_OWNER_TOKEN } from '../helpers/sign-in'

// The demo's editions without the 8th's form: the test makes it from the registrations tab.
const suite = useBrowserSuite({ seeds: DEMO_EDITIONS_ONLY })
const EDITION = '/editions/shizuoka-2024'

/** A member's page on `view` of the edition, connected. */
async function openView(view: string, locale: string, timezoneId: string, name: string) {
  const page = await suite.openPage(`${EDITION}/${view}`, { locale, timezoneId, name })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId(`${view}-view`).waitFor(WAIT)
  return page
}

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

/** Creates a meeting from the meetings view, opens its intake; returns its card and link. */
async function meetingWithIntake(page: Page): Promise<{ card: Locator; url: string }> {
  await page.getByTestId('create-meeting-open').click()
  await page.getByTestId('meeting-date').fill('2024-06-10')
  await page.getByTestId('meeting-place-fr').fill('Cité des Sciences, Paris')
  await page.getByTestId('meeting-place-ja').fill('パリ科学産業博物館')
  await page.getByTestId('create-meeting-submit').click()
  const card = page.getByTestId('meeting').filter({ hasText: 'Cité des Sciences, Paris' })
  await card.waitFor(WAIT)
  await card.getByTestId('toggle-intake').click()
  await expect.poll(() => card.getAttribute('data-intake'), WAIT).toBe('open')
  await card.getByTestId('get-participant-link').click()
  const link = card.getByTestId('participant-link')
  await link.waitFor(WAIT)
  return { card, url: (await link.textContent())?.trim() ?? '' }
}

describe('workshop proposals and the participation form', () => {
  it('turns a suggestion sent from a phone into a workshop proposal, which the committee accepts into a session of the programme', async () => {
    const member = await openView('meetings', 'fr-FR', 'Europe/Paris', 'Claire Dubois (comité)')
    const { card, url } = await meetingWithIntake(member)
    await card.getByTestId('open-wall').click()
    await member.getByTestId('suggestion-wall').waitFor(WAIT)

    // A phone with no account sends a suggestion about a workshop.
    const phone = await openPhone(url, 'ja-JP', 'Asia/Tokyo')
    await phone.getByTestId('suggestion-form').waitFor(WAIT)
    const text = '防災教育を中高生の国際交流で学ぶ分科会'
    await phone.getByTestId('suggestion-text').fill(text)
    await phone.getByTestId('suggestion-collectivite').fill('静岡市')
    await phone.getByTestId('target-workshop').check()
    await phone.getByTestId('workshop-theme-disaster').check()
    await phone.getByTestId('suggestion-send').click()
    await phone.getByTestId('participant-thanks').waitFor(WAIT)

    // Live on the wall; turned into a proposal: title, theme and collectivité prefilled.
    const sent = member.getByTestId('suggestion').filter({ hasText: text })
    await sent.waitFor(WAIT)
    await sent.getByTestId('to-proposal').click()
    const form = sent.getByTestId('to-proposal-form')
    expect(await form.getByTestId('to-proposal-title').inputValue()).toBe(text)
    expect(await form.getByTestId('to-proposal-theme').inputValue()).toBe('theme-disaster')
    expect(await form.getByTestId('to-proposal-collectivite').inputValue()).toBe('静岡市')
    await form.getByTestId('to-proposal-confirm').click()
    const converted = member.getByTestId('wall-triaged').getByTestId('suggestion')
    await converted.waitFor(WAIT)
    expect(await converted.getAttribute('data-status')).toBe('converted')

    // The same phone proposes a workshop itself: first with no collectivité, refused, kept.
    await phone.getByTestId('send-another').click()
    await phone.getByTestId('tab-proposal').click()
    const proposed = 'Tourisme et patrimoine : des circuits communs entre villes jumelles'
    await phone.locator('.language-switch button[lang=fr]').click()
    await phone.getByTestId('proposal-title').fill(proposed)
    await phone.getByTestId('proposal-description').fill('Partager les circuits et les guides.')
    await phone.getByTestId('proposal-theme-theme-tourism').check()
    await phone.getByTestId('proposal-send').click()
    await phone.getByTestId('error-proposal-collectiviteNames').waitFor(WAIT)
    await expect(
      phone.getByTestId('error-proposal-collectiviteNames').textContent(),
    ).resolves.toContain('Nommez au moins une collectivité')
    expect(await phone.getByTestId('proposal-title').inputValue()).toBe(proposed)
    expect(await phone.getByTestId('proposal-theme-theme-tourism').isChecked()).toBe(true)
    await phone.getByTestId('proposal-collectivites').fill('Ville de Tours\nVille de Nancy')
    await phone.screenshot({ path: join(SCREENSHOTS, 'proposals-phone-fr.png'), fullPage: true })
    await phone.getByTestId('proposal-send').click()
    await phone.getByTestId('proposal-thanks').waitFor(WAIT)

    // The converted card links to its proposal, in the proposals view.
    await converted.getByTestId('converted-proposal').click()
    await member.getByTestId('proposals-view').waitFor(WAIT)
    expect(new URL(member.url()).pathname).toBe(`${EDITION}/proposals`)
    const fromWall = member.locator('[data-testid=proposal]', {
      has: member.getByTestId('proposal-suggestion'),
    })
    await fromWall.waitFor(WAIT)
    const id = (await fromWall.getAttribute('data-proposal-id')) ?? ''
    expect(await fromWall.getAttribute('data-status')).toBe('submitted')
    await expect(fromWall.getByTestId(`proposal-title-${id}-ja`).inputValue()).resolves.toBe(text)
    // In Japanese only: the French title is marked missing, for the committee to translate.
    await fromWall.getByTestId(`proposal-title-${id}-fr-missing`).waitFor(WAIT)
    expect(await fromWall.getByTestId('proposal-theme').inputValue()).toBe('theme-disaster')
    expect(await fromWall.getByTestId('proposal-collectivites').inputValue()).toBe('静岡市')
    const titleFr = 'Éducation aux risques par les échanges de lycéens'
    await fromWall.getByTestId(`proposal-title-${id}-fr`).fill(titleFr)
    await expect
      .poll(() => fromWall.getByTestId(`proposal-title-${id}-fr-missing`).count(), WAIT)
      .toBe(0)

    // The phone's own proposal arrived live, in French, co-proposed by two collectivités.
    const fromPhone = member
      .getByTestId('proposal')
      .filter({ hasNot: member.getByTestId('proposal-suggestion') })
    await fromPhone.waitFor(WAIT)
    const phoneId = (await fromPhone.getAttribute('data-proposal-id')) ?? ''
    await expect(fromPhone.getByTestId(`proposal-title-${phoneId}-fr`).inputValue()).resolves.toBe(
      proposed,
    )

    // +1, a comment, under review.
    await fromWall.getByTestId('support').click()
    await expect
      .poll(() => fromWall.getByTestId('support-count').textContent(), WAIT)
      .toBe('+1 · 1')
    await fromWall.getByTestId('comment-count').click()
    await fromWall.getByTestId('comment-text').fill('À rapprocher de l’atelier de 2018.')
    await fromWall.getByTestId('comment-send').click()
    await expect.poll(() => fromWall.getByTestId('proposal-comment').count(), WAIT).toBe(1)
    await fromWall.getByTestId('review').click()
    await expect.poll(() => fromWall.getAttribute('data-status'), WAIT).toBe('under_review')
    const reviewed = member.locator(`[data-testid=proposal][data-proposal-id="${id}"]`)

    // The phone's proposal says much the same: merged into it, its co-proposers join.
    await fromPhone.getByTestId('merge').click()
    const mergeForm = fromPhone.getByTestId('proposal-merge-form')
    await mergeForm.getByTestId('merge-into').selectOption(id)
    await mergeForm.getByTestId('merge-confirm').click()
    const merged = member.locator(`[data-testid=proposal][data-proposal-id="${phoneId}"]`)
    await expect.poll(() => merged.getAttribute('data-status'), WAIT).toBe('merged')
    await expect
      .poll(() => reviewed.getByTestId('proposal-collectivites').inputValue(), WAIT)
      .toBe('静岡市\nVille de Tours\nVille de Nancy')
    await expect(merged.getByTestId('merged-into').textContent()).resolves.toBe(titleFr)
    await member.screenshot({ path: join(SCREENSHOTS, 'proposals-fr.png'), fullPage: true })

    // Accepted: its workshop session on the 19th at 14:00 in meeting room 1.
    await reviewed.getByTestId('accept').click()
    const accept = reviewed.getByTestId('accept-form')
    await accept.getByTestId('accept-day').selectOption('2024-11-19')
    await accept.getByTestId('accept-start').selectOption('14:00')
    await accept.getByTestId('accept-duration').fill('90')
    await accept.getByTestId('accept-room').selectOption('room-meeting-1')
    await accept.getByTestId('accept-confirm').click()
    await expect.poll(() => reviewed.getAttribute('data-status'), WAIT).toBe('accepted')
    const made = reviewed.getByTestId('proposal-session')
    await expect(made.textContent()).resolves.toBe(titleFr)
    await member.screenshot({
      path: join(SCREENSHOTS, 'proposals-accepted-fr.png'),
      fullPage: true,
    })
    await made.click()

    // On the programme, that day, in that room, its editor open.
    await member.getByTestId('programme').waitFor(WAIT)
    await expect
      .poll(
        () =>
          member
            .locator('[data-testid=day-tab][data-day="2024-11-19"]')
            .getAttribute('aria-selected'),
        WAIT,
      )
      .toBe('true')
    // Matched by its own title: a card it clashes with names it in its warning.
    const block = member
      .locator('[data-testid=session][data-room-ids=room-meeting-1]')
      .filter({ has: member.locator('.session-title', { hasText: titleFr }) })
    await block.waitFor(WAIT)
    await expect(block.textContent()).resolves.toContain('14:00')
    await expect(member.getByTestId('session-title-ja').inputValue()).resolves.toBe(text)

    // A member proposes a workshop too, in Japanese only: its French title is wanted.
    await member.getByTestId('close-editor').click()
    await member.getByTestId('view-proposals').click()
    await member.getByTestId('proposals-view').waitFor(WAIT)
    await member.getByTestId('create-proposal-open').click()
    await member.getByTestId('new-proposal-title-ja').fill('姉妹都市の観光ルートづくり')
    await member.getByTestId('new-proposal-theme').selectOption('theme-tourism')
    await member.getByTestId('new-proposal-collectivites').fill('静岡県')
    await member.getByTestId('create-proposal-submit').click()
    const own = member
      .locator('[data-testid=proposal-group][data-status=submitted]')
      .getByTestId('proposal')
    await own.waitFor(WAIT)
    const ownId = (await own.getAttribute('data-proposal-id')) ?? ''
    await own.getByTestId(`proposal-title-${ownId}-fr-missing`).waitFor(WAIT)
    expect(await own.getByTestId('proposal-theme').inputValue()).toBe('theme-tourism')

    // Accepted with no slot yet: its session waits off the grid, and its editor says so.
    const ownCard = member.locator(`[data-testid=proposal][data-proposal-id="${ownId}"]`)
    await ownCard.getByTestId('accept').click()
    const acceptOwn = ownCard.getByTestId('accept-form')
    await acceptOwn.getByTestId('accept-day').selectOption('')
    await expect(acceptOwn.getByTestId('accept-start').isDisabled()).resolves.toBe(true)
    await acceptOwn.getByTestId('accept-confirm').click()
    await expect.poll(() => ownCard.getAttribute('data-status'), WAIT).toBe('accepted')
    await ownCard.getByTestId('proposal-session').click()
    const ownEditor = member.getByTestId('session-editor')
    await ownEditor.waitFor(WAIT)
    await expect(ownEditor.getByTestId('session-day').inputValue()).resolves.toBe('')
    await ownEditor
      .locator('[data-testid=editor-warning][data-code=unplaced_session]')
      .waitFor(WAIT)

    // A viewer reads the proposals and the registrations, with nothing to change.
    const viewer = await viewerPage(`${EDITION}/proposals`)
    const seen = viewer.locator(`[data-testid=proposal][data-proposal-id="${id}"]`)
    await seen.waitFor(WAIT)
    expect(await seen.getAttribute('data-status')).toBe('accepted')
    expect(await seen.locator('button').count()).toBe(0)
    expect(await seen.getByTestId(`proposal-title-${id}-fr`).getAttribute('readonly')).not.toBe(
      null,
    )
    expect(await viewer.getByTestId('create-proposal-open').count()).toBe(0)
    await viewer.getByTestId('view-registrations').click()
    await viewer.getByTestId('registrations-view').waitFor(WAIT)
    await viewer.getByTestId('registration-counts').waitFor(WAIT)
    expect(await viewer.getByTestId('form-deadline').count()).toBe(0)
    expect(await viewer.getByTestId('export-registrations').count()).toBe(0)
  }, 180_000)

  it('takes a participation form from a phone, shows it live with its counts, and closes at the deadline', async () => {
    const member = await openView(
      'registrations',
      'fr-FR',
      'Europe/Paris',
      'Claire Dubois (comité)',
    )
    await member.getByTestId('form-settings').getByText('Pas encore de bulletin').waitFor(WAIT)
    await member.getByTestId('form-deadline').fill('2030-09-30T18:00')
    await member.getByTestId('form-deadline-save').click()
    const link = member.getByTestId('form-link')
    await link.waitFor(WAIT)
    const url = (await link.textContent())?.trim() ?? ''
    expect(url).toMatch(/\/f\/[a-z0-9]+$/)
    expect(await member.getByTestId('form-qr').getAttribute('src')).toMatch(/^data:image\/svg/)
    await expect(member.getByTestId('form-state').textContent()).resolves.toBe('Ouvert')
    await expect(member.getByTestId('registration-counts').textContent()).resolves.toBe(
      '0 participant, 0 collectivité : 0 FR, 0 JP',
    )

    // A French phone: a collectivité not in the list, a bad e-mail first.
    const phone = await openPhone(url, 'fr-FR', 'Europe/Paris')
    await phone.getByTestId('registration-form').waitFor(WAIT)
    await expect(phone.getByTestId('form-deadline').textContent()).resolves.toContain(
      '30 septembre 2030',
    )
    await phone.getByTestId('form-collectivite').selectOption('new')
    await phone.getByTestId('form-collectivite-name').fill('Ville de Tours')
    await phone.getByTestId('form-country-FR').check()
    await phone.getByTestId('form-contact').fill('Jeanne Martin')
    await phone.getByTestId('form-email').fill('jeanne.martin@tours')
    await phone.getByTestId('form-delegates').fill('4')
    await phone.getByTestId('form-workshop-theme-youth').check()
    await phone.getByTestId('form-speak').check()
    await phone.getByTestId('form-send').click()
    await phone.getByTestId('error-email').waitFor(WAIT)
    await expect(phone.getByTestId('error-email').textContent()).resolves.toBe(
      'Indiquez une adresse électronique valide.',
    )
    expect(await phone.getByTestId('form-email').getAttribute('aria-invalid')).toBe('true')
    expect(await phone.getByTestId('form-collectivite-name').inputValue()).toBe('Ville de Tours')
    expect(await phone.getByTestId('form-contact').inputValue()).toBe('Jeanne Martin')
    expect(await phone.getByTestId('form-delegates').inputValue()).toBe('4')
    expect(await phone.getByTestId('form-workshop-theme-youth').isChecked()).toBe(true)
    expect(await phone.getByTestId('form-speak').isChecked()).toBe(true)
    expect(await member.getByTestId('registration').count()).toBe(0)
    await phone.screenshot({ path: join(SCREENSHOTS, 'form-phone-fr.png'), fullPage: true })
    await phone.getByTestId('form-email').fill('jeanne.martin@tours.example')
    expect(await phone.getByTestId('error-email').count()).toBe(0)
    await phone.getByTestId('form-send').click()
    await phone.getByTestId('form-thanks').waitFor(WAIT)

    // Live in the member's view, with its counts.
    const row = member.getByTestId('registration').filter({ hasText: 'Ville de Tours' })
    await row.waitFor(WAIT)
    await expect(row.textContent()).resolves.toContain('Atelier 2')
    await expect
      .poll(() => member.getByTestId('registration-counts').textContent(), WAIT)
      .toBe('4 participants, 1 collectivité : 1 FR, 0 JP')

    // A Japanese phone picks its prefecture from the list.
    const second = await openPhone(url, 'ja-JP', 'Asia/Tokyo')
    await second.getByTestId('registration-form').waitFor(WAIT)
    await second.getByTestId('form-collectivite').selectOption('col-shizuoka-pref')
    await second.getByTestId('form-contact').fill('望月 真理子')
    await second.getByTestId('form-email').fill('mochizuki@pref.shizuoka.example')
    await second.getByTestId('form-delegates').fill('6')
    await second.getByTestId('form-propose').check()
    await second.screenshot({ path: join(SCREENSHOTS, 'form-phone-ja.png'), fullPage: true })
    await second.getByTestId('form-send').click()
    await second.getByTestId('form-thanks').waitFor(WAIT)
    await expect
      .poll(() => member.getByTestId('registration-counts').textContent(), WAIT)
      .toBe('10 participants, 2 collectivités : 1 FR, 1 JP')
    await expect(member.getByTestId('export-registrations').getAttribute('href')).resolves.toBe(
      '/api/editions/shizuoka-2024/export/registrations.csv?lang=fr',
    )
    await member.screenshot({ path: join(SCREENSHOTS, 'registrations-fr.png'), fullPage: true })

    // The deadline moved to the past: the view says closed, and so does the form, with no form.
    await member.getByTestId('form-deadline').fill('2020-01-01T00:00')
    await member.getByTestId('form-deadline-save').click()
    await expect.poll(() => member.getByTestId('form-state').textContent(), WAIT).toBe('Clos')
    await second.reload()
    await second.getByTestId('form-closed').waitFor(WAIT)
    await expect(second.getByTestId('form-closed').textContent()).resolves.toContain(
      '受付は終了しました',
    )
    expect(await second.getByTestId('registration-form').count()).toBe(0)
    await second.screenshot({ path: join(SCREENSHOTS, 'form-phone-closed-ja.png') })

    // The counts in Japanese, for the Japanese committee.
    const japanese = await openView('registrations', 'ja-JP', 'Asia/Tokyo', '望月 真理子')
    await expect
      .poll(() => japanese.getByTestId('registration-counts').textContent(), WAIT)
      .toBe('参加者10名、2自治体（フランス1、日本1）')
    await expect(japanese.getByTestId('form-state').textContent()).resolves.toBe('受付終了')
    await japanese.screenshot({ path: join(SCREENSHOTS, 'registrations-ja.png'), fullPage: true })
  }, 180_000)
})

/** A new viewer of the edition, signed in through an invitation the owner makes, on `path`. */
async function viewerPage(path: string): Promise<Page> {
  const { url } = suite.server
  const owner = await signIn(url, TEST_OWNER_TOKEN, 'Owner for the viewer')
  const created = await fetch(`${url}/api/editions/shizuoka-2024/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: owner, origin: url },
    body: JSON.stringify({ role: 'viewer', committee: null, expiresInHours: 24, maxUses: 1 }),
  })
  if (created.status !== 201) throw new Error(`invitation refused: ${await created.text()}`)
  const { path: invitation } = (await created.json()) as { path: string }
  const cookie = await signIn(url, invitation.split('/').pop() ?? '', 'Jean Dupont (lecteur)')
  const context = await suite.newContext(
    { locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } },
    null,
  )
  const [name, value] = cookie.split('=') as [string, string]
  await context.addCookies([{ name, value, url }])
  const page = await context.newPage()
  await page.goto(`${url}${path}`)
  return page
}
