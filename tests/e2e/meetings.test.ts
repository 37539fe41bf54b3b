import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { signIn, TEST_OWNER_TOKEN } from '../helpers/sign-in'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })
const EDITION = '/editions/shizuoka-2024'

/** A member's page on the edition's meetings, connected. */
async function openMeetings(locale: string, timezoneId: string, name: string): Promise<Page> {
  const page = await suite.openPage(`${EDITION}/meetings`, { locale, timezoneId, name })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId('meetings-view').waitFor(WAIT)
  return page
}

/** Creates a meeting from the meetings view; returns its card. */
async function createMeeting(
  page: Page,
  fields: { date: string; placeFr: string; placeJa: string; agendaFr?: string },
): Promise<Locator> {
  await page.getByTestId('create-meeting-open').click()
  await page.getByTestId('meeting-date').fill(fields.date)
  await page.getByTestId('meeting-place-fr').fill(fields.placeFr)
  await page.getByTestId('meeting-place-ja').fill(fields.placeJa)
  if (fields.agendaFr) await page.getByTestId('meeting-agenda-fr').fill(fields.agendaFr)
  await page.getByTestId('create-meeting-submit').click()
  const card = page.getByTestId('meeting').filter({ hasText: fields.placeFr })
  await card.waitFor(WAIT)
  return card
}

/** Opens the intake of the meeting on `card` and returns its participant link. */
async function openIntake(card: Locator): Promise<string> {
  await card.getByTestId('toggle-intake').click()
  await expect.poll(() => card.getAttribute('data-intake'), WAIT).toBe('open')
  await card.getByTestId('get-participant-link').click()
  const link = card.getByTestId('participant-link')
  await link.waitFor(WAIT)
  const url = (await link.textContent())?.trim() ?? ''
  expect(url).toMatch(/\/m\/[\w-]+$/)
  expect(await card.getByTestId('participant-qr').getAttribute('src')).toMatch(
    /^data:image\/svg\+xml/,
  )
  return url
}

/** What a page asked of the server, and the errors it met (a refused script or style among them). */
interface Trace {
  requests: string[]
  errors: string[]
}

/** A phone, not signed in, in `locale`, on `url`. */
async function openPhone(
  url: string,
  locale: string,
  timezoneId: string,
): Promise<{ phone: Page; trace: Trace }> {
  const context = await suite.newContext(
    { viewport: { width: 390, height: 844 }, locale, timezoneId, isMobile: true, hasTouch: true },
    null,
  )
  const phone = await context.newPage()
  const trace: Trace = { requests: [], errors: [] }
  phone.on('request', (request) => trace.requests.push(new URL(request.url()).pathname))
  phone.on('pageerror', (error) => trace.errors.push(error.message))
  phone.on('console', (message) => {
    if (message.type() === 'error') trace.errors.push(message.text())
  })
  await phone.goto(url)
  await phone.getByTestId('participant-meeting').waitFor(WAIT)
  return { phone, trace }
}

const wallCard = (page: Page, text: string) =>
  page.getByTestId('suggestion').filter({ hasText: text })

describe('meetings and their live suggestions', () => {
  it('collects a suggestion from a phone, shows it live on the wall, and turns it into a session of the programme', async () => {
    const member = await openMeetings('fr-FR', 'Europe/Paris', 'Claire Dubois (comité)')
    const card = await createMeeting(member, {
      date: '2024-06-10',
      placeFr: 'Cité des Sciences, Paris',
      placeJa: 'パリ科学産業博物館',
      agendaFr: 'Accueil\nProgramme provisoire\nSuggestions des collectivités',
    })
    await expect(card.textContent()).resolves.toContain('Réunion du 10 juin 2024')
    await expect(card.locator('ol li').count()).resolves.toBe(3)
    expect(await card.getAttribute('data-intake')).toBe('closed')
    const meetingId = await card.getAttribute('data-meeting-id')
    const url = await openIntake(card)
    // The same link each time it is asked for.
    await member.reload()
    await card.getByTestId('get-participant-link').click()
    await expect
      .poll(async () => (await card.getByTestId('participant-link').textContent())?.trim(), WAIT)
      .toBe(url)
    await member.screenshot({ path: join(SCREENSHOTS, 'meetings-fr.png'), fullPage: true })

    // The room's screen: the QR code, the short link, the meeting in French and Japanese.
    await card.getByTestId('show-room-display').click()
    const room = member.getByTestId('room-display')
    await room.waitFor(WAIT)
    await expect(member.getByTestId('room-url').textContent()).resolves.toBe(
      url.replace(/^https?:\/\//, ''),
    )
    await expect(room.textContent()).resolves.toContain('Réunion du 10 juin 2024')
    await expect(room.textContent()).resolves.toContain('2024年6月10日の会合')
    await expect(room.textContent()).resolves.toContain('提案・意見をお寄せください')
    await member.screenshot({ path: join(SCREENSHOTS, 'meetings-room-display.png') })
    await member.getByTestId('close-room-display').click()
    await expect.poll(() => room.count(), WAIT).toBe(0)

    // The wall, open in the member's browser.
    await card.getByTestId('open-wall').click()
    await member.getByTestId('suggestion-wall').waitFor(WAIT)
    expect(member.url()).toContain(`${EDITION}/meetings/${meetingId}/wall`)
    await member.getByTestId('wall-join').waitFor(WAIT)

    // A participant's phone, in Japanese, with no account.
    const { phone, trace } = await openPhone(url, 'ja-JP', 'Asia/Tokyo')
    await expect(phone.getByTestId('participant-meeting').textContent()).resolves.toContain(
      '2024年6月10日の会合',
    )
    await phone.getByTestId('suggestion-name').fill('佐藤 花子')
    await phone.getByTestId('suggestion-collectivite').fill('静岡市')
    await phone.getByTestId('target-workshop').check()
    await phone.getByTestId('workshop-theme-youth').check()
    // Sent empty: refused, the text named, everything else kept.
    await phone.getByTestId('suggestion-send').click()
    await phone.getByTestId('error-text').waitFor(WAIT)
    await expect(phone.getByTestId('error-text').textContent()).resolves.toContain(
      '提案・意見を入力してください',
    )
    expect(await phone.getByTestId('suggestion-text').getAttribute('aria-invalid')).toBe('true')
    expect(await phone.getByTestId('suggestion-name').inputValue()).toBe('佐藤 花子')
    expect(await phone.getByTestId('suggestion-collectivite').inputValue()).toBe('静岡市')
    expect(await phone.getByTestId('workshop-theme-youth').isChecked()).toBe(true)
    expect(await member.getByTestId('suggestion').count()).toBe(0)

    const text = '高校生の交換留学をオンライン交流から始める仕組みを分科会で取り上げてほしい。'
    await phone.getByTestId('suggestion-text').fill(text)
    // Typing answers the refusal: its message goes.
    expect(await phone.getByTestId('error-text').count()).toBe(0)
    await expect(phone.getByTestId('suggestion-counter').textContent()).resolves.toBe(
      `${text.length} / 1000`,
    )
    await phone.screenshot({ path: join(SCREENSHOTS, 'meetings-phone-ja.png'), fullPage: true })
    await phone.getByTestId('suggestion-send').click()
    await phone.getByTestId('participant-thanks').waitFor(WAIT)

    // Live on the wall: who, about which workshop.
    const sent = wallCard(member, text)
    await sent.waitFor(WAIT)
    await expect(sent.getByTestId('suggestion-author').textContent()).resolves.toBe(
      '佐藤 花子 · 静岡市',
    )
    await expect(sent.getByTestId('suggestion-target').textContent()).resolves.toMatch(
      /^Atelier 2 · /,
    )

    // Another, in French: only the text was cleared.
    await phone.getByTestId('send-another').click()
    expect(await phone.getByTestId('suggestion-text').inputValue()).toBe('')
    expect(await phone.getByTestId('suggestion-name').inputValue()).toBe('佐藤 花子')
    await phone.locator('.language-switch button[lang=fr]').click()
    await phone.getByTestId('target-programme').check()
    const second = 'Prévoir une visite de terrain sur la gestion des crues le dernier jour.'
    await phone.getByTestId('suggestion-name').fill('Jean Martin')
    await phone.getByTestId('suggestion-collectivite').fill('Ville de Tours')
    await phone.getByTestId('suggestion-text').fill(second)
    await phone.screenshot({ path: join(SCREENSHOTS, 'meetings-phone-fr.png'), fullPage: true })
    await phone.getByTestId('suggestion-send').click()
    await phone.getByTestId('participant-thanks').waitFor(WAIT)
    await wallCard(member, second).waitFor(WAIT)
    // The phone never asked who is signed in, nor joined the programme's document;
    // its one refusal (the empty text) is the only error it met.
    expect(trace.requests.filter((path) => path === '/api/me' || path.startsWith('/sync'))).toEqual(
      [],
    )
    expect(trace.errors.filter((error) => !/status of 400/.test(error))).toEqual([])
    // A third, anonymous, straight from the public endpoint: no cookie needed.
    const third = 'Un thème général plus court, que les habitants retiennent.'
    const token = new URL(url).pathname.split('/').pop()
    const posted = await fetch(`${suite.server.url}/api/public/meetings/${token}/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: third, target: 'global_theme' }),
    })
    expect(posted.status).toBe(201)
    await wallCard(member, third).waitFor(WAIT)
    // Newest first.
    const order = await member
      .getByTestId('wall-open')
      .locator('.suggestion-text')
      .allTextContents()
    expect(order).toEqual([third, second, text])

    // Filters: the workshop's shows only the first.
    await member.locator('[data-testid=wall-filter][data-filter="workshop:theme-youth"]').click()
    await expect.poll(() => member.getByTestId('suggestion').count(), WAIT).toBe(1)
    await member.locator('[data-testid=wall-filter][data-filter=all]').click()
    await expect.poll(() => member.getByTestId('suggestion').count(), WAIT).toBe(3)

    // The member's +1, given and counted.
    await sent.getByTestId('support').click()
    await expect.poll(() => sent.getByTestId('support-count').textContent(), WAIT).toBe('+1 · 1')
    expect(await sent.getByTestId('support').getAttribute('aria-pressed')).toBe('true')
    await member.screenshot({
      path: join(SCREENSHOTS, 'meetings-wall-fr.png'),
      fullPage: true,
      animations: 'disabled',
    })

    // Turned into a workshop session on the 19th at 16:00 in meeting room 1.
    await sent.getByTestId('convert').click()
    const form = sent.getByTestId('convert-form')
    expect(await form.getByTestId('convert-kind').inputValue()).toBe('workshop')
    expect(await form.getByTestId('convert-title-fr').inputValue()).toBe(text)
    expect(await form.getByTestId('convert-title-ja').inputValue()).toBe(text)
    await form.getByTestId('convert-day').selectOption('2024-11-19')
    await form.getByTestId('convert-start').selectOption('16:00')
    await form.getByTestId('convert-duration').fill('90')
    await form.getByTestId('convert-room').selectOption('room-meeting-1')
    await form.getByTestId('convert-title-fr').fill('Échanges lycéens : commencer en ligne')
    await sent.screenshot({ path: join(SCREENSHOTS, 'meetings-convert-fr.png') })
    await form.getByTestId('convert-confirm').click()

    const converted = member.getByTestId('wall-triaged').getByTestId('suggestion')
    await converted.waitFor(WAIT)
    expect(await converted.getAttribute('data-status')).toBe('converted')
    const link = converted.getByTestId('converted-session')
    await expect(link.textContent()).resolves.toBe('Échanges lycéens : commencer en ligne')
    await link.click()

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
      .filter({ has: member.locator('.session-title', { hasText: 'Échanges lycéens' }) })
    await block.waitFor(WAIT)
    await expect(block.textContent()).resolves.toContain('16:00')
    await expect(member.getByTestId('session-title-ja').inputValue()).resolves.toBe(text)
  }, 180_000)

  it('tells the phone that the intake is closed and keeps what was typed; the wall shows the viewer no triage', async () => {
    const member = await openMeetings('ja-JP', 'Asia/Tokyo', '望月 真理子')
    const card = await createMeeting(member, {
      date: '2024-07-02',
      placeFr: 'Hôtel de ville de Shizuoka',
      placeJa: '静岡市役所',
    })
    const url = await openIntake(card)
    const { phone } = await openPhone(url, 'fr-FR', 'Europe/Paris')
    await phone.getByTestId('suggestion-form').waitFor(WAIT)

    // The chair closes the intake while the participant is typing.
    await card.getByTestId('toggle-intake').click()
    await expect.poll(() => card.getAttribute('data-intake'), WAIT).toBe('closed')
    const typed = 'Un atelier sur la jeunesse et le sport.'
    await phone.getByTestId('suggestion-text').fill(typed)
    await phone.getByTestId('target-other').check()
    await phone.getByTestId('suggestion-send').click()
    await phone.getByTestId('intake-closed').waitFor(WAIT)
    await expect(phone.getByTestId('intake-closed').textContent()).resolves.toContain(
      'La collecte des suggestions est fermée',
    )
    expect(await phone.getByTestId('suggestion-text').inputValue()).toBe(typed)

    // A phone that arrives once it is closed is told so, with no form.
    const { phone: late } = await openPhone(url, 'ja-JP', 'Asia/Tokyo')
    await late.getByTestId('intake-closed').waitFor(WAIT)
    expect(await late.getByTestId('suggestion-form').count()).toBe(0)

    // Opened again, the same typed text goes through; the late phone, asking again, gets the form.
    await card.getByTestId('toggle-intake').click()
    await expect.poll(() => card.getAttribute('data-intake'), WAIT).toBe('open')
    await late.getByTestId('check-again').click()
    await late.getByTestId('suggestion-form').waitFor(WAIT)
    await phone.getByTestId('suggestion-send').click()
    await phone.getByTestId('participant-thanks').waitFor(WAIT)
    await phone.screenshot({ path: join(SCREENSHOTS, 'meetings-phone-thanks-fr.png') })
    await late.screenshot({ path: join(SCREENSHOTS, 'meetings-phone-closed-ja.png') })
    await member.evaluate(() => window.scrollTo(0, 0))
    await member.screenshot({ path: join(SCREENSHOTS, 'meetings-ja.png'), fullPage: true })

    // The member keeps it; a viewer sees the wall, without a button.
    await card.getByTestId('open-wall').click()
    const keptId = await wallCard(member, typed).getAttribute('data-suggestion-id')
    const kept = member.locator(`[data-testid=suggestion][data-suggestion-id="${keptId}"]`)
    await kept.getByTestId('keep').click()
    await expect.poll(() => kept.getAttribute('data-status'), WAIT).toBe('kept')

    // Two more: one says the same again and is merged into it, the other is dismissed.
    const token = new URL(url).pathname.split('/').pop()
    const again = 'Le sport pour les jeunes, en atelier !'
    const offTopic = 'Le parking de la mairie est trop petit.'
    for (const text of [again, offTopic]) {
      const posted = await fetch(`${suite.server.url}/api/public/meetings/${token}/suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, target: 'other' }),
      })
      expect(posted.status).toBe(201)
    }
    const duplicate = wallCard(member, again)
    await duplicate.getByTestId('merge').click()
    await duplicate.getByTestId('merge-into').selectOption(keptId ?? '')
    await duplicate.getByTestId('merge-confirm').click()
    await wallCard(member, offTopic).getByTestId('dismiss').click()
    const triaged = member.getByTestId('wall-triaged')
    await expect.poll(() => triaged.getByTestId('suggestion').count(), WAIT).toBe(2)
    await expect(triaged.textContent()).resolves.toContain(`「${typed}」に統合`)
    await expect(kept.textContent()).resolves.toContain('1件の提案・意見を統合')
    expect(await member.getByTestId('wall-open').getByTestId('suggestion').count()).toBe(1)
    // Dismissed by mistake: back to triage.
    await triaged
      .getByTestId('suggestion')
      .filter({ hasText: offTopic })
      .getByTestId('restore')
      .click()
    await expect.poll(() => triaged.getByTestId('suggestion').count(), WAIT).toBe(1)
    await member.screenshot({
      path: join(SCREENSHOTS, 'meetings-wall-ja.png'),
      fullPage: true,
      animations: 'disabled',
    })

    const viewerCookie = await viewerSignIn()
    const viewerContext = await suite.newContext(
      { locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } },
      null,
    )
    const [name, value] = viewerCookie.split('=') as [string, string]
    await viewerContext.addCookies([{ name, value, url: suite.server.url }])
    const viewer = await viewerContext.newPage()
    await viewer.goto(`${suite.server.url}${new URL(member.url()).pathname}`)
    const seen = viewer.locator(`[data-testid=suggestion][data-suggestion-id="${keptId}"]`)
    await seen.waitFor(WAIT)
    expect(await seen.getAttribute('data-status')).toBe('kept')
    // Opening the wall draws what is there still: only what arrives later is announced.
    expect(await viewer.locator('[data-testid=suggestion].arriving').count()).toBe(0)
    expect(await seen.locator('button').count()).toBe(0)
    expect(await viewer.getByTestId('wall-toggle-intake').count()).toBe(0)
    expect(await viewer.getByTestId('wall-join').count()).toBe(0)

    // And the viewer's meetings view has nothing to change.
    await viewer.getByTestId('wall-back').click()
    await viewer.getByTestId('meetings-view').waitFor(WAIT)
    expect(await viewer.getByTestId('create-meeting').count()).toBe(0)
    expect(await viewer.getByTestId('toggle-intake').count()).toBe(0)
    expect(await viewer.getByTestId('get-participant-link').count()).toBe(0)
  }, 180_000)
})

/** Signs a new viewer of the edition in, through an invitation link the owner makes; returns their cookie. */
async function viewerSignIn(): Promise<string> {
  const { url } = suite.server
  const owner = await signIn(url, TEST_OWNER_TOKEN, 'Owner for the viewer')
  const created = await fetch(`${url}/api/editions/shizuoka-2024/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: owner, origin: url },
    body: JSON.stringify({ role: 'viewer', committee: null, expiresInHours: 24, maxUses: 1 }),
  })
  if (created.status !== 201) throw new Error(`invitation refused: ${await created.text()}`)
  const { path } = (await created.json()) as { path: string }
  return signIn(url, path.split('/').pop() ?? '', 'Jean Dupont (lecteur)')
}
