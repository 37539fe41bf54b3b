/**
 * What every export says of layout 2's sessions, each file read back as its
 * reader would: a session across all rooms, one in two rooms, the four
 * roles, the two kinds of interpretation, and an unplaced session in none.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../../../server/exports/docx'
import { renderFrabJson, renderFrabXml } from '../../../server/exports/frab'
import { renderHtml } from '../../../server/exports/html'
import { renderIcs, sessionUid } from '../../../server/exports/ics'
import { fileWords } from '../../../server/exports/labels'
import { renderPdf } from '../../../server/exports/pdf'
import type { ProgrammeView, SessionView } from '../../../server/exports/programme-view'
import { renderSessionsCsv } from '../../../server/exports/sessions-csv'
import { Lang } from '../../../shared/doc/edition'
import { ExportLang } from '../../../shared/exports'
import { LAYOUT_TWO, layoutTwoProgrammeView } from '../../helpers/programme-view'

const run = promisify(execFile)
const fr = fileWords(Lang.French)
const ja = fileWords(Lang.Japanese)

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kaigi-every-file-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const view = layoutTwoProgrammeView()
const sessionOf = (id: string): SessionView => {
  const session = view.days.flatMap((day) => day.sessions).find((s) => s.id === id)
  if (!session) throw new Error(`no session ${id} in the programme`)
  return session
}

/** The PDF's text, by pdftotext, in reading order (the layout would break a long line). */
async function pdfText(programme: ProgrammeView, lang: ExportLang): Promise<string> {
  const file = join(dir, `programme-${lang}.pdf`)
  await writeFile(file, await renderPdf(programme, { lang }))
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'])
  // Lines that pdfkit wrapped within a column are joined again.
  return stdout.replace(/\s*\n\s*/g, ' ')
}

const docxText = async (lang: ExportLang): Promise<string> =>
  (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(view, { lang })) })).value

/** The page's text with its elements removed and entities decoded. */
const htmlText = async (lang: ExportLang): Promise<string> =>
  (await renderHtml(view, { lang }))
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')

const csvRows = async () =>
  parse(await renderSessionsCsv(view), { bom: true, columns: true }) as Array<
    Record<string, string>
  >

function icsEvent(text: string, id: string): ICAL.Event | undefined {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .find((event) => event.uid === sessionUid(view.editionId, id))
}

interface FrabJsonEvent {
  guid: string
  room: string
  title: string
  description: string
  persons: { name: string }[]
}

function frabEvents(json: string) {
  const { conference } = (
    JSON.parse(json) as {
      schedule: {
        conference: {
          rooms: { name: string }[]
          days: { rooms: Record<string, FrabJsonEvent[]> }[]
        }
      }
    }
  ).schedule
  const events = conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([room, list]) => list.map((event) => ({ room, event }))),
  )
  return { rooms: conference.rooms.map((room) => room.name), events }
}

const TWO_ROOMS = { fr: 'Salle de réunion 1 · Salle de réunion 2', ja: '第1会議室 · 第2会議室' }
const PEOPLE = {
  fr: ['Antoine Girard', 'Claire Dubois', 'Kenta Sugiyama', 'Shō Masuda'],
  ja: ['アントワーヌ・ジラール', 'クレール・デュボワ', '杉山 健太', '増田 翔'],
}
const UNPLACED = ['Séance encore à placer', '日時未定のセッション', LAYOUT_TWO.unplaced]

/** Each of `expected` in `text`, in that order. */
function expectInOrder(text: string, expected: readonly string[]): void {
  let from = 0
  for (const part of expected) {
    const at = text.indexOf(part, from)
    expect(at, `${part} after position ${from}`).toBeGreaterThanOrEqual(0)
    from = at + part.length
  }
}

describe('the programme read from layout 2', () => {
  it('gives a session in two rooms both of them, in grid order, and one across all rooms "all rooms"', () => {
    expect(sessionOf(LAYOUT_TWO.twoRooms).rooms.map((room) => room.id)).toEqual([
      'room-meeting-1',
      'room-meeting-2',
    ])
    expect(sessionOf(LAYOUT_TWO.allRooms).allRooms).toBe(true)
    expect(view.days.flatMap((day) => day.sessions).map((s) => s.id)).not.toContain(
      LAYOUT_TWO.unplaced,
    )
  })
})

describe('every export file', () => {
  it('the PDF: the rooms, the four roles in order, both kinds of interpretation, nothing unplaced', async () => {
    for (const [lang, words, texts] of [
      [ExportLang.French, fr, 'fr'],
      [ExportLang.Japanese, ja, 'ja'],
    ] as const) {
      const content = await pdfText(view, lang)
      expect(content).toContain(words.allRooms)
      expect(content).toContain(TWO_ROOMS[texts])
      const label = (text: string) => (lang === ExportLang.French ? text.toUpperCase() : text)
      expectInOrder(content, [
        sessionOf(LAYOUT_TWO.twoRooms).title[texts],
        label(words.roles.moderator),
        PEOPLE[texts][0] as string,
        label(words.roles.speaker),
        PEOPLE[texts][1] as string,
        label(words.roles.rapporteur),
        PEOPLE[texts][2] as string,
        label(words.roles.witness),
        PEOPLE[texts][3] as string,
        words.interpretation.consecutive,
      ])
      expect(content).toContain(words.interpretation.simultaneous)
      for (const absent of UNPLACED) expect(content).not.toContain(absent)
    }
  })

  it('the Word file: the same, in French and Japanese side by side', async () => {
    const text = await docxText(ExportLang.Both)
    for (const lang of ['fr', 'ja'] as const) {
      const words = fileWords(lang)
      expect(text).toContain(`${words.allRooms}\n`)
      expect(text).toContain(TWO_ROOMS[lang])
      expectInOrder(text, [
        sessionOf(LAYOUT_TWO.twoRooms).title[lang],
        words.roles.moderator,
        PEOPLE[lang][0] as string,
        words.roles.speaker,
        PEOPLE[lang][1] as string,
        words.roles.rapporteur,
        PEOPLE[lang][2] as string,
        words.roles.witness,
        PEOPLE[lang][3] as string,
        words.interpretation.consecutive,
      ])
      expect(text).toContain(words.interpretation.simultaneous)
    }
    for (const absent of UNPLACED) expect(text).not.toContain(absent)
  })

  it('the web page: the same, each language in its block', async () => {
    const text = await htmlText(ExportLang.Both)
    for (const lang of ['fr', 'ja'] as const) {
      const words = fileWords(lang)
      expect(text).toContain(`\n${words.allRooms}\n`)
      expect(text).toContain(`\n${TWO_ROOMS[lang]}\n`)
      expectInOrder(text, [
        sessionOf(LAYOUT_TWO.twoRooms).title[lang],
        `\n${words.roles.moderator}\n`,
        PEOPLE[lang][0] as string,
        `\n${words.roles.speaker}\n`,
        PEOPLE[lang][1] as string,
        `\n${words.roles.rapporteur}\n`,
        PEOPLE[lang][2] as string,
        `\n${words.roles.witness}\n`,
        PEOPLE[lang][3] as string,
        `\n${words.interpretation.consecutive}\n`,
      ])
      expect(text).toContain(`\n${words.interpretation.simultaneous}\n`)
    }
    for (const absent of UNPLACED) expect(text).not.toContain(absent)
    // The English words are the catalogue's too.
    expect(fileWords(Lang.English).allRooms).toBe('All rooms')
  })

  it('the calendar: the first room as the place, every room and role in the description', async () => {
    const text = await renderIcs(view, { lang: ExportLang.Both })
    const twoRooms = icsEvent(text, LAYOUT_TWO.twoRooms)
    expect(twoRooms?.location).toContain('Salle de réunion 1')
    expect(twoRooms?.location).toContain('第1会議室')
    expect(twoRooms?.location).not.toContain('Salle de réunion 2')
    const description = twoRooms?.description ?? ''
    expect(description).toContain(`${fr.room} : ${TWO_ROOMS.fr}`)
    expect(description).toContain(`${ja.room}：${TWO_ROOMS.ja}`)
    expectInOrder(description, [
      `${fr.roles.moderator} : Antoine Girard`,
      `${fr.roles.speaker} : Claire Dubois`,
      `${fr.roles.rapporteur} : Kenta Sugiyama`,
      `${fr.roles.witness} : Shō Masuda`,
      fr.interpretation.consecutive,
      `${ja.roles.moderator}：アントワーヌ・ジラール`,
      `${ja.roles.witness}：増田 翔`,
      ja.interpretation.consecutive,
    ])
    const lunch = icsEvent(text, LAYOUT_TWO.allRooms)
    expect(lunch?.location).toContain(sessionOf(LAYOUT_TWO.allRooms).rooms[0]?.name.fr)
    expect(lunch?.description).toContain(fr.allRooms)
    expect(lunch?.description).toContain(ja.allRooms)
    expect(icsEvent(text, 's-opening-ceremony')?.description).toContain(
      fr.interpretation.simultaneous,
    )
    expect(icsEvent(text, LAYOUT_TWO.unplaced)).toBeUndefined()
    for (const absent of UNPLACED) expect(text).not.toContain(absent)
  })

  it('the frab files: a spanning session once, in its first room; everyone, in role order', async () => {
    const json = await renderFrabJson(view, { lang: ExportLang.French })
    const { rooms, events } = frabEvents(json)
    expect(rooms).toEqual(view.rooms.map((room) => room.name.fr))
    const twoRooms = events.filter(
      ({ event }) => event.title === sessionOf(LAYOUT_TWO.twoRooms).title.fr,
    )
    expect(twoRooms).toHaveLength(1)
    expect(twoRooms[0]?.room).toBe('Salle de réunion 1')
    expect(twoRooms[0]?.event.room).toBe('Salle de réunion 1')
    expect(twoRooms[0]?.event.persons.map((person) => person.name)).toEqual(PEOPLE.fr)
    expect(twoRooms[0]?.event.description).toContain(fr.roles.rapporteur)
    expect(twoRooms[0]?.event.description).toContain(fr.interpretation.consecutive)
    const lunch = events.filter(({ event }) => event.title === 'Déjeuner')
    expect(lunch.map(({ room }) => room)).toEqual([view.rooms[0]?.name.fr])
    expect(events).toHaveLength(view.days.flatMap((day) => day.sessions).length)
    const xml = await renderFrabXml(view, { lang: ExportLang.French })
    for (const absent of UNPLACED) {
      expect(json).not.toContain(absent)
      expect(xml).not.toContain(absent)
    }
  })

  it('sessions.csv: the room text, the kind of interpretation, rapporteurs and witnesses at the end', async () => {
    const rows = await csvRows()
    const header = Object.keys(rows[0] ?? {})
    expect(header.slice(-4)).toEqual([
      'rapporteurs_fr',
      'rapporteurs_ja',
      'witnesses_fr',
      'witnesses_ja',
    ])
    const row = (id: string) => rows.find((r) => r.id === id)
    expect(row(LAYOUT_TWO.twoRooms)).toMatchObject({
      room_fr: TWO_ROOMS.fr,
      room_ja: TWO_ROOMS.ja,
      moderators_fr: 'Antoine Girard',
      speakers_ja: 'クレール・デュボワ',
      rapporteurs_fr: 'Kenta Sugiyama',
      rapporteurs_ja: '杉山 健太',
      witnesses_fr: 'Shō Masuda',
      witnesses_ja: '増田 翔',
      interpretation: 'consecutive',
    })
    expect(row(LAYOUT_TWO.allRooms)).toMatchObject({
      room_fr: fr.allRooms,
      room_ja: ja.allRooms,
      interpretation: 'none',
    })
    expect(row('s-opening-ceremony')?.interpretation).toBe('simultaneous')
    expect(row(LAYOUT_TWO.unplaced)).toBeUndefined()
    expect(rows).toHaveLength(view.days.flatMap((day) => day.sessions).length)
  })
})
