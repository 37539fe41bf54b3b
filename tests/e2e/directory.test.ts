import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { type DirectoryCollectivite, DirectoryListSchema } from '../../shared/directory'
import { createCollectivite, readEdition } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { seriousAxeFindings } from '../helpers/axe'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const EDITION = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** The committee's spreadsheet, with good rows, a duplicate and broken rows; lines as a spreadsheet numbers them. */
const SHEET = [
  'Nom (FR);Nom (JA);Pays;Type;Adresse;Contact;Fonction;Courriel;Langue;Éditions',
  // 2: good
  'Ville de Colmar;コルマール市;France;commune;1 place de la Mairie, 68000 Colmar;Lucie Weber;Chargée des relations internationales;lucie.weber@colmar.example;fr;"6; 7"',
  // 3 and 4: good, one collectivité with two contacts
  'Ville de Matsue;松江市;Japon;市;島根県松江市末次町86;山本健;国際交流課長;ken.yamamoto@matsue.example;ja;',
  'Ville de Matsue;松江市;Japon;市;島根県松江市末次町86;Sophie Laurent;Coordinatrice;sophie.laurent@matsue.example;fr;',
  // 5: the duplicate of line 2
  'Ville de Colmar;コルマール市;France;commune;1 place de la Mairie, 68000 Colmar;Lucie Weber;Chargée des relations internationales;lucie.weber@colmar.example;fr;"6; 7"',
  // 6: broken, no such country
  'Ville de Fribourg;;Allemagne;commune;;;;;;',
  // 7: broken, an e-mail that is not one
  'Ville de Nîmes;ニーム市;FR;commune;;Paul Roux;Adjoint;paul-at-nimes;fr;',
].join('\r\n')

async function directory(): Promise<DirectoryCollectivite[]> {
  const response = await ownerFetch(`${suite.server.url}/api/directory`)
  expect(response.status).toBe(200)
  return DirectoryListSchema.parse(await response.json()).collectivites
}

const entry = (page: Page, name: string) =>
  page.getByTestId('directory-entry').filter({ hasText: name })

/** Chooses the spreadsheet in the import's file field, as a person picking it would. */
async function chooseSheet(page: Page): Promise<void> {
  await page.getByTestId('directory-import-file').setInputFiles({
    name: 'annuaire-comite.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SHEET, 'utf8'),
  })
  await page.getByTestId('directory-import-confirm').waitFor(WAIT)
}

/** The window at 1366 and 390 px wide, scrolled to `part` if given (the page itself is long). */
async function shoot(page: Page, name: string, part?: Locator): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 })
    if (part) await part.scrollIntoViewIfNeeded()
    else await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`) })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

describe('the directory of collectivités', () => {
  it('imports the committee’s spreadsheet after a preview naming its broken rows, then edits and deletes entries', async () => {
    const before = await directory()
    const paris = await suite.openPage('/', { locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    // The editions page leads to the directory, from the header.
    await paris.getByTestId('directory-link').click()
    await paris.getByRole('heading', { name: 'Annuaire des collectivités' }).waitFor(WAIT)
    expect(new URL(paris.url()).pathname).toBe('/directory')

    await chooseSheet(paris)
    const report = paris.getByTestId('directory-import-report')
    await expect
      .poll(() => paris.getByTestId('import-added').textContent(), WAIT)
      .toBe('2 collectivités ajoutées')
    expect(await paris.getByTestId('import-refused-count').textContent()).toBe('3 lignes refusées')
    expect(await paris.getByTestId('import-refused-row').allTextContents()).toEqual([
      'Ligne 5 : doublon (voir la ligne 2)',
      'Ligne 6, colonne Pays : pays inconnu (France ou Japon)',
      'Ligne 7, colonne Courriel : courriel invalide',
    ])
    // Nothing is written by the preview.
    expect(await directory()).toEqual(before)
    expect(await seriousAxeFindings(paris)).toEqual([])
    await shoot(paris, 'directory-preview-fr')

    await paris.getByTestId('directory-import-confirm').click()
    await paris.getByTestId('import-done').waitFor(WAIT)
    expect(await report.getByTestId('import-done').textContent()).toBe(
      '2 collectivités ajoutées, 0 mise à jour.',
    )
    await entry(paris, 'Ville de Matsue').waitFor(WAIT)
    const imported = await directory()
    expect(imported).toHaveLength(before.length + 2)
    expect(
      await entry(paris, 'Ville de Colmar').getByTestId('directory-editions').textContent(),
    ).toBe('6e, 7e')

    // The search finds an entry by its Japanese name, its contact or an e-mail.
    await paris.getByTestId('directory-search').fill('松江')
    await expect.poll(() => paris.getByTestId('directory-entry').count(), WAIT).toBe(1)
    await paris.getByTestId('directory-search').fill('lucie.weber')
    await expect.poll(() => paris.getByTestId('directory-entry').count(), WAIT).toBe(1)
    await paris.getByTestId('directory-search').fill('')

    // Colmar's contact changes her e-mail; a second contact comes first, by keyboard.
    const colmar = entry(paris, 'Ville de Colmar')
    await colmar.getByTestId('directory-edit').click()
    const form = paris.getByTestId('directory-form')
    await form.getByTestId('directory-contact-email').first().fill('l.weber@colmar.example')
    await form.getByTestId('directory-add-contact').click()
    // The new contact's name field has the focus.
    await paris.keyboard.type('Marc Keller')
    await form.getByTestId('directory-contact-email').nth(1).fill('marc.keller@colmar.example')
    await form.getByRole('button', { name: 'Monter le contact 2' }).focus()
    await paris.keyboard.press('Enter')
    await shoot(paris, 'directory-edit-fr', form.getByTestId('directory-contact-fields').nth(1))
    await form.getByTestId('directory-save').click()
    await form.waitFor({ state: 'detached', ...WAIT })
    expect(await colmar.getByTestId('directory-contact').allTextContents()).toEqual([
      'Marc Kellermarc.keller@colmar.examplefrançais',
      'Lucie Weber · Chargée des relations internationalesl.weber@colmar.examplefrançais',
    ])
    const colmarId = imported.find((each) => each.nameFr === 'Ville de Colmar')?.id
    expect((await directory()).find((each) => each.id === colmarId)?.contacts).toEqual([
      { name: 'Marc Keller', function: '', email: 'marc.keller@colmar.example', language: 'fr' },
      {
        name: 'Lucie Weber',
        function: 'Chargée des relations internationales',
        email: 'l.weber@colmar.example',
        language: 'fr',
      },
    ])

    // A new entry by the form: a wrong e-mail is named beside its field and nothing is written.
    const count = (await directory()).length
    await paris.getByTestId('directory-add').click()
    const added = paris.getByTestId('directory-form')
    await paris.keyboard.type('Ville de Sète')
    await added.getByTestId('directory-name-ja').fill('セート市')
    await added.getByTestId('directory-add-contact').click()
    await paris.keyboard.type('Anne Petit')
    await added.getByTestId('directory-contact-email').fill('anne.petit-at-sete')
    await added.getByTestId('directory-save').click()
    await added.getByText('Ce courriel n’est pas une adresse valide.').waitFor(WAIT)
    expect(await added.getByTestId('directory-contact-email').getAttribute('aria-invalid')).toBe(
      'true',
    )
    expect(await directory()).toHaveLength(count)
    await added.getByTestId('directory-contact-email').fill('anne.petit@sete.example')
    await added.getByTestId('directory-save').click()
    await entry(paris, 'Ville de Sète').waitFor(WAIT)
    expect((await directory()).find((each) => each.nameJa === 'セート市')?.contacts).toEqual([
      { name: 'Anne Petit', function: '', email: 'anne.petit@sete.example', language: 'fr' },
    ])

    // Matsue is deleted, after a confirmation.
    await entry(paris, 'Ville de Matsue').getByTestId('directory-delete').click()
    await entry(paris, 'Ville de Matsue').getByTestId('confirm-directory-delete').click()
    await entry(paris, 'Ville de Matsue').waitFor({ state: 'detached', ...WAIT })
    expect((await directory()).some((each) => each.nameFr === 'Ville de Matsue')).toBe(false)
    expect(await paris.getByTestId('directory-news').textContent()).toBe(
      'Ville de Matsue est supprimée de l’annuaire.',
    )

    // The Japanese committee reads the same preview in Japanese, and cancels it: nothing changes.
    const tokyo = await suite.openPage('/directory', { locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
    await tokyo.getByRole('heading', { name: '自治体名簿' }).waitFor(WAIT)
    const kept = await directory()
    await chooseSheet(tokyo)
    await expect
      .poll(() => tokyo.getByTestId('import-refused-row').allTextContents(), WAIT)
      .toEqual([
        '5行目：重複しています（2行目を参照）',
        '6行目・「国」列：国が不明です（フランスまたは日本）',
        '7行目・「メール」列：メールアドレスが正しくありません',
      ])
    expect(await tokyo.getByTestId('import-added').textContent()).toBe('追加 1件')
    expect(await tokyo.getByTestId('import-updated').textContent()).toBe('更新 1件')
    expect(await seriousAxeFindings(tokyo)).toEqual([])
    await shoot(tokyo, 'directory-preview-ja')
    await tokyo.getByTestId('directory-import-cancel').click()
    await tokyo.getByTestId('directory-import-file').waitFor(WAIT)
    expect(await directory()).toEqual(kept)
    await tokyo.getByTestId('directory-search').fill('市')
    await shoot(tokyo, 'directory-list-ja', tokyo.getByTestId('directory-count'))
    await shoot(paris, 'directory-list-fr', entry(paris, 'Ville de Colmar'))
  })

  it("links an edition's collectivité to its directory entry from its card; a viewer sees the link and no directory", async () => {
    const docName = editionDocName(EDITION)
    const colmarId = await suite.server.kaigi.registry.change(docName, (doc) =>
      createCollectivite(
        doc,
        { name: { fr: 'Ville de Colmar', ja: 'コルマール市' }, country: 'FR', kind: 'commune' },
        'test',
      ),
    )
    const entryId = (await directory()).find((each) => each.nameFr === 'Ville de Colmar')?.id
    expect(entryId).toBeDefined()

    const paris = await suite.openPage(`/editions/${EDITION}/collectivites`, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    })
    const card = paris.locator(
      `[data-testid=collectivite-card][data-collectivite-id="${colmarId}"]`,
    )
    await card.waitFor(WAIT)
    expect(await card.getByTestId('directory-link-state').textContent()).toBe(
      'Pas liée à l’annuaire',
    )
    await card.getByTestId('edit-collectivite').click()
    await card.getByTestId('directory-link-search').fill('colmar')
    await card.getByRole('button', { name: 'Lier à Ville de Colmar' }).click()
    await expect
      .poll(() => card.getByTestId('directory-link-state').textContent(), WAIT)
      .toBe('Liée à l’annuaire : Ville de Colmar')
    expect(await card.getByTestId('directory-link-contact').textContent()).toBe(
      'Contact : Marc Keller',
    )
    // The document holds the entry's id, and nothing of its contacts.
    const linked = await suite.server.kaigi.registry.read(docName, (doc) => ({
      directoryId: readEdition(doc).value.collectivites.find((each) => each.id === colmarId)
        ?.directoryId,
      json: JSON.stringify(doc.toJSON()),
    }))
    expect(linked.directoryId).toBe(entryId)
    expect(linked.json).not.toContain('marc.keller@colmar.example')
    await shoot(paris, 'directory-card-fr', card)

    // Added to the directory from its card: an entry of its names, linked at once.
    const nimesId = await suite.server.kaigi.registry.change(docName, (doc) =>
      createCollectivite(
        doc,
        { name: { fr: 'Ville de Nîmes', ja: 'ニーム市' }, country: 'FR', kind: 'commune' },
        'test',
      ),
    )
    const nimes = paris.locator(
      `[data-testid=collectivite-card][data-collectivite-id="${nimesId}"]`,
    )
    await nimes.getByTestId('edit-collectivite').click()
    await nimes.getByTestId('directory-add-from-card').click()
    await expect
      .poll(() => nimes.getByTestId('directory-link-state').textContent(), WAIT)
      .toBe('Liée à l’annuaire : Ville de Nîmes')
    expect(await nimes.getByTestId('directory-link-contact').textContent()).toBe(
      'Sans contact : les lettres n’ont pas de destinataire',
    )
    expect((await directory()).find((each) => each.nameJa === 'ニーム市')).toMatchObject({
      nameFr: 'Ville de Nîmes',
      country: 'FR',
      kind: 'commune',
      contacts: [],
    })

    // A linked entry is not deleted from the directory page: the link is undone on the card first.
    const list = await suite.openPage('/directory', { locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await entry(list, 'Ville de Nîmes').getByTestId('directory-delete').click()
    await entry(list, 'Ville de Nîmes').getByTestId('confirm-directory-delete').click()
    await list.getByTestId('directory-failure').waitFor(WAIT)
    expect(await list.getByTestId('directory-failure').textContent()).toContain(
      '1 collectivité d’une édition y est liée',
    )
    expect(await entry(list, 'Ville de Nîmes').count()).toBe(1)

    // A viewer sees that Colmar is linked, cannot change it, and has no way to the directory.
    const cookie = await suite.inviteMember(EDITION, { role: 'viewer', name: 'Victor' })
    const viewer = await suite.openPage(`/editions/${EDITION}/collectivites`, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      cookie,
    })
    const seen = viewer.locator(
      `[data-testid=collectivite-card][data-collectivite-id="${colmarId}"]`,
    )
    await expect
      .poll(() => seen.getByTestId('directory-link-state').textContent(), WAIT)
      .toBe('Liée à l’annuaire')
    // Signed in (their name shows), the header still offers no directory.
    await viewer.getByText('Victor').first().waitFor(WAIT)
    expect(await viewer.getByTestId('directory-link').count()).toBe(0)
    expect(await seen.getByTestId('directory-unlink').count()).toBe(0)
    expect(await seen.getByTestId('directory-link-search').count()).toBe(0)

    // Sent to the directory's address, the viewer is told it is not theirs, and shown nothing of it.
    const refused = await suite.openPage('/directory', {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      cookie,
    })
    await refused
      .getByText('L’annuaire est réservé aux éditeurs et aux propriétaires d’une édition.')
      .waitFor(WAIT)
    expect(await refused.getByTestId('directory-entry').count()).toBe(0)
    await refused.close()

    // Unlinked by an editor, the card says so.
    await card.getByTestId('directory-unlink').click()
    await expect
      .poll(() => seen.getByTestId('directory-link-state').textContent(), WAIT)
      .toBe('Pas liée à l’annuaire')
  })
})
