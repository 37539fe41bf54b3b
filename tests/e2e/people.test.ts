import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A new browser profile in `locale`, on the demo edition's `view` tab, connected. */
async function openView(
  locale: string,
  timezoneId: string,
  view: 'people' | 'collectivites',
): Promise<Page> {
  const page = await suite.openPage(`/editions/${DEMO_ID}/${view}`, { locale, timezoneId })
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  await page.getByTestId(`${view}-view`).waitFor(WAIT)
  return page
}

const personCards = (page: Page) => page.getByTestId('person-card')
const personCard = (page: Page, id: string) =>
  page.locator(`[data-testid=person-card][data-person-id="${id}"]`)
const collectiviteCards = (page: Page) => page.getByTestId('collectivite-card')
const collectiviteCard = (page: Page, id: string) =>
  page.locator(`[data-testid=collectivite-card][data-collectivite-id="${id}"]`)

/** The id of the one person card showing `name`, once there is exactly one. */
async function personIdOf(page: Page, name: string): Promise<string> {
  const card = personCards(page).filter({ hasText: name })
  await expect.poll(() => card.count(), WAIT).toBe(1)
  const id = await card.getAttribute('data-person-id')
  if (!id) throw new Error(`no id on the card of ${name}`)
  return id
}

/** The id of the one collectivité card showing `name`, once there is exactly one. */
async function collectiviteIdOf(page: Page, name: string): Promise<string> {
  const card = collectiviteCards(page).filter({ hasText: name })
  await expect.poll(() => card.count(), WAIT).toBe(1)
  const id = await card.getAttribute('data-collectivite-id')
  if (!id) throw new Error(`no id on the card of ${name}`)
  return id
}

/** Types `query` into the people search, replacing what was there. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('people-search').fill(query)
}

/** Adds a collectivité through the form. */
async function addCollectivite(
  page: Page,
  fr: string,
  ja: string,
  country: 'FR' | 'JP',
  kind: string,
): Promise<void> {
  await page.getByTestId('add-collectivite').click()
  await page.getByTestId('new-collectivite-name-fr').fill(fr)
  await page.getByTestId('new-collectivite-name-ja').fill(ja)
  await page.getByTestId('new-collectivite-country').selectOption(country)
  await page.getByTestId('new-collectivite-kind').selectOption(kind)
  await page.getByTestId('create-collectivite').click()
  await page.getByTestId('new-collectivite').waitFor({ state: 'detached', ...WAIT })
}

describe('the people and collectivités pages', () => {
  it('adds a Japanese person by keyboard alone, whom both committees find by kana or by Latin letters', async () => {
    const paris = await openView('fr-FR', 'Europe/Paris', 'people')
    const shizuoka = await openView('ja-JP', 'Asia/Tokyo', 'people')
    // The demo's thirteen people.
    await expect.poll(() => personCards(paris).count(), WAIT).toBe(13)

    // Shizuoka adds the mayor of Hamamatsu without a mouse: the form takes the focus,
    // Escape puts it away and gives the focus back.
    await shizuoka.getByTestId('add-person').focus()
    await shizuoka.keyboard.press('Enter')
    await shizuoka.getByTestId('new-person').waitFor(WAIT)
    await shizuoka.keyboard.press('Escape')
    await shizuoka.getByTestId('new-person').waitFor({ state: 'detached', ...WAIT })
    await expect(
      shizuoka.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('add-person')
    await shizuoka.keyboard.press('Enter')
    await shizuoka.getByTestId('new-person').waitFor(WAIT)
    await shizuoka.keyboard.type('Tarō Suzuki')
    await shizuoka.keyboard.press('Tab')
    await shizuoka.keyboard.type('鈴木 太郎')
    await shizuoka.keyboard.press('Tab')
    await shizuoka.keyboard.type('すずき たろう')
    await shizuoka.keyboard.press('Tab')
    await shizuoka.keyboard.type('Maire de Hamamatsu')
    await shizuoka.keyboard.press('Tab')
    await shizuoka.keyboard.type('浜松市長')
    await shizuoka.keyboard.press('Tab')
    await expect(
      shizuoka.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('new-person-collectivite')
    await shizuoka.keyboard.press('Tab')
    await shizuoka.keyboard.press('Enter')
    await shizuoka.getByTestId('new-person').waitFor({ state: 'detached', ...WAIT })
    const id = await personIdOf(shizuoka, '鈴木 太郎')
    // The new card has the focus, so a screen reader says who was added.
    await expect(
      shizuoka.evaluate(() =>
        document.activeElement?.closest('[data-person-id]')?.getAttribute('data-person-id'),
      ),
    ).resolves.toBe(id)

    // Paris has them too, found by the reading typed in katakana…
    await expect.poll(() => personCards(paris).count(), WAIT).toBe(14)
    await search(paris, 'スズキ')
    await expect.poll(() => personCards(paris).count(), WAIT).toBe(1)
    const seen = personCard(paris, id)
    await expect(seen.textContent()).resolves.toContain('鈴木 太郎')
    await expect(seen.textContent()).resolves.toContain('Tarō Suzuki')
    await expect(seen.getByTestId('person-reading-shown').textContent()).resolves.toBe(
      'すずき たろう',
    )
    await expect(seen.getByTestId('person-function').textContent()).resolves.toContain(
      'Maire de Hamamatsu',
    )
    await expect(seen.getByTestId('person-function').textContent()).resolves.toContain('浜松市長')
    await expect(paris.getByTestId('people-count').textContent()).resolves.toBe(
      '1 sur 14 personnes',
    )
    // …and by Latin letters without the long vowel's accent, or a word of the function.
    await search(paris, 'taro')
    await expect.poll(() => personCards(paris).count(), WAIT).toBe(1)
    await search(paris, 'SUZUKI hamamatsu')
    await expect.poll(() => personCards(paris).count(), WAIT).toBe(1)
    await search(paris, 'suzuki lyon')
    await expect.poll(() => personCards(paris).count(), WAIT).toBe(0)
    await expect(paris.getByTestId('people-empty').textContent()).resolves.toContain(
      'Personne ne correspond',
    )
    // Shizuoka finds them in hiragana, and a French demo name in katakana.
    await search(shizuoka, 'すずき')
    await expect.poll(() => personCards(shizuoka).count(), WAIT).toBe(1)
    await search(shizuoka, 'ルフェーヴル')
    await expect.poll(() => personCards(shizuoka).count(), WAIT).toBe(1)
    await expect(personCards(shizuoka).textContent()).resolves.toContain('Camille Lefèvre')

    // Paris completes the English name in the collaborative field; Shizuoka sees it.
    await search(paris, '')
    await search(shizuoka, '')
    await seen.getByTestId('edit-person').click()
    await seen.getByTestId(`person-${id}-name-en`).fill('Taro Suzuki')
    await expect
      .poll(async () => {
        const card = personCard(shizuoka, id)
        if ((await card.getByTestId('person-editor').count()) === 0) {
          await card.getByTestId('edit-person').click()
        }
        return card.getByTestId(`person-${id}-name-en`).inputValue()
      }, WAIT)
      .toBe('Taro Suzuki')
    await seen.getByTestId('edit-person').click()
    await personCard(shizuoka, id).getByTestId('edit-person').click()

    for (const page of [paris, shizuoka]) await page.evaluate(() => window.scrollTo(0, 0))
    await paris.screenshot({ path: join(SCREENSHOTS, 'people-fr.png'), fullPage: true })
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'people-ja.png'), fullPage: true })

    // A reload keeps them.
    await paris.reload()
    await paris.getByTestId('people-view').waitFor(WAIT)
    await expect.poll(() => personCards(paris).count(), WAIT).toBe(14)
    await expect(personCard(paris, id).textContent()).resolves.toContain('浜松市長')
  }, 180_000)

  it('lists a demo person’s sessions in every role, each opening the programme with its editor', async () => {
    const paris = await openView('fr-FR', 'Europe/Paris', 'people')
    const card = personCard(paris, 'p-mochizuki')
    await card.waitFor(WAIT)
    const sessions = card.getByTestId('person-sessions').locator('li')
    await expect.poll(() => sessions.count(), WAIT).toBeGreaterThan(2)
    // Speaker at the welcome lunch, moderator of the site visit.
    const lunch = card.locator('li[data-session-id=s-welcome-lunch]')
    await expect(lunch.getAttribute('data-role')).resolves.toBe('speaker')
    await expect(lunch.textContent()).resolves.toContain('Intervenant')
    await expect(lunch.textContent()).resolves.toContain('Déjeuner de bienvenue')
    await expect(lunch.textContent()).resolves.toContain('12:00')
    await expect(card.locator('li[data-role=moderator]').count()).resolves.toBeGreaterThan(0)

    // Deleting says how many sessions they would leave; cancelling keeps them.
    await card.getByTestId('delete-person').click()
    await expect(card.getByRole('alert').textContent()).resolves.toMatch(
      /retirée de ses \d+ séances/,
    )
    await card.getByRole('button', { name: 'Annuler' }).click()

    await card.locator('li[data-session-id=s-opening-ceremony] a').click()
    await paris.getByTestId('session-editor').waitFor(WAIT)
    expect(new URL(paris.url()).pathname).toBe(`/editions/${DEMO_ID}`)
    await expect
      .poll(() => paris.getByTestId('session-title-fr').inputValue(), WAIT)
      .toMatch(/^Cérémonie d.ouverture$/)
  }, 120_000)

  it('shows a viewer the people and collectivités without a control to change them', async () => {
    const cookie = await suite.inviteMember(DEMO_ID, { role: 'viewer', name: 'Sayaka, viewing' })
    const page = await suite.openPage(`/editions/${DEMO_ID}/people`, { locale: 'ja-JP', cookie })
    await page.getByTestId('people-view').waitFor(WAIT)
    await expect.poll(() => personCards(page).count(), WAIT).toBeGreaterThan(10)
    await expect(personCard(page, 'p-mochizuki').textContent()).resolves.toContain('副市長')
    for (const control of ['add-person', 'edit-person', 'delete-person']) {
      await expect(page.getByTestId(control).count(), control).resolves.toBe(0)
    }
    await page.getByTestId('view-collectivites').click()
    await expect.poll(() => collectiviteCards(page).count(), WAIT).toBeGreaterThan(5)
    for (const control of ['add-collectivite', 'edit-collectivite']) {
      await expect(page.getByTestId(control).count(), control).resolves.toBe(0)
    }
  }, 120_000)

  it('merges two collectivités that are the same, and deletes one only once nothing names it', async () => {
    const paris = await openView('fr-FR', 'Europe/Paris', 'collectivites')
    const shizuoka = await openView('ja-JP', 'Asia/Tokyo', 'collectivites')
    await expect.poll(() => collectiviteCards(shizuoka).count(), WAIT).toBe(9)

    // The same city, entered once by each committee.
    await addCollectivite(paris, 'Ville de Hamamatsu', '浜松市', 'JP', 'city')
    await addCollectivite(shizuoka, 'Hamamatsu', '浜松市役所', 'JP', 'city')
    await expect.poll(() => collectiviteCards(paris).count(), WAIT).toBe(11)
    const kept = await collectiviteIdOf(paris, 'Ville de Hamamatsu')
    const twin = await collectiviteIdOf(paris, '浜松市役所')

    // A person of the second one.
    const people = await openView('fr-FR', 'Europe/Paris', 'people')
    await people.getByTestId('add-person').click()
    await people.getByTestId('new-person-name-fr').fill('Kenji Hamada')
    await people.getByTestId('new-person-name-ja').fill('浜田 健二')
    await people.getByTestId('new-person-reading').fill('はまだ けんじ')
    await people.getByTestId('new-person-role-fr').fill('Directeur des relations internationales')
    await people.getByTestId('new-person-role-ja').fill('国際課長')
    await people.getByTestId('new-person-collectivite').selectOption(twin)
    await people.getByTestId('create-person').click()
    const hamada = await personIdOf(people, '浜田 健二')
    await expect(
      personCard(people, hamada).getByTestId('person-collectivite-shown').textContent(),
    ).resolves.toContain('Hamamatsu')

    // Named by a person, the twin cannot be deleted, and says why.
    const twinCard = collectiviteCard(shizuoka, twin)
    await expect
      .poll(() => twinCard.getByTestId('collectivite-uses').textContent(), WAIT)
      .toBe('人物1名・申込書0件')

    // The country filter.
    await shizuoka.getByTestId('collectivites-country').selectOption('FR')
    await expect.poll(() => collectiviteCards(shizuoka).count(), WAIT).toBe(5)
    await expect(
      shizuoka.locator('[data-testid=collectivite-card]:not([data-country=FR])').count(),
    ).resolves.toBe(0)
    await shizuoka.getByTestId('collectivites-country').selectOption('JP')
    await expect.poll(() => collectiviteCards(shizuoka).count(), WAIT).toBe(6)

    await twinCard.getByTestId('edit-collectivite').click()
    await expect(twinCard.getByTestId('delete-collectivite').isDisabled()).resolves.toBe(true)
    await expect(twinCard.getByTestId('collectivite-in-use').textContent()).resolves.toContain(
      '削除できません',
    )

    // Shizuoka merges the twin into the first: it asks, then the person moves over.
    await twinCard.getByTestId('merge-into').selectOption(kept)
    await twinCard.getByTestId('merge-collectivite').click()
    await expect(twinCard.getByRole('alert').textContent()).resolves.toContain('統合しますか')
    await shizuoka.evaluate(() => window.scrollTo(0, 0))
    await shizuoka.screenshot({ path: join(SCREENSHOTS, 'collectivites-ja.png'), fullPage: true })
    await twinCard.getByTestId('confirm-merge-collectivite').click()
    await expect.poll(() => collectiviteCard(paris, twin).count(), WAIT).toBe(0)
    await expect.poll(() => collectiviteCards(paris).count(), WAIT).toBe(10)
    const keptCard = collectiviteCard(paris, kept)
    await expect
      .poll(() => keptCard.getByTestId('collectivite-uses').textContent(), WAIT)
      .toBe('1 personne · 0 bulletin')
    await expect
      .poll(
        () => personCard(people, hamada).getByTestId('person-collectivite-shown').textContent(),
        WAIT,
      )
      .toContain('Ville de Hamamatsu')
    await keptCard.getByTestId('edit-collectivite').click()
    await expect(keptCard.getByTestId('delete-collectivite').isDisabled()).resolves.toBe(true)

    // Changing the country picks a kind that exists there.
    await keptCard.getByTestId('collectivite-country').selectOption('FR')
    await expect
      .poll(() => keptCard.getByTestId('collectivite-kind-shown').textContent(), WAIT)
      .toBe('Commune')
    await keptCard.getByTestId('collectivite-country').selectOption('JP')
    await expect
      .poll(() => keptCard.getByTestId('collectivite-kind-shown').textContent(), WAIT)
      .toBe('Ville (市)')

    // Once the person leaves it, it can go.
    const hamadaCard = personCard(people, hamada)
    await hamadaCard.getByTestId('edit-person').click()
    await hamadaCard.getByTestId('person-collectivite').selectOption('')
    await expect
      .poll(() => hamadaCard.getByTestId('person-collectivite-shown').count(), WAIT)
      .toBe(0)
    await expect
      .poll(() => keptCard.getByTestId('delete-collectivite').isDisabled(), WAIT)
      .toBe(false)
    await expect(keptCard.getByTestId('collectivite-in-use').count()).resolves.toBe(0)
    await keptCard.getByTestId('delete-collectivite').click()
    await keptCard.getByTestId('confirm-delete-collectivite').click()
    await expect.poll(() => collectiviteCards(paris).count(), WAIT).toBe(9)
    await expect.poll(() => collectiviteCard(shizuoka, kept).count(), WAIT).toBe(0)

    // A reload keeps everything.
    for (const page of [paris, people]) {
      await page.reload()
      await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    }
    await expect.poll(() => collectiviteCards(paris).count(), WAIT).toBe(9)
    await expect(collectiviteCard(paris, twin).count()).resolves.toBe(0)
    await expect.poll(() => personCard(people, hamada).count(), WAIT).toBe(1)
    await expect(
      personCard(people, hamada).getByTestId('person-collectivite-shown').count(),
    ).resolves.toBe(0)
    await expect(personCard(people, hamada).textContent()).resolves.toContain('はまだ けんじ')
  }, 180_000)
})
