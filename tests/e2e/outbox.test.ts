import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { seriousAxeFindings } from '../helpers/axe'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const EDITION = 'shizuoka-2024'
const MAIL = `/editions/${EDITION}/mail`
/** The directory's entries the demo's collectivités keep: a French one and a Japanese one. */
const KEPT = new Set(['dir-tours', 'dir-shizuoka-city'])
const OUTBOX_DIR = mkdtempSync(join(tmpdir(), 'kaigi-outbox-e2e-'))

const suite = useBrowserSuite({
  seeds: DEMO_SEEDS.map((seed) =>
    seed.directory
      ? { ...seed, directory: seed.directory.filter((entry) => KEPT.has(entry.id)) }
      : seed,
  ),
  publicUrl: 'https://kaigi.example.org',
  // No SMTP_URL: the worker writes each message as an .eml file.
  mail: {
    from: 'Rencontres franco-japonaises <kaigi@example.org>',
    perMinute: 600,
    outboxDir: OUTBOX_DIR,
    pollMs: 100,
  },
})

afterAll(() => rmSync(OUTBOX_DIR, { recursive: true, force: true }))

const states = (page: Page) =>
  page
    .getByTestId('outbox-message')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))

/** The mail tab at 1366 and 390 px wide, whole, nothing sticking out, no serious axe finding. */
async function look(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
    const outside = await page.evaluate(() => {
      const edge = document.documentElement.clientWidth
      return [...document.querySelectorAll('[data-testid=outbox-view] *')]
        .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    })
    expect(outside, `${name} at ${width}px`).toEqual([])
    expect(await seriousAxeFindings(page, '[data-testid=outbox-view]'), `${name} ${width}`).toEqual(
      [],
    )
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

describe('the mail tab', () => {
  it('lets an editor preview and send the pack, by keyboard, and watch the outbox fill until every message is sent', async () => {
    const paris = await suite.openPage(MAIL, { locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await paris.getByTestId('outbox-view').waitFor(WAIT)
    await expect
      .poll(() => paris.getByTestId('outbox-delivery').textContent(), WAIT)
      .toContain('fichiers .eml')
    await expect
      .poll(() => paris.getByTestId('pack-counts').textContent(), WAIT)
      .toBe('2 destinataires : 1 en français, 1 en japonais')
    expect(await paris.getByTestId('outbox-empty').textContent()).toBe(
      'Aucun message envoyé pour l’instant.',
    )
    // The preview of the Japanese collectivité's message, in Japanese.
    await paris.getByTestId('pack-preview-choice').selectOption('col-shizuoka-city')
    await expect
      .poll(() => paris.getByTestId('preview-subject').textContent(), WAIT)
      .toBe('第8回日仏自治体交流会議のご案内')
    expect(await paris.getByTestId('preview-attachments').textContent()).toBe(
      '案内状.pdf, 会議次第（案）.pdf, 参加申込書.pdf, プログラム及びテーマ（案）.pdf',
    )
    expect(await paris.getByTestId('preview-text').textContent()).toContain(
      'https://kaigi.example.org/f/',
    )
    await paris.getByTestId('pack-preview-choice').selectOption('col-tours')
    await expect
      .poll(() => paris.getByTestId('preview-subject').textContent(), WAIT)
      .toBe('8es Rencontres franco-japonaises de la coopération décentralisée : invitation')
    await look(paris, 'outbox-fr-preview')

    // Sent by keyboard: the button, then the confirmation, which takes the focus.
    await paris.getByTestId('pack-send-button').focus()
    await paris.keyboard.press('Enter')
    await paris.getByTestId('pack-confirm').waitFor(WAIT)
    await expect
      .poll(() => paris.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT)
      .toBe('pack-confirm')
    await paris.keyboard.press('Enter')
    await expect
      .poll(() => paris.getByTestId('pack-result').textContent(), WAIT)
      .toBe('2 messages en file d’envoi.')
    await expect.poll(() => states(paris), WAIT).toHaveLength(2)
    await expect.poll(() => states(paris), WAIT).toEqual(['sent', 'sent'])
    expect(await paris.getByTestId('message-state').allTextContents()).toEqual(['Envoyé', 'Envoyé'])
    // The preview still shows the message chosen, its choice kept in the list.
    expect(await paris.getByTestId('pack-preview-choice').inputValue()).toBe('col-tours')
    expect(await paris.getByTestId('preview-to').textContent()).toContain('tours.example.fr')
    // Sent once: the button now says there is no one left to send it to.
    await expect
      .poll(() => paris.getByTestId('pack-already').textContent(), WAIT)
      .toContain('2 l’ont déjà reçu')
    await expect(paris.getByTestId('pack-send-button').isDisabled()).resolves.toBe(true)

    // What the worker wrote: one .eml per message, each in its recipient's language.
    const files = readdirSync(OUTBOX_DIR).filter((name) => name.endsWith('.eml'))
    expect(files).toHaveLength(2)
    const parsed = await Promise.all(
      files.map((name) => simpleParser(readFileSync(join(OUTBOX_DIR, name)))),
    )
    for (const mail of parsed) {
      expect(mail.attachments.map((each) => each.contentType)).toEqual(
        Array(4).fill('application/pdf'),
      )
    }
    // Each file named as the preview named it, in its recipient's language.
    expect(parsed.flatMap((mail) => mail.attachments.map((each) => each.filename)).sort()).toEqual(
      [
        '案内状.pdf',
        '会議次第（案）.pdf',
        '参加申込書.pdf',
        'プログラム及びテーマ（案）.pdf',
        'Lettre d’invitation.pdf',
        'Ordre du jour prévisionnel.pdf',
        'Bulletin de participation.pdf',
        'Proposition du programme et des thèmes.pdf',
      ].sort(),
    )
    const subjects = parsed.map((mail) => mail.subject)
    expect(subjects.sort()).toEqual(
      [
        '8es Rencontres franco-japonaises de la coopération décentralisée : invitation',
        '第8回日仏自治体交流会議のご案内',
      ].sort(),
    )
    await look(paris, 'outbox-fr-sent')

    // The search by collectivité, in Japanese script.
    await paris.getByTestId('outbox-search').fill('静岡')
    await expect.poll(() => paris.getByTestId('outbox-message').count(), WAIT).toBe(1)
    await paris.getByTestId('outbox-search').fill('')
    await expect.poll(() => paris.getByTestId('outbox-message').count(), WAIT).toBe(2)

    // The demo's form closed on 4 September 2023: no reminder goes, and the page says why.
    await paris.getByTestId('reminder-send').click()
    await paris.getByTestId('reminder-confirm').click()
    await expect
      .poll(() => paris.getByTestId('outbox-view').textContent(), WAIT)
      .toContain('La date limite du bulletin est passée')
    await expect.poll(() => paris.getByTestId('outbox-message').count(), WAIT).toBe(2)

    // One message resent: queued again, then sent again.
    await paris.getByRole('button', { name: 'Renvoyer le message à Ville de Tours' }).click()
    await expect.poll(() => states(paris), WAIT).toEqual(['sent', 'sent'])
  })

  it('schedules the reminder on a chosen day, shown waiting in the outbox, and cancels it', async () => {
    // The form open again until 1 September 2099: the reminder has a day to wait for.
    const reopened = await ownerFetch(
      `${suite.server.url}/api/editions/${EDITION}/registration-form`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json', origin: suite.server.url },
        body: JSON.stringify({ deadline: '2099-09-01T09:00:00.000Z' }),
      },
    )
    expect(reopened.status).toBe(200)
    const paris = await suite.openPage(MAIL, { locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    // The committee's own French text; the Japanese one kept as proposed.
    await paris.getByText('Texte de la relance').click()
    await paris
      .getByTestId('reminder-template-fr')
      .fill('{collectivite} : rappel avant le {deadline}.')
    await paris.getByTestId('reminder-day').fill('2099-08-20')
    await paris.getByTestId('reminder-day').press('Enter')
    await expect
      .poll(() => paris.getByTestId('reminder-scheduled').textContent(), WAIT)
      .toBe(
        'Relance programmée le 20 août 2099 à 09:00 UTC+9 pour 2 collectivités ; celles qui s’inscrivent d’ici là ne la recevront pas.',
      )
    const reminder = paris.getByTestId('outbox-send').filter({ hasText: 'Relance' })
    await expect
      .poll(() => reminder.getByTestId('message-due').allTextContents(), WAIT)
      .toEqual(Array(2).fill('Prévu le 20 août 2099 à 09:00 UTC+9'))
    expect(await reminder.getByTestId('message-state').allTextContents()).toEqual([
      'En attente',
      'En attente',
    ])
    const written = await suite.server.kaigi.database.client.execute(
      "SELECT m.language, m.text FROM outbox_messages m JOIN outbox_sends s ON s.id = m.send_id WHERE s.kind = 'reminder' ORDER BY m.language",
    )
    expect(written.rows.map((row) => row.text)).toEqual([
      'Ville de Tours : rappel avant le 1er septembre 2099.\n',
      expect.stringContaining('静岡市の参加申込書をまだ頂いておりません'),
    ])
    await look(paris, 'outbox-fr-reminder')
    await paris.getByTestId('reminder-cancel').click()
    await expect.poll(() => paris.getByTestId('reminder-scheduled').count(), WAIT).toBe(0)
    await expect.poll(() => reminder.count(), WAIT).toBe(0)
  })

  it('shows the outbox in Japanese', async () => {
    const tokyo = await suite.openPage(MAIL, { locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
    await tokyo.getByTestId('outbox-view').waitFor(WAIT)
    await expect
      .poll(() => tokyo.getByTestId('message-state').allTextContents(), WAIT)
      .toEqual(['送信済み', '送信済み'])
    expect(await tokyo.getByTestId('pack-counts').textContent()).toBe(
      '送信先 2件（フランス語 1件、日本語 1件）',
    )
    expect(await tokyo.getByTestId('view-mail').textContent()).toBe('送信')
    await look(tokyo, 'outbox-ja')
  })

  it('shows a viewer neither the tab nor anything of the outbox', async () => {
    const cookie = await suite.inviteMember(EDITION, { role: 'viewer', name: 'Jean Dupont' })
    const viewer = await suite.openPage(MAIL, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      cookie,
    })
    await viewer.getByTestId('outbox-editors-only').waitFor(WAIT)
    await viewer.getByTestId('view-programme').waitFor(WAIT)
    await expect(viewer.getByTestId('view-mail').count()).resolves.toBe(0)
    for (const absent of ['pack-send', 'outbox-sends', 'outbox-delivery']) {
      await expect(viewer.getByTestId(absent).count(), absent).resolves.toBe(0)
    }
  })
})
