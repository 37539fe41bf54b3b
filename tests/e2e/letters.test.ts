import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { zonedToInstant } from '../../shared/doc/edition'
import { MODEL_LETTERS } from '../../shared/letters/model-letters'
import { seriousAxeFindings } from '../helpers/axe'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const run = promisify(execFile)
// A public address, so that each collectivité's letter and form carry its own link to the form.
const suite = useBrowserSuite({ seeds: DEMO_SEEDS, publicUrl: 'https://kaigi.example.org' })
const EDITION = 'shizuoka-2024'
const LETTERS = `/editions/${EDITION}/letters`
const work = mkdtempSync(join(tmpdir(), 'kaigi-letters-'))

/** A member's page on the letter tab, connected, in `locale`. */
async function openLetters(locale: string, timezoneId: string, name: string): Promise<Page> {
  const page = await suite.openPage(LETTERS, { locale, timezoneId, name })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId('letters-view').waitFor(WAIT)
  return page
}

const template = (page: Page, lang: 'fr' | 'ja') => page.getByTestId(`letter-text-${lang}`)
const written = (page: Page, lang: 'fr' | 'ja') => template(page, lang).inputValue()

/** Empties a template as a member would: everything selected, then deleted. */
async function clear(page: Page, lang: 'fr' | 'ja'): Promise<void> {
  await template(page, lang).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
}

/** The text pdftotext reads in `pdf`. */
async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])
  return stdout
}

/** Renders the first page of `pdf` into the screenshots, as `name`.png, to be looked at. */
async function firstPage(pdf: string, name: string): Promise<void> {
  const prefix = join(work, name)
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, prefix])
  const made = readdirSync(work).find(
    (file) => file.startsWith(`${name}-`) && file.endsWith('.png'),
  )
  if (!made) throw new Error(`pdftoppm made no page of ${pdf}`)
  renameSync(join(work, made), join(SCREENSHOTS, `${name}.png`))
}

/** Downloads the file a link of the page points to, with the page's cookies. */
async function download(page: Page, testId: string, file: string): Promise<Buffer> {
  const link = page.locator(`[data-testid=${testId}][data-file="${file}"]`)
  await link.waitFor(WAIT)
  const href = (await link.getAttribute('href')) ?? ''
  const response = await page.request.get(new URL(href, page.url()).href)
  expect(response.status(), `${file}: ${await response.text().catch(() => '')}`).toBe(200)
  return response.body()
}

let claire: Page
let aiko: Page

beforeAll(async () => {
  // The form and its deadline, as the committee sets them: 4 September 2023, 18:00 in Tokyo.
  const deadline = zonedToInstant('2023-09-04', '18:00', 'Asia/Tokyo').toISOString()
  const set = await ownerFetch(`${suite.server.url}/api/editions/${EDITION}/registration-form`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', origin: suite.server.url },
    body: JSON.stringify({ deadline }),
  })
  expect(set.status).toBeLessThan(300)
  claire = await openLetters('fr-FR', 'Europe/Paris', 'Claire Martin (comité français)')
  aiko = await openLetters('ja-JP', 'Asia/Tokyo', '佐藤 愛子（日本側委員会）')
}, 120_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the invitation letter', () => {
  it('merges the French and the Japanese templates typed at once by two editors', async () => {
    // Both start again from the model letter, each in their committee's language, at once.
    await Promise.all([clear(claire, 'fr'), clear(aiko, 'ja')])
    for (const page of [claire, aiko]) {
      await expect.poll(() => written(page, 'fr'), WAIT).toBe('')
      await expect.poll(() => written(page, 'ja'), WAIT).toBe('')
    }
    await Promise.all([
      claire.getByTestId('letter-model-fr').click(),
      aiko.getByTestId('letter-model-ja').click(),
    ])
    for (const page of [claire, aiko]) {
      await expect.poll(() => written(page, 'fr'), WAIT).toBe(MODEL_LETTERS.fr)
      await expect.poll(() => written(page, 'ja'), WAIT).toBe(MODEL_LETTERS.ja)
      await expect(page.getByTestId('letter-model-fr').count()).resolves.toBe(0)
    }

    // Each types at the end of their own template while the other does.
    const french = 'Veuillez agréer nos salutations distinguées.'
    const japanese = 'どうぞよろしくお願いいたします。'
    await template(claire, 'fr').click()
    await template(aiko, 'ja').click()
    await Promise.all([claire.keyboard.press('Control+End'), aiko.keyboard.press('Control+End')])
    await Promise.all([
      claire.keyboard.type(french, { delay: 15 }),
      aiko.keyboard.insertText(japanese),
    ])
    for (const page of [claire, aiko]) {
      await expect.poll(() => written(page, 'fr'), WAIT).toBe(`${MODEL_LETTERS.fr}${french}`)
      await expect.poll(() => written(page, 'ja'), WAIT).toBe(`${MODEL_LETTERS.ja}${japanese}`)
    }

    // A field inserted at the caret, from the list named in the reader's language.
    await template(claire, 'fr').click()
    await claire.keyboard.press('Control+Home')
    const insert = claire.getByTestId('letter-insert-field-fr')
    await expect(insert.locator('option[value=host_city]').textContent()).resolves.toContain(
      'Ville hôte',
    )
    await expect(
      aiko.getByTestId('letter-insert-field-ja').locator('option[value=host_city]').textContent(),
    ).resolves.toContain('開催都市')
    await insert.selectOption('host_city')
    await claire.getByTestId('letter-insert-fr').click()
    await expect
      .poll(() => written(aiko, 'fr'), WAIT)
      .toBe(`{host_city}${MODEL_LETTERS.fr}${french}`)
    // The focus is back in the letter, after the field: it is taken away as typed.
    for (let i = 0; i < '{host_city}'.length; i++) await claire.keyboard.press('Backspace')
    await expect.poll(() => written(aiko, 'fr'), WAIT).toBe(`${MODEL_LETTERS.fr}${french}`)
  }, 180_000)

  it('previews a collectivité’s letter in its language, with a missing field warned until it is set', async () => {
    await claire.getByTestId('letter-collectivite').selectOption('col-tours')
    const paper = claire.getByTestId('letter-paper')
    await expect.poll(() => paper.textContent(), WAIT).toContain('Ville de Tours')
    await expect(paper.getAttribute('lang')).resolves.toBe('fr')
    const text = (await paper.textContent()) ?? ''
    expect(text).toContain('Objet : 8e Rencontres franco-japonaises')
    expect(text).toContain('lundi 18 septembre 2023')
    expect(text).toContain('4 septembre 2023')
    await claire.getByTestId('letter-complete').waitFor(WAIT)

    // Without the letter's date, its place and date have no value: warned in place and above.
    await claire.getByTestId('letter-date').fill('')
    const missing = claire.locator('[data-testid=letter-missing-field][data-field=place_date]')
    await missing.waitFor(WAIT)
    await expect(missing.textContent()).resolves.toContain(
      'Pas de valeur : Lieu et date de la lettre',
    )
    await expect(
      paper.locator('[data-testid=letter-missing-in-place][data-field=place_date]').count(),
    ).resolves.toBe(1)
    // The Japanese editor's preview, live on the same edition, warns too.
    await aiko.locator('[data-testid=letter-missing-field][data-field=place_date]').waitFor(WAIT)
    await claire.screenshot({ path: join(SCREENSHOTS, 'letters-missing-fr.png') })
    // Its link leads to the field that sets it.
    await missing.getByTestId('letter-missing-link').click()
    await expect
      .poll(() => claire.evaluate(() => document.activeElement?.id), WAIT)
      .toBe('field-letters-letterDate')
    await claire.getByTestId('letter-date').fill('2023-07-11')
    await expect.poll(() => missing.count(), WAIT).toBe(0)
    await expect.poll(() => paper.textContent(), WAIT).toContain('Paris, le 11 juillet 2023')
    await aiko.getByTestId('letter-complete').waitFor(WAIT)

    // An unknown code is flagged, and goes when it is taken away.
    await template(claire, 'fr').click()
    await claire.keyboard.press('Control+End')
    await claire.keyboard.type(' {signataire}')
    await claire.getByTestId('letter-unknown').waitFor(WAIT)
    for (let i = 0; i < ' {signataire}'.length; i++) await claire.keyboard.press('Backspace')
    await expect.poll(() => claire.getByTestId('letter-unknown').count(), WAIT).toBe(0)

    // The same recipient's letter in the other language, on request.
    await claire.getByTestId('letter-preview-lang-ja').check()
    await expect.poll(() => paper.getAttribute('lang'), WAIT).toBe('ja')
    await expect.poll(() => paper.textContent(), WAIT).toContain('トゥール市')
    await claire.getByTestId('letter-preview-lang-fr').check()

    // Without a collectivité, the recipient's fields are placeholders, not warnings.
    await claire.getByTestId('letter-collectivite').selectOption('')
    await expect
      .poll(() => paper.locator('.letter-placeholder[data-field=recipient]').count(), WAIT)
      .toBe(1)
    await expect(claire.getByTestId('letter-missing').count()).resolves.toBe(0)
  }, 180_000)

  it('downloads a French and a Japanese collectivité’s letters, filled, and the whole pack', async () => {
    await claire.getByTestId('letter-collectivite').selectOption('col-tours')
    await claire.locator('[data-testid=pack-file][data-file="letter.docx"]').waitFor(WAIT)
    const french = await download(claire, 'pack-file', 'letter.pdf')
    expect(french.subarray(0, 4).toString()).toBe('%PDF')
    writeFileSync(join(work, 'letter-fr.pdf'), french)
    const frenchText = await pdfText(join(work, 'letter-fr.pdf'))
    expect(frenchText).toContain('Ville de Tours')
    expect(frenchText).toContain('18 septembre 2023')
    expect(frenchText).toContain('Veuillez agréer nos salutations distinguées.')
    await firstPage(join(work, 'letter-fr.pdf'), 'letters-letter-fr')

    await claire.getByTestId('letter-collectivite').selectOption('col-shizuoka-city')
    await expect
      .poll(() => claire.getByTestId('letter-paper').getAttribute('lang'), WAIT)
      .toBe('ja')
    const japanese = await download(claire, 'pack-file', 'letter.pdf')
    expect(japanese.subarray(0, 4).toString()).toBe('%PDF')
    writeFileSync(join(work, 'letter-ja.pdf'), japanese)
    const japaneseText = (await pdfText(join(work, 'letter-ja.pdf'))).replace(/\s+/g, '')
    expect(japaneseText).toContain('静岡市')
    expect(japaneseText).toContain('2024年11月18日')
    expect(japaneseText).toContain('どうぞよろしくお願いいたします。')
    await firstPage(join(work, 'letter-ja.pdf'), 'letters-letter-ja')

    for (const file of ['agenda.pdf', 'form.pdf', 'programme.pdf']) {
      const body = await download(claire, 'pack-file', file)
      expect(body.subarray(0, 4).toString(), file).toBe('%PDF')
    }
    // The proposed programme may be a saved version rather than the draft.
    const name = 'Version présentée au comité du 18/09/2023'
    const saved = await ownerFetch(`${suite.server.url}/api/editions/${EDITION}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: suite.server.url },
      body: JSON.stringify({ name }),
    })
    expect(saved.status).toBe(201)
    const { id: versionId } = (await saved.json()) as { id: string }
    await claire.reload()
    await claire.getByTestId('letters-view').waitFor(WAIT)
    await claire.getByTestId('letter-collectivite').selectOption('col-shizuoka-city')
    await claire.getByTestId('pack-programme-version').selectOption(versionId)
    await expect
      .poll(
        () =>
          claire.locator('[data-testid=pack-file][data-file="programme.pdf"]').getAttribute('href'),
        WAIT,
      )
      .toContain(`?version=${versionId}`)
    const programme = await download(claire, 'pack-file', 'programme.pdf')
    expect(programme.subarray(0, 4).toString()).toBe('%PDF')
    const zipLink = claire.getByTestId('pack-zip')
    expect(await zipLink.getAttribute('href')).toContain(`pack.zip?version=${versionId}`)
    await zipLink.waitFor(WAIT)
    const zip = await claire.request.get(
      new URL((await zipLink.getAttribute('href')) ?? '', claire.url()).href,
    )
    expect(zip.status()).toBe(200)
    expect((await zip.body()).subarray(0, 2).toString()).toBe('PK')
  }, 180_000)

  it('says why a file would be refused instead of offering it', async () => {
    // The Japanese letter loses its first meeting's hours: its letter and agenda cannot be made.
    await claire.goto(`${suite.server.url}/editions/${EDITION}/meetings`)
    const card = claire.getByTestId('meeting').first()
    await card.getByTestId('meeting-edit-open').click()
    const end = card.getByTestId('meeting-edit-end')
    const before = await end.inputValue()
    await card.getByTestId('meeting-edit-start').fill('19:00')
    await card.getByTestId('meeting-edit-hours-error').waitFor(WAIT)
    await expect(card.getByTestId('meeting-edit-hours-error').textContent()).resolves.toContain(
      'La fin doit venir après le début',
    )
    await end.fill('')
    await expect
      .poll(() => card.getByTestId('meeting-hours').getAttribute('data-set'), WAIT)
      .toBe('false')
    await claire.getByTestId('view-letters').click()
    await claire.getByTestId('letter-collectivite').selectOption('col-shizuoka-city')
    const refused = claire.locator('[data-testid=pack-file-refused][data-file="letter.pdf"]')
    await refused.waitFor(WAIT)
    await expect(refused.textContent()).resolves.toContain('Première réunion (phrase)')
    await expect(
      claire.locator('[data-testid=letter-missing-field][data-field=first_meeting]').textContent(),
    ).resolves.toContain('(il manque : Horaires de la réunion)')
    await expect(
      claire.locator('[data-testid=pack-file-refused][data-file="agenda.pdf"]').textContent(),
    ).resolves.toContain('Horaires de la réunion')
    // The pack's state is the server's: it follows once the edit is committed.
    await expect
      .poll(() => claire.getByTestId('pack-zip-refused').textContent(), WAIT)
      .toContain('Première réunion (phrase)')
    await claire.screenshot({ path: join(SCREENSHOTS, 'letters-refused-fr.png'), fullPage: true })

    // The hours back, the first meeting on the letter tab says them and the files return.
    await claire.getByTestId('letter-open-meetings').click()
    await card.getByTestId('meeting-edit-open').click()
    await card.getByTestId('meeting-edit-start').fill('16:30')
    await card.getByTestId('meeting-edit-end').fill(before || '18:00')
    await expect
      .poll(() => card.getByTestId('meeting-hours').getAttribute('data-set'), WAIT)
      .toBe('true')
    await claire.getByTestId('view-letters').click()
    await expect
      .poll(() => claire.getByTestId('letter-first-meeting').textContent(), WAIT)
      .toContain('16:30–18:00')
    await claire.getByTestId('letter-collectivite').selectOption('col-shizuoka-city')
    await claire.locator('[data-testid=pack-file][data-file="letter.pdf"]').waitFor(WAIT)
  }, 180_000)

  it('saves a file on a click, and says what the server refuses for the whole pack', async () => {
    // The first meeting's agenda in Japanese emptied: every Japanese collectivité's agenda lacks it.
    await claire.getByTestId('view-meetings').click()
    const card = claire.getByTestId('meeting').first()
    await card.getByTestId('meeting-edit-open').click()
    const agenda = card.locator('textarea[data-testid$="-agenda-ja"]')
    const written = await agenda.inputValue()
    expect(written).not.toBe('')
    await agenda.fill('')
    await claire.getByTestId('view-letters').click()
    await claire.getByTestId('letter-collectivite').selectOption('col-tours')
    const letter = claire.locator('[data-testid=pack-file][data-file="letter.pdf"]')
    await letter.waitFor(WAIT)
    const [saved] = await Promise.all([claire.waitForEvent('download', WAIT), letter.click()])
    // Named in the collectivité's language, as the server names it.
    expect(saved.suggestedFilename()).toBe('Ville de Tours - letter.pdf')
    const zip = claire.getByTestId('pack-zip')
    await zip.waitFor(WAIT)
    await zip.click()
    const refusal = claire.getByTestId('pack-refusal')
    await refusal.waitFor(WAIT)
    const said = (await refusal.textContent()) ?? ''
    expect(said).toContain('Ville de Shizuoka')
    expect(said).toContain('l’ordre du jour de la première réunion dans cette langue')
    expect(said).not.toContain('Ville de Tours')

    await claire.getByTestId('view-meetings').click()
    await card.getByTestId('meeting-edit-open').click()
    await agenda.fill(written)
    await claire.getByTestId('view-letters').click()
    await claire.getByTestId('letters-view').waitFor(WAIT)
  }, 180_000)

  it('creates a meeting with its hours and event, refusing an end before its start', async () => {
    await aiko.getByTestId('view-meetings').click()
    await aiko.getByTestId('meetings-view').waitFor(WAIT)
    const before = await aiko.getByTestId('meeting').count()
    await aiko.getByTestId('create-meeting-open').click()
    await aiko.getByTestId('meeting-date').fill('2023-10-02')
    await aiko.getByTestId('meeting-start').fill('15:00')
    await aiko.getByTestId('meeting-end').fill('14:00')
    await aiko.getByTestId('meeting-place-fr').fill('Ambassade du Japon, Paris')
    await aiko.getByTestId('meeting-place-ja').fill('在フランス日本国大使館')
    await aiko.getByTestId('meeting-event-ja').fill('日仏自治体交流の集い')
    await aiko.getByTestId('create-meeting-submit').click()
    await expect(aiko.getByTestId('meeting-hours-error').textContent()).resolves.toContain(
      '終了は開始より後にしてください',
    )
    expect(await aiko.getByTestId('meeting').count()).toBe(before)
    await aiko.getByTestId('meeting-end').fill('16:30')
    await aiko.getByTestId('create-meeting-submit').click()
    const card = aiko.getByTestId('meeting').filter({ hasText: '在フランス日本国大使館' })
    await card.waitFor(WAIT)
    await expect(card.getByTestId('meeting-hours').textContent()).resolves.toContain(
      '15:00–16:30（東京時間）',
    )
    await expect(card.getByTestId('meeting-event').textContent()).resolves.toContain(
      '日仏自治体交流の集い',
    )
    // Seen by the French editor too, the event untranslated until written in French.
    await claire.getByTestId('view-meetings').click()
    await claire
      .getByTestId('meeting')
      .filter({ hasText: 'Ambassade du Japon' })
      .getByTestId('meeting-event')
      .waitFor(WAIT)
    await Promise.all([claire, aiko].map((page) => page.getByTestId('view-letters').click()))
    await Promise.all([claire, aiko].map((page) => page.getByTestId('letters-view').waitFor(WAIT)))
  }, 180_000)

  it('keeps a meeting held in Paris on Paris’s clocks, for an edition held in Shizuoka', async () => {
    await aiko.getByTestId('view-meetings').click()
    const card = aiko.getByTestId('meeting').filter({ hasText: 'Cité des Sciences' }).first()
    await card.waitFor(WAIT)
    // The demo's first committee meeting: 16:30 to 18:00 in Paris, 23:30 in Tokyo.
    await expect(card.getByTestId('meeting-hours').textContent()).resolves.toMatch(
      /16:30–18:00（パリ時間）.*23:30/,
    )
    await card.getByTestId('meeting-edit-open').click()
    await card.getByTestId('meeting-edit-zone').selectOption('Asia/Tokyo')
    await expect
      .poll(() => card.getByTestId('meeting-hours').textContent(), WAIT)
      .toContain('16:30–18:00（東京時間）')
    // Seen on Paris's clocks by the French editor, then set back to Paris from her card.
    await claire.getByTestId('view-meetings').click()
    const hers = claire.getByTestId('meeting').filter({ hasText: 'Cité des Sciences' }).first()
    await expect
      .poll(() => hers.getByTestId('meeting-hours').textContent(), WAIT)
      .toMatch(/16:30–18:00 \(heure de Tokyo\).*09:30/)
    await hers.getByTestId('meeting-edit-open').click()
    await hers.getByTestId('meeting-edit-zone').selectOption('Europe/Paris')
    await expect
      .poll(() => card.getByTestId('meeting-hours').textContent(), WAIT)
      .toContain('16:30–18:00（パリ時間）')
    await Promise.all([claire, aiko].map((page) => page.getByTestId('view-letters').click()))
    await Promise.all([claire, aiko].map((page) => page.getByTestId('letters-view').waitFor(WAIT)))
  }, 180_000)

  it('leads from the conflicts to a text of the letter left untranslated, in its field', async () => {
    // The letter's place loses its Japanese: a text to translate, listed with the others.
    await template(claire, 'fr').waitFor(WAIT)
    await claire.getByTestId('letters-letterPlace-ja').fill('')
    await expect.poll(() => aiko.getByTestId('letters-letterPlace-ja').inputValue(), WAIT).toBe('')
    await claire.getByTestId('view-conflicts').click()
    const entry = claire.getByTestId('conflict-entry').filter({ hasText: 'Lieu de la lettre' })
    await entry.waitFor(WAIT)
    await expect(entry.getByTestId('conflict-link').textContent()).resolves.toBe(
      'Lieu de la lettre — japonais manquant',
    )
    expect(await entry.getByTestId('conflict-link').getAttribute('href')).toBe(
      `/editions/${EDITION}/letters#field-letters-letterPlace-ja`,
    )
    await entry.getByTestId('conflict-link').click()
    await claire.getByTestId('letters-view').waitFor(WAIT)
    await expect
      .poll(() => claire.evaluate(() => document.activeElement?.id), WAIT)
      .toBe('field-letters-letterPlace-ja')
    await claire.keyboard.insertText('パリ')
    await expect
      .poll(() => aiko.getByTestId('letters-letterPlace-ja').inputValue(), WAIT)
      .toBe('パリ')
  }, 180_000)

  it('reads well and passes axe in French and Japanese, wide and on a phone', async () => {
    for (const [page, lang] of [
      [claire, 'fr'],
      [aiko, 'ja'],
    ] as const) {
      await page
        .getByTestId('letter-collectivite')
        .selectOption(lang === 'fr' ? 'col-tours' : 'col-shizuoka-city')
      await page.getByTestId('letter-complete').waitFor(WAIT)
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({
          path: join(SCREENSHOTS, `letters-${lang}-${width}.png`),
          fullPage: true,
        })
        // What of the letter tab sticks out on the right, named, should it scroll sideways.
        const outside = await page.evaluate(() => {
          const edge = document.documentElement.clientWidth
          return [...document.querySelectorAll('[data-testid=letters-view] *')]
            .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        })
        expect(outside, `${lang} at ${width}px`).toEqual([])
        if (width === 390) {
          for (const part of ['letter-preview', 'letter-downloads']) {
            await page
              .getByTestId(part)
              .screenshot({ path: join(SCREENSHOTS, `letters-${lang}-390-${part}.png`) })
          }
        }
        expect(
          await seriousAxeFindings(page, '[data-testid=letters-view]'),
          `${lang} ${width}`,
        ).toEqual([])
      }
    }
  }, 180_000)

  it('shows a viewer the templates read only, without a recipient’s data or the files', async () => {
    const cookie = await suite.inviteMember(EDITION, { role: 'viewer', name: 'Jean Dupont' })
    const viewer = await suite.openPage(LETTERS, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      cookie,
    })
    await viewer.getByTestId('letters-view').waitFor(WAIT)
    await expect.poll(() => written(viewer, 'fr'), WAIT).toContain('Veuillez agréer')
    await expect(template(viewer, 'fr').getAttribute('readonly')).resolves.not.toBeNull()
    await expect(template(viewer, 'ja').getAttribute('readonly')).resolves.not.toBeNull()
    await viewer.getByTestId('letter-paper').waitFor(WAIT)
    for (const absent of [
      'letter-downloads',
      'letter-collectivite',
      'letter-insert-fr',
      'signatory-add',
    ]) {
      await expect(viewer.getByTestId(absent).count(), absent).resolves.toBe(0)
    }
  })
})
