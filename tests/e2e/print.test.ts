/**
 * The programme grid printed by Chromium (`page.pdf`, what Ctrl+P makes):
 * every day on a landscape page of its own, every room named on each page,
 * none of the app around it. Read back with pdftotext and pdfinfo, and
 * rendered with pdftoppm for a person to look at.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../server/editions/demo'
import {
  createProposal,
  createRoom,
  createSession,
  deleteRoom,
  editionDays,
  isPlaced,
  readEdition,
} from '../../shared/doc/edition'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const run = promisify(execFile)
const EDITION = 'print-four-rooms'

/** The demo edition (Shizuoka, four days) with its first four rooms only. */
function fourRooms(doc: Y.Doc): void {
  seedDemoEdition(doc)
  const rooms = readEdition(doc).value.rooms
  for (const room of rooms.slice(4)) deleteRoom(doc, room.id, null)
}

const MANY = 'print-fourteen-rooms'

/** The demo edition with nine more rooms, fourteen in all, long names among them. */
function fourteenRooms(doc: Y.Doc): void {
  seedDemoEdition(doc)
  for (let n = 1; n <= 9; n++) {
    createRoom(
      doc,
      { name: { fr: `Salle annexe ${n} du bâtiment Est`, ja: `東館別室${n}`, en: '' } },
      null,
    )
  }
}

const LISTS = 'print-lists'
const PROPOSALS = Array.from({ length: 12 }, (_, n) => ({
  fr: `Proposition d’atelier numéro ${n + 1} sur la mobilité des jeunes`,
  ja: `青少年交流に関する分科会提案 第${n + 1}号`,
}))
const DOUBLE_BOOKED = 'Atelier en double réservation'

/** The demo edition with twelve workshop proposals and a room booked twice. */
function withLists(doc: Y.Doc): void {
  seedDemoEdition(doc)
  for (const title of PROPOSALS) {
    createProposal(doc, { title, collectiviteNames: ['Ville de Tours'] }, null)
  }
  const [room] = readEdition(doc).value.rooms
  const booked = readEdition(doc).value.sessions.find(
    (session) => room && session.roomIds?.includes(room.id),
  )
  if (!room || !booked?.day || !booked.start) throw new Error('the demo has no session in a room')
  createSession(
    doc,
    {
      title: { fr: DOUBLE_BOOKED, ja: '二重予約の分科会', en: '' },
      day: booked.day,
      start: booked.start,
      durationMinutes: 60,
      roomIds: [room.id],
    },
    null,
  )
}

const suite = useBrowserSuite({
  seeds: [
    { id: LISTS, readOnly: false, fill: withLists },
    { id: EDITION, readOnly: false, fill: fourRooms },
    { id: MANY, readOnly: false, fill: fourteenRooms },
  ],
})

const seeded = (() => {
  const doc = new Y.Doc()
  fourRooms(doc)
  const edition = readEdition(doc).value
  doc.destroy()
  return edition
})()

let dir = ''
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** The grid of `locale`, printed as Ctrl+P prints it; the PDF's path. */
async function printGrid(locale: string, edition = EDITION): Promise<{ page: Page; file: string }> {
  dir ||= await mkdtemp(join(tmpdir(), 'kaigi-print-'))
  const page = await suite.openPage(`/editions/${edition}`, {
    locale,
    timezoneId: 'Europe/Paris',
  })
  await page.getByTestId('room-head').first().waitFor(WAIT)
  const file = join(dir, `grid-${edition}-${locale}.pdf`)
  // The page's own @page size, as the print dialog takes it.
  await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  return { page, file }
}

/** `text` without its spaces and line breaks: a wrapped name reads whole. */
const flat = (text: string): string => text.replace(/\s+/g, '')

/** The text of each page of `file`. */
async function pageTexts(file: string): Promise<string[]> {
  // In the order drawn, so that a name wrapped in its column reads on.
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])
  return stdout.split('\f').filter((text) => text.trim())
}

async function pageSizes(file: string): Promise<Array<{ width: number; height: number }>> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '99', file])
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }))
}

const DAY_HEADING: Record<string, RegExp> = {
  'fr-FR': /(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche) \d{1,2} \S+ \d{4}/g,
  'ja-JP': /\d{4}年\d{1,2}月\d{1,2}日\([月火水木金土日]\)/g,
}

describe('printing the programme grid', () => {
  it.each(['fr-FR', 'ja-JP'])(
    'prints each day of a four-room edition on a landscape page of its own, naming every room on each (%s)',
    async (locale) => {
      expect(seeded.rooms).toHaveLength(4)
      const { page, file } = await printGrid(locale)
      const lang = locale.slice(0, 2) as 'fr' | 'ja'
      const texts = await pageTexts(file)
      const days = editionDays(seeded).map((day) => day.id)
      expect(days.length).toBeGreaterThan(1)
      expect(texts.length).toBeGreaterThanOrEqual(days.length)

      const sizes = await pageSizes(file)
      expect(sizes).toHaveLength(texts.length)
      for (const size of sizes) expect(size.width).toBeGreaterThan(size.height)

      const headings = texts.map((text) =>
        [...text.matchAll(DAY_HEADING[locale] ?? /$^/g)].map((m) => m[0]),
      )
      for (const [index, text] of texts.entries()) {
        // Each room by its name in the page's language, on every page.
        for (const room of seeded.rooms) {
          expect(flat(text), `page ${index + 1}`).toContain(flat(room.name[lang]))
        }
        // One day a page: one heading, and never another day's.
        expect(new Set(headings[index]).size, `page ${index + 1}`).toBe(1)
        // None of the app around the grid.
        expect(text).not.toContain('Kaigi')
      }
      // Every day printed, in order.
      expect(new Set(headings.flat()).size).toBe(days.length)

      // The sessions' times and titles are there.
      const all = texts.join('\n')
      for (const session of seeded.sessions.filter((s) => isPlaced(s, seeded.rooms))) {
        expect(all).toContain(session.start ?? '')
        expect(flat(all)).toContain(flat(session.title[lang]))
      }

      const prefix = join(SCREENSHOTS, `print-grid-${lang}`)
      await run('pdftoppm', ['-png', '-r', '80', file, prefix])
      await page.close()
    },
  )

  it('fits fourteen rooms across each landscape page, none cut off', async () => {
    const { page, file } = await printGrid('fr-FR', MANY)
    const doc = new Y.Doc()
    fourteenRooms(doc)
    const { rooms } = readEdition(doc).value
    doc.destroy()
    expect(rooms).toHaveLength(14)
    const sizes = await pageSizes(file)
    // Each word's box, to tell a room name drawn on the page from one beyond its edge.
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'])
    const pages = stdout.split('<page ').slice(1)
    expect(pages).toHaveLength(sizes.length)
    for (const [index, markup] of pages.entries()) {
      const width = sizes[index]?.width ?? 0
      const words = [...markup.matchAll(/xMax="([\d.]+)"[^>]*>([^<]*)</g)]
      for (const [, xMax] of words) expect(Number(xMax)).toBeLessThanOrEqual(width)
    }
    const texts = await pageTexts(file)
    expect(texts).toHaveLength(sizes.length)
    for (const [index, text] of texts.entries()) {
      for (const room of rooms)
        expect(flat(text), `page ${index + 1}`).toContain(flat(room.name.fr))
    }
    await run('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(SCREENSHOTS, 'print-grid-14-rooms-fr'),
    ])
    await page.close()
  })

  it.each(['fr-FR', 'ja-JP'])(
    'prints the proposals and the conflicts without the app around them, no entry cut between pages (%s)',
    async (locale) => {
      dir ||= await mkdtemp(join(tmpdir(), 'kaigi-print-'))
      const lang = locale.slice(0, 2) as 'fr' | 'ja'
      for (const [view, expected] of [
        ['proposals', PROPOSALS.map((title) => title[lang])],
        ['conflicts', [lang === 'fr' ? DOUBLE_BOOKED : '二重予約の分科会']],
      ] as const) {
        const page = await suite.openPage(`/editions/${LISTS}/${view}`, {
          locale,
          timezoneId: 'Europe/Paris',
        })
        // The proposals' titles are in their text fields, the conflicts' in their links.
        await page
          .getByTestId(view === 'proposals' ? 'proposal-group' : 'conflict-link')
          .first()
          .waitFor(WAIT)
        const tabs = await page.locator('.view-tab').allTextContents()
        expect(tabs.length).toBeGreaterThan(3)
        const file = join(dir, `${view}-${lang}.pdf`)
        await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
        const texts = await pageTexts(file)
        const all = flat(texts.join('\n'))
        for (const title of expected) expect(all).toContain(flat(title))
        // One entry never split: each title whole on one page.
        for (const title of expected) {
          expect(texts.filter((text) => flat(text).includes(flat(title)))).toHaveLength(1)
        }
        // None of the app's chrome: its name, its row of tabs, its sign-out button.
        expect(all).not.toContain('Kaigi')
        expect(all).not.toContain(flat(tabs.join('')))
        expect(all).not.toContain(flat(lang === 'fr' ? 'Se déconnecter' : 'ログアウト'))
        await run('pdftoppm', [
          '-png',
          '-r',
          '70',
          '-f',
          '1',
          '-l',
          '2',
          file,
          join(SCREENSHOTS, `print-${view}-${lang}`),
        ])
        await page.close()
      }
    },
  )
})
