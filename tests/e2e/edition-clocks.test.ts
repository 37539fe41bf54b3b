/**
 * The meetings, the participation form and the invitation links follow the
 * one time zone rule (README, « Dates and times: one rule »): every moment
 * on the edition's clocks, named by its city, the viewer's beside them where
 * they differ; and a deadline typed on the registrations tab is the
 * edition's hour, whatever the browser's clock. The viewers here are in
 * Pago Pago or Kiritimati, whose day is never Tokyo's.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import type { CreatedInvitation } from '../../shared/access'
import { dayInZone, formatDateTimeInZone, formatTimeOfDayInZone } from '../../shared/moments'
import type { RegistrationFormState } from '../../shared/registrations'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const DEMO_ID = 'shizuoka-2024'
const EDITION_ZONE = 'Asia/Tokyo'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/**
 * A viewer whose day is not Tokyo's whatever the hour the test runs at:
 * Pago Pago (UTC−11) until 19:00 in Tokyo, Kiritimati (UTC+14) after; both
 * keep one offset all year.
 */
function viewerZoneApart(now = new Date()): string {
  const tokyoHour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: EDITION_ZONE })
      .format(now)
      .slice(0, 2),
  )
  return tokyoHour < 19 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati'
}

const textOf = async (page: Page, testId: string): Promise<string> => {
  const line = page.getByTestId(testId).first()
  await line.waitFor(WAIT)
  return (await line.textContent()) ?? ''
}

/** Expects `shown` to hold `edition` and, after it, `viewer`. */
function editionFirst(shown: string, edition: string, viewer: string): void {
  expect(shown).toContain(edition)
  expect(shown.indexOf(viewer)).toBeGreaterThan(shown.indexOf(edition))
}

describe("the edition's clocks on the meetings, the form and the links", () => {
  it("takes a deadline typed on the registrations tab as the edition's hour, whatever the browser's clock", async () => {
    // Typed from Pago Pago: 05:37 on 2 December in Tokyo, 21:37 on 1 December in Paris.
    const member = await suite.openPage(`/editions/${DEMO_ID}/registrations`, {
      locale: 'fr-FR',
      timezoneId: 'Pacific/Pago_Pago',
    })
    await member.getByTestId('form-deadline').fill('2026-12-02T05:37')
    await member.getByTestId('form-deadline-save').click()
    expect(await textOf(member, 'form-deadline-state')).toBe('Date limite enregistrée.')
    const state = (await (
      await ownerFetch(`${suite.server.url}/api/editions/${DEMO_ID}/registration-form`)
    ).json()) as RegistrationFormState
    expect(state.form?.deadline).toBe('2026-12-01T20:37:00.000Z')
    // The field says whose clocks it is on, and what the value typed is on the viewer's.
    expect(await textOf(member, 'form-deadline-clock')).toBe('heure de Tokyo')
    await expect(
      member.getByRole('textbox', { name: 'Date limite heure de Tokyo' }).count(),
    ).resolves.toBe(1)
    expect(await member.getByTestId('form-deadline').getAttribute('aria-describedby')).toBe(
      'form-deadline-means',
    )
    editionFirst(
      await textOf(member, 'form-deadline-means'),
      '2 décembre 2026 à 05:37, heure de Tokyo',
      '1 décembre 2026 à 09:37 à Pago Pago',
    )
    // Reloaded, the field shows the edition's hour again, not the browser's.
    await member.reload()
    await expect
      .poll(() => member.getByTestId('form-deadline').inputValue(), WAIT)
      .toBe('2026-12-02T05:37')
    await member.screenshot({ path: join(SCREENSHOTS, 'deadline-field-fr.png'), fullPage: true })
    await member.close()

    // In Japanese, from Kiritimati: the same hour, said to be Tokyo's.
    const japanese = await suite.openPage(`/editions/${DEMO_ID}/registrations`, {
      locale: 'ja-JP',
      timezoneId: 'Pacific/Kiritimati',
    })
    expect(await textOf(japanese, 'form-deadline-clock')).toBe('東京時間')
    await expect
      .poll(() => japanese.getByTestId('form-deadline').inputValue(), WAIT)
      .toBe('2026-12-02T05:37')
    editionFirst(
      await textOf(japanese, 'form-deadline-means'),
      '2026年12月2日 5:37（東京時間）',
      '2026年12月2日 10:37',
    )
    await japanese.screenshot({ path: join(SCREENSHOTS, 'deadline-field-ja.png'), fullPage: true })
    await japanese.close()
  }, 120_000)

  it("shows the form's deadline to a collectivité on the edition's clocks, the reader's beside them", async () => {
    // 21:37 in Paris on 1 December: 05:37 on 2 December in Tokyo, 09:37 on 1 December in Pago Pago.
    const saved = await ownerFetch(
      `${suite.server.url}/api/editions/${DEMO_ID}/registration-form`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deadline: '2026-12-01T20:37:00.000Z' }),
      },
    )
    expect(saved.status).toBe(200)
    const { path } = (await saved.json()) as { path: string }
    // Read from Pago Pago with no account.
    for (const [locale, edition, viewer] of [
      ['fr-FR', '2 décembre 2026 à 05:37, heure de Tokyo', '1 décembre 2026 à 09:37 à Pago Pago'],
      ['ja-JP', '2026年12月2日 5:37（東京時間）', '2026年12月1日 9:37'],
    ] as const) {
      const form = await suite.openPage(path, {
        locale,
        timezoneId: 'Pacific/Pago_Pago',
        name: null,
      })
      editionFirst(await textOf(form, 'form-deadline'), edition, viewer)
      await form.close()
    }
  }, 120_000)

  it("shows a suggestion's time on the wall on the edition's clocks, the member's beside them", async () => {
    const viewerZone = viewerZoneApart()
    const member = await suite.openPage(`/editions/${DEMO_ID}/meetings`, {
      locale: 'fr-FR',
      timezoneId: viewerZone,
    })
    await member.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await member.getByTestId('create-meeting-open').click()
    await member.getByTestId('meeting-date').fill('2026-12-02')
    await member.getByTestId('meeting-place-fr').fill('Mairie de Shizuoka')
    await member.getByTestId('meeting-place-ja').fill('静岡市役所')
    await member.getByTestId('create-meeting-submit').click()
    const card = member.getByTestId('meeting').filter({ hasText: 'Mairie de Shizuoka' })
    await card.waitFor(WAIT)
    await card.getByTestId('toggle-intake').click()
    await expect.poll(() => card.getAttribute('data-intake'), WAIT).toBe('open')
    await card.getByTestId('get-participant-link').click()
    const url = ((await card.getByTestId('participant-link').textContent()) ?? '').trim()
    await card.getByTestId('open-wall').click()
    await member.getByTestId('suggestion-wall').waitFor(WAIT)

    // A participant's phone, in the same far zone, sends a suggestion.
    const phone = await suite.openPage(new URL(url).pathname, {
      locale: 'ja-JP',
      timezoneId: viewerZone,
      name: null,
    })
    const text = '防災訓練の共同実施を分科会で取り上げてほしい。'
    await phone.getByTestId('suggestion-text').fill(text)
    await phone.getByTestId('target-programme').check()
    await phone.getByTestId('suggestion-send').click()
    await phone.getByTestId('participant-thanks').waitFor(WAIT)

    const time = member.getByTestId('suggestion').filter({ hasText: text }).locator('time')
    await time.waitFor(WAIT)
    const sentAt = (await time.getAttribute('datetime')) ?? ''
    // The premise: the edition's day and the viewer's are not the same.
    expect(dayInZone(sentAt, EDITION_ZONE)).not.toBe(dayInZone(sentAt, viewerZone))
    const city = viewerZone === 'Pacific/Pago_Pago' ? 'Pago Pago' : 'Kiritimati'
    expect(await time.textContent()).toBe(
      `${formatTimeOfDayInZone(sentAt, EDITION_ZONE, 'fr')} (${formatTimeOfDayInZone(sentAt, viewerZone, 'fr')} à ${city})`,
    )
  }, 120_000)

  it("writes an invitation link's expiry on the edition's clocks, the viewer's beside them", async () => {
    const viewerZone = viewerZoneApart()
    const made = await ownerFetch(`${suite.server.url}/api/editions/${DEMO_ID}/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'editor', expiresInHours: 24 }),
    })
    expect(made.status).toBe(201)
    const { invitation, path } = (await made.json()) as CreatedInvitation
    const expiresAt = invitation.expiresAt ?? ''
    const member = await suite.openPage(`/editions/${DEMO_ID}/members`, {
      locale: 'fr-FR',
      timezoneId: viewerZone,
    })
    const row = member.locator(`[data-testid=invitation][data-invitation-id="${invitation.id}"]`)
    await row.waitFor(WAIT)
    editionFirst(
      (await row.textContent()) ?? '',
      `${formatDateTimeInZone(expiresAt, EDITION_ZONE, 'fr')}, heure de Tokyo`,
      formatDateTimeInZone(expiresAt, viewerZone, 'fr'),
    )
    await member.close()

    // The person invited reads it so on the link's own page, signed out.
    const invited = await suite.openPage(path, {
      locale: 'ja-JP',
      timezoneId: viewerZone,
      name: null,
    })
    editionFirst(
      await textOf(invited, 'offer-expires'),
      `${formatDateTimeInZone(expiresAt, EDITION_ZONE, 'ja')}（東京時間）`,
      formatDateTimeInZone(expiresAt, viewerZone, 'ja'),
    )
  }, 120_000)
})
