/**
 * The committees' first real day of work, end to end: a blank 9th edition at
 * Nantes built into a whole programme by a French and a Japanese member at
 * once, kept through a reload, published, and read back from its exports.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const EDITION = 'nantes-2026'
const DAY = '2026-10-05'
const VISIT_DAY = '2026-10-06'
/** The grid's scale, as client/features/programme/grid-layout.ts draws it. */
const PX_PER_MINUTE = 1.6

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })
const run = promisify(execFile)

const connected = (page: Page) =>
  page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
const block = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id="${id}"]`)
const editor = (page: Page) => page.getByTestId('session-editor')
const field = (page: Page, name: string) => editor(page).getByTestId(`session-${name}`)
const dayTab = (page: Page, day: string) => page.locator(`[data-testid=day-tab][data-day="${day}"]`)
const roomHeads = (page: Page) => page.getByTestId('room-head').allTextContents()
/** Which of `names` each grid column's head shows, left to right, as indexes into `names`. */
const order = async (page: Page, names: readonly string[]) =>
  (await roomHeads(page)).map((head) => names.findIndex((name) => head.includes(name)))
const listedRooms = (page: Page) =>
  page
    .getByTestId('room-card')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-room-id') ?? ''))
const speakerIds = (page: Page) =>
  editor(page)
    .locator('[data-testid=role-speaker] [data-testid=session-person]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-person-id')))
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'))

/** Opens one of the edition's tabs from the tab bar. */
async function goTo(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`view-${tab}`).click()
  await page.getByTestId(tab === 'programme' ? 'programme' : `${tab}-view`).waitFor(WAIT)
}

/** Adds a room on the rooms tab with its names, in `venueId`; returns its id. */
async function addRoom(page: Page, venueId: string, fr: string, ja: string): Promise<string> {
  const before = await listedRooms(page)
  await page.getByTestId('add-room').click()
  await expect.poll(async () => (await listedRooms(page)).length, WAIT).toBe(before.length + 1)
  const id = (await listedRooms(page)).find((each) => !before.includes(each))
  if (!id) throw new Error('the new room has no id')
  await expect.poll(() => focusedTestId(page), WAIT).toBe(`room-${id}-name-fr`)
  await page.keyboard.type(fr)
  await page.getByTestId(`room-${id}-name-ja`).pressSequentially(ja)
  await page.getByTestId(`room-${id}-venue`).selectOption(venueId)
  return id
}

/** The id of the session the editor shows, once it is open. */
async function openedSession(page: Page): Promise<string> {
  await editor(page).waitFor(WAIT)
  const id = await editor(page).getAttribute('data-session-id')
  if (!id) throw new Error('the editor names no session')
  return id
}

/** Creates a session with the day's '+ Séance' button; returns its id, its editor open. */
async function addWithButton(page: Page): Promise<string> {
  await page.getByTestId('add-session').click()
  return openedSession(page)
}

/** Draws a session over `roomId`'s column from `from` to `to`; returns its id, its editor open. */
async function drawIn(page: Page, roomId: string, from: string, to: string): Promise<string> {
  const column = page.locator(`[data-testid=room-column][data-room-id="${roomId}"]`)
  await column.scrollIntoViewIfNeeded()
  const box = await column.boundingBox()
  if (!box) throw new Error(`no column for ${roomId}`)
  const rangeStart = Number(await column.getAttribute('data-range-start'))
  const y = (clock: string) => {
    const [hours, minutes] = clock.split(':').map(Number) as [number, number]
    return box.y + (hours * 60 + minutes - rangeStart) * PX_PER_MINUTE
  }
  const x = box.x + box.width / 2
  await page.mouse.move(x, y(from))
  await page.mouse.down()
  await page.mouse.move(x, (y(from) + y(to)) / 2, { steps: 4 })
  await page.mouse.move(x, y(to), { steps: 4 })
  await page.mouse.up()
  return openedSession(page)
}

/** Sets, in the open editor, what a committee member chooses for a session. */
async function describeSession(
  page: Page,
  session: { kind: string; titleFr: string; start?: string; minutes?: number; room?: string },
): Promise<void> {
  await field(page, 'kind').selectOption(session.kind)
  if (session.room) await field(page, 'room').selectOption(session.room)
  if (session.start) await field(page, 'start').selectOption(session.start)
  if (session.minutes) {
    await field(page, 'duration').fill(String(session.minutes))
    await field(page, 'duration').press('Tab')
  }
  await field(page, 'title-fr').click()
  await field(page, 'title-fr').pressSequentially(session.titleFr)
}

async function closeEditor(page: Page): Promise<void> {
  await page.getByTestId('close-editor').click()
  await expect.poll(() => editor(page).count(), WAIT).toBe(0)
}

/** Creates a speaker from the open editor's picker, with a collectivité created on the spot. */
async function createSpeaker(
  page: Page,
  person: { fr: string; ja: string; roleFr: string; roleJa: string },
  collectivite: { fr: string; ja: string; country: 'FR' | 'JP'; kind: string },
): Promise<void> {
  const picker = editor(page).getByTestId('add-speaker')
  await picker.pressSequentially(person.fr)
  await editor(page).getByTestId('person-option-create').waitFor(WAIT)
  await picker.press('ArrowUp')
  await picker.press('Enter')
  const form = editor(page).getByTestId('new-person-form')
  await form.getByTestId('new-person-name-fr').fill(person.fr)
  await form.getByTestId('new-person-name-ja').fill(person.ja)
  await form.getByTestId('new-person-role-fr').fill(person.roleFr)
  await form.getByTestId('new-person-role-ja').fill(person.roleJa)
  await form.getByTestId('new-person-collectivite').selectOption(':new')
  await form.getByTestId('new-collectivite-name-fr').fill(collectivite.fr)
  await form.getByTestId('new-collectivite-name-ja').fill(collectivite.ja)
  await form.getByTestId('new-collectivite-country').selectOption(collectivite.country)
  await form.getByTestId('new-collectivite-kind').selectOption(collectivite.kind)
  await form.getByTestId('new-person-submit').click()
  await expect.poll(() => form.count(), WAIT).toBe(0)
}

/** Whether the block of `id` spans every room column, from the first's left to the last's right. */
async function spansAllColumns(page: Page, id: string): Promise<boolean> {
  const columns = page.getByTestId('room-column')
  const first = await columns.first().boundingBox()
  const last = await columns.last().boundingBox()
  const drawn = await block(page, id).boundingBox()
  if (!first || !last || !drawn) return false
  return (
    Math.abs(drawn.x - first.x) < 6 && Math.abs(drawn.x + drawn.width - (last.x + last.width)) < 6
  )
}

const ROOMS = [
  { fr: 'Grand auditorium', ja: '大講堂' },
  { fr: 'Salle Loire', ja: 'ロワールの間' },
  { fr: 'Salle Erdre', ja: 'エルドルの間' },
] as const
const FR_ROOMS = ROOMS.map((room) => room.fr)
const JA_ROOMS = ROOMS.map((room) => room.ja)

const TITLES = {
  opening: { fr: 'Séance plénière d’ouverture', ja: '開会全体会議' },
  lunch: { fr: 'Déjeuner', ja: '昼食' },
  workshops: [
    { fr: 'Atelier 1 : mobilités douces', ja: '第1分科会：持続可能な交通' },
    { fr: 'Atelier 2 : jeunesse et échanges', ja: '第2分科会：青少年交流' },
    { fr: 'Atelier 3 : culture et tourisme', ja: '第3分科会：文化と観光' },
  ],
  visit: { fr: 'Visite du port de Saint-Nazaire', ja: 'サン・ナゼール港視察' },
  later: { fr: 'Réception à l’hôtel de ville', ja: '市庁舎でのレセプション' },
} as const

const SPEAKERS = {
  fr: {
    fr: 'Hélène Morvan',
    ja: 'エレーヌ・モルヴァン',
    roleFr: 'Maire adjointe',
    roleJa: '副市長',
  },
  ja: { fr: 'Takeshi Hoshino', ja: '星野武', roleFr: 'Maire', roleJa: '市長' },
} as const

describe('building a whole programme from a blank edition', () => {
  it('is done by a French and a Japanese member together, kept, published and exported', async () => {
    // 1. Claire, in Paris, creates the 9th Rencontres at Nantes from the list of editions, copying nothing.
    const paris = await suite.openPage('/', { locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await paris.getByTestId('edition-item').first().waitFor(WAIT)
    const form = paris.getByTestId('create-edition')
    await form.locator('summary').click()
    for (const [name, value] of Object.entries({
      number: '9',
      titleFr: '9es Rencontres franco-japonaises de la coopération décentralisée',
      titleJa: '第9回日仏自治体交流会議',
      cityFr: 'Nantes',
      cityJa: 'ナント市',
      startDate: '2026-10-05',
      endDate: '2026-10-07',
    })) {
      await form.locator(`input[name=${name}]`).fill(value)
    }
    await form.locator('select[name=country]').selectOption('FR')
    await expect(form.getByTestId('create-edition-time-zone').inputValue()).resolves.toBe(
      'Europe/Paris',
    )
    await expect(form.getByTestId('create-edition-copy-from').inputValue()).resolves.toBe('')
    await form.locator('button[type=submit]').click()
    await paris.waitForURL(new RegExp(`/editions/${EDITION}$`), WAIT)
    await connected(paris)
    await dayTab(paris, DAY).waitFor(WAIT)
    await expect(paris.getByTestId('day-tab').count()).resolves.toBe(3)
    await expect(paris.getByTestId('session').count()).resolves.toBe(0)
    await expect(paris.getByTestId('tray-item').count()).resolves.toBe(0)
    await expect(paris.getByTestId('room-head').count()).resolves.toBe(0)

    // 2. Aiko, in Tokyo, is invited as an editor of the new edition and opens it.
    const cookie = await suite.inviteMember(EDITION, {
      role: 'editor',
      name: 'Aiko Tanaka',
      committee: 'jp',
    })
    const tokyo = await suite.openPage(`/editions/${EDITION}/rooms`, {
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      cookie,
    })
    await connected(tokyo)
    await tokyo.getByTestId('rooms-view').waitFor(WAIT)
    await expect(tokyo.getByTestId('room-card').count()).resolves.toBe(0)

    // 3. Claire adds the congress centre and its three rooms; Aiko sees each arrive.
    await goTo(paris, 'rooms')
    await paris.getByTestId('add-venue').click()
    const venueCard = paris.getByTestId('venue-card')
    await expect.poll(() => venueCard.count(), WAIT).toBe(1)
    const venueId = (await venueCard.first().getAttribute('data-venue-id')) ?? ''
    expect(venueId).not.toBe('')
    await paris.keyboard.type('Cité des congrès de Nantes')
    await paris.getByTestId(`venue-${venueId}-name-ja`).pressSequentially('ナント国際会議場')
    await paris
      .getByTestId(`venue-${venueId}-address-fr`)
      .pressSequentially('5 rue de Valmy, 44000 Nantes')
    const roomIds: string[] = []
    for (const room of ROOMS) roomIds.push(await addRoom(paris, venueId, room.fr, room.ja))
    const [auditorium = '', loire = '', erdre = ''] = roomIds
    await paris.getByTestId(`room-${auditorium}-booths`).check()
    await paris.getByTestId(`room-${auditorium}-capacity`).fill('300')
    await paris.getByTestId(`room-${auditorium}-capacity`).press('Tab')
    await expect.poll(() => listedRooms(tokyo), WAIT).toEqual(roomIds)
    await expect
      .poll(() => tokyo.getByTestId(`venue-${venueId}-name-fr`).inputValue(), WAIT)
      .toBe('Cité des congrès de Nantes')
    await expect
      .poll(() => tokyo.getByTestId(`venue-${venueId}-address-fr`).inputValue(), WAIT)
      .toBe('5 rue de Valmy, 44000 Nantes')
    await expect
      .poll(() => tokyo.getByTestId(`room-${erdre}-name-ja`).inputValue(), WAIT)
      .toBe('エルドルの間')
    await expect
      .poll(() => tokyo.getByTestId(`room-${auditorium}-capacity`).inputValue(), WAIT)
      .toBe('300')
    await expect(tokyo.getByTestId(`room-${auditorium}-booths`).isChecked()).resolves.toBe(true)
    await expect(tokyo.getByTestId(`room-${loire}-venue`).inputValue()).resolves.toBe(venueId)

    // 4. On the programme: the opening plenary and the lunch across all rooms, with '+ Séance'.
    await goTo(paris, 'programme')
    await goTo(tokyo, 'programme')
    await expect.poll(() => roomHeads(tokyo), WAIT).toHaveLength(3)
    const opening = await addWithButton(paris)
    await describeSession(paris, {
      kind: 'plenary',
      titleFr: TITLES.opening.fr,
      room: ':all',
      start: '09:00',
      minutes: 60,
    })
    await field(paris, 'interpretation').selectOption('simultaneous')
    await closeEditor(paris)
    await expect.poll(() => block(tokyo, opening).getAttribute('data-room-ids'), WAIT).toBe('*')
    // Aiko types the plenary's Japanese title herself.
    await block(tokyo, opening).click()
    await field(tokyo, 'title-ja').click()
    await field(tokyo, 'title-ja').pressSequentially(TITLES.opening.ja)
    await closeEditor(tokyo)
    await expect
      .poll(() => block(paris, opening).getAttribute('title'), WAIT)
      .toContain(TITLES.opening.fr)

    const lunch = await addWithButton(paris)
    await describeSession(paris, {
      kind: 'break',
      titleFr: TITLES.lunch.fr,
      room: ':all',
      start: '12:30',
      minutes: 90,
    })
    await field(paris, 'title-ja').click()
    await field(paris, 'title-ja').pressSequentially(TITLES.lunch.ja)
    await closeEditor(paris)
    await expect.poll(() => block(tokyo, lunch).getAttribute('data-room-ids'), WAIT).toBe('*')

    // Three parallel workshops, 10:30–12:00: the first drawn on its column, the others by button.
    const workshops: string[] = []
    for (const [index, roomId] of roomIds.entries()) {
      const title = TITLES.workshops[index]
      if (!title) throw new Error('no title for this workshop')
      const id =
        index === 0 ? await drawIn(paris, roomId, '10:30', '12:00') : await addWithButton(paris)
      await describeSession(paris, {
        kind: 'workshop',
        titleFr: title.fr,
        room: roomId,
        start: '10:30',
        minutes: 90,
      })
      await field(paris, 'title-ja').click()
      await field(paris, 'title-ja').pressSequentially(title.ja)
      await closeEditor(paris)
      workshops.push(id)
      await expect.poll(() => block(tokyo, id).getAttribute('data-room-ids'), WAIT).toBe(roomId)
      await expect.poll(() => block(tokyo, id).textContent(), WAIT).toContain('10:30–12:00')
    }
    const [workshop1 = '', workshop2 = ''] = workshops

    // The site visit waits without a slot first, then goes to the second day, in the Loire room.
    const visit = await addWithButton(paris)
    await describeSession(paris, { kind: 'site_visit', titleFr: TITLES.visit.fr })
    await field(paris, 'title-ja').click()
    await field(paris, 'title-ja').pressSequentially(TITLES.visit.ja)
    await field(paris, 'day').selectOption('')
    await tokyo.locator(`[data-testid=tray-item][data-session-id="${visit}"]`).waitFor(WAIT)
    await field(paris, 'day').selectOption(VISIT_DAY)
    await field(paris, 'room').selectOption(loire)
    await field(paris, 'start').selectOption('14:00')
    await field(paris, 'duration').fill('180')
    await field(paris, 'duration').press('Tab')
    await closeEditor(paris)
    await dayTab(tokyo, VISIT_DAY).click()
    await expect.poll(() => block(tokyo, visit).textContent(), WAIT).toContain('14:00–17:00')
    await expect(block(tokyo, visit).getAttribute('data-room-ids')).resolves.toBe(loire)
    await dayTab(tokyo, DAY).click()

    // 5. Speakers of the first workshop, each from a collectivité created on the spot.
    await block(paris, workshop1).click()
    await editor(paris).waitFor(WAIT)
    await createSpeaker(paris, SPEAKERS.fr, {
      fr: 'Ville de Nantes',
      ja: 'ナント市',
      country: 'FR',
      kind: 'commune',
    })
    await block(tokyo, workshop1).click()
    await editor(tokyo).waitFor(WAIT)
    await expect.poll(async () => (await speakerIds(tokyo)).length, WAIT).toBe(1)
    await createSpeaker(tokyo, SPEAKERS.ja, {
      fr: 'Ville de Niigata',
      ja: '新潟市',
      country: 'JP',
      kind: 'city',
    })
    await expect.poll(async () => (await speakerIds(paris)).length, WAIT).toBe(2)
    const speakersOf1 = await speakerIds(paris)
    const people = editor(paris).getByTestId('role-speaker')
    await expect(people.textContent()).resolves.toContain('Hélène Morvan')
    await expect(people.textContent()).resolves.toContain('Ville de Nantes')
    await expect(people.textContent()).resolves.toContain('Takeshi Hoshino')
    await expect(people.textContent()).resolves.toMatch(/Niigata|新潟市/)
    // The workshop is interpreted consecutively; Aiko sees it on her side.
    await field(paris, 'interpretation').selectOption('consecutive')
    await expect.poll(() => field(tokyo, 'interpretation').inputValue(), WAIT).toBe('consecutive')
    await closeEditor(paris)
    await closeEditor(tokyo)

    // 6. Claire deletes the first workshop (she is asked first); Undo brings it back for both.
    await block(paris, workshop1).click()
    await editor(paris).getByTestId('delete-session').click()
    await expect(block(tokyo, workshop1).count()).resolves.toBe(1)
    await editor(paris).getByTestId('confirm-delete-session').click()
    await expect.poll(() => block(tokyo, workshop1).count(), WAIT).toBe(0)
    await expect(block(paris, workshop1).count()).resolves.toBe(0)
    await paris.getByTestId('deleted-notice').getByTestId('undo-delete').click()
    await block(paris, workshop1).waitFor(WAIT)
    await block(tokyo, workshop1).waitFor(WAIT)
    await block(tokyo, workshop1).click()
    await expect
      .poll(() => field(tokyo, 'title-ja').inputValue(), WAIT)
      .toBe(TITLES.workshops[0].ja)
    await expect(field(tokyo, 'title-fr').inputValue()).resolves.toBe(TITLES.workshops[0].fr)
    await expect(speakerIds(tokyo)).resolves.toEqual(speakersOf1)
    await closeEditor(tokyo)
    await expect.poll(() => block(paris, workshop1).textContent(), WAIT).toContain('10:30–12:00')

    // 7. Aiko moves the Erdre room one column left: both grids show the new order.
    await expect(order(paris, FR_ROOMS)).resolves.toEqual([0, 1, 2])
    await goTo(tokyo, 'rooms')
    await tokyo.getByTestId(`room-${erdre}-move-earlier`).click()
    await expect.poll(() => listedRooms(tokyo), WAIT).toEqual([auditorium, erdre, loire])
    await goTo(tokyo, 'programme')
    await expect.poll(() => order(paris, FR_ROOMS), WAIT).toEqual([0, 2, 1])
    await expect.poll(() => order(tokyo, JA_ROOMS), WAIT).toEqual([0, 2, 1])

    // One more session with no slot yet waits in the tray, for the screenshot.
    const later = await addWithButton(paris)
    await describeSession(paris, { kind: 'reception', titleFr: TITLES.later.fr })
    await field(paris, 'day').selectOption('')
    await closeEditor(paris)
    await tokyo.locator(`[data-testid=tray-item][data-session-id="${later}"]`).waitFor(WAIT)

    // 8. Both reload: rooms, sessions, the spanning ones across every column, and speakers stay.
    for (const page of [paris, tokyo]) {
      await page.reload()
      await connected(page)
      await page.getByTestId('programme').waitFor(WAIT)
      await block(page, opening).waitFor(WAIT)
      await expect.poll(() => page.getByTestId('room-head').count(), WAIT).toBe(3)
      for (const id of [opening, lunch, ...workshops]) {
        await expect(block(page, id).count()).resolves.toBe(1)
      }
      for (const id of [opening, lunch]) {
        await expect.poll(() => spansAllColumns(page, id), WAIT).toBe(true)
      }
      await expect(
        page.locator(`[data-testid=tray-item][data-session-id="${later}"]`).count(),
      ).resolves.toBe(1)
    }
    await expect(order(tokyo, JA_ROOMS)).resolves.toEqual([0, 2, 1])
    await block(tokyo, workshop1).click()
    await expect.poll(() => speakerIds(tokyo), WAIT).toEqual(speakersOf1)
    await expect(field(tokyo, 'interpretation').inputValue()).resolves.toBe('consecutive')
    await closeEditor(tokyo)
    await block(paris, workshop2).click()
    await expect
      .poll(() => field(paris, 'title-fr').inputValue(), WAIT)
      .toBe(TITLES.workshops[1].fr)
    await closeEditor(paris)

    // 9. Screenshots of the built grid in both languages, of the tray and of the people pages.
    for (const page of [paris, tokyo]) await page.evaluate(() => window.scrollTo(0, 0))
    await paris.screenshot({ path: join(SCREENSHOTS, 'built-programme-fr.png'), fullPage: true })
    await tokyo.screenshot({ path: join(SCREENSHOTS, 'built-programme-ja.png'), fullPage: true })
    // The visit day: the site visit on the grid, the reception still waiting in the tray.
    await dayTab(paris, VISIT_DAY).click()
    await block(paris, visit).waitFor(WAIT)
    await expect(paris.getByTestId('tray-item').count()).resolves.toBe(1)
    await paris.screenshot({ path: join(SCREENSHOTS, 'built-tray-fr.png'), fullPage: true })
    await goTo(paris, 'people')
    await goTo(tokyo, 'people')
    await expect.poll(() => paris.getByTestId('person-card').count(), WAIT).toBe(2)
    await expect.poll(() => tokyo.getByTestId('person-card').count(), WAIT).toBe(2)
    await expect(tokyo.getByTestId('people-view').textContent()).resolves.toContain('星野武')
    await paris.screenshot({ path: join(SCREENSHOTS, 'built-people-fr.png'), fullPage: true })
    await tokyo.screenshot({ path: join(SCREENSHOTS, 'built-people-ja.png'), fullPage: true })

    // 10. Claire saves the programme as a version and publishes it.
    const name = 'Programme présenté au comité'
    await goTo(paris, 'versions')
    await paris.getByTestId('version-name').fill(name)
    await paris.getByTestId('save-version').click()
    const saved = paris.locator('[data-testid=version]').filter({
      has: paris.getByTestId('version-title').getByText(name, { exact: true }),
    })
    await saved.waitFor(WAIT)
    await saved.getByTestId('publish-version').click()
    await saved.getByTestId('confirm-publish-version').click()
    await expect
      .poll(() => saved.getByTestId('version-published').textContent(), WAIT)
      .toBe('Publiée')

    // The published PDF and frab JSON hold the titles, the rooms and the speakers.
    const exportUrl = (file: string) => `${suite.server.url}/api/editions/${EDITION}/export/${file}`
    const pdf = await ownerFetch(exportUrl('programme.pdf'))
    expect(pdf.status).toBe(200)
    const dir = await mkdtemp(join(tmpdir(), 'kaigi-built-'))
    try {
      const file = join(dir, 'programme.pdf')
      await writeFile(file, Buffer.from(await pdf.arrayBuffer()))
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'])
      // pdftotext may break a line anywhere: compare without the breaks and spaces.
      const text = stdout.replace(/\s+/g, '')
      const words = [
        TITLES.opening.fr,
        TITLES.opening.ja,
        TITLES.lunch.fr,
        ...TITLES.workshops.flatMap((title) => [title.fr, title.ja]),
        TITLES.visit.fr,
        TITLES.visit.ja,
        ...ROOMS.map((room) => room.fr),
        SPEAKERS.fr.fr,
        SPEAKERS.ja.fr,
      ]
      for (const word of words) expect(text, word).toContain(word.replace(/\s+/g, ''))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    const frab = await ownerFetch(exportUrl('schedule.json'))
    expect(frab.status).toBe(200)
    const schedule = JSON.stringify(await frab.json())
    for (const word of [
      TITLES.opening.fr,
      ...TITLES.workshops.map((title) => title.fr),
      TITLES.visit.fr,
      ...ROOMS.map((room) => room.fr),
      SPEAKERS.fr.fr,
      SPEAKERS.ja.fr,
    ]) {
      expect(schedule, word).toContain(word)
    }
    // The reception without a slot is in neither file.
    expect(schedule).not.toContain(TITLES.later.fr)
  }, 300_000)
})
