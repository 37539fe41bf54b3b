/**
 * Escaping in every file Kaigi writes, through the real server: the
 * edition's document is changed as the server changes it, the rows are
 * the database's, and each file is fetched from its HTTP route.
 *
 * - Every CSV (sessions.csv, registrations.csv, the directory's
 *   export.csv): a cell beginning with a formula prefix (= + - @, tab,
 *   carriage return) is written with a leading `'`, so that a spreadsheet
 *   reads it as text.
 * - The HTML page, the frab XML and the Word file: hostile titles
 *   (`<script>`, `&`, quotes, `]]>`, control characters, a formula) stay
 *   text, and each file still parses.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { create } from 'xmlbuilder2'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { updateSession } from '../../../shared/doc/edition'
import type { RegistrationFormLink } from '../../../shared/registrations'
import { apiRequest } from '../../helpers/api'
import { launchChromium } from '../../helpers/browser'
import { startServer, type TestServer } from '../../helpers/start-server'

const run = promisify(execFile)
const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`

/** A cell beginning with each prefix a spreadsheet runs as a formula. */
const FORMULAS = ['=1+1', '+1+1', '-1+1', '@SUM(1+1)', '\t=1+1', '\r=1+1'] as const
/** The demo's sessions that are given those titles, one each. */
const FORMULA_SESSIONS = [
  's-welcome-lunch',
  's-visit-mochimune',
  's-visit-tea',
  's-committees',
  's-opening-ceremony',
  's-opening-plenary',
] as const

/** Markup, entities, quotes, the end of a CDATA section and two control characters. */
const HOSTILE = `<script>alert("x")</script> Atelier "A&B" 'C' ]]> \u0001\u0008 fin`
/** What a file that cannot hold the controls keeps of HOSTILE: U+FFFD in their place. */
const HOSTILE_IN_XML = `<script>alert("x")</script> Atelier "A&B" 'C' ]]> \uFFFD\uFFFD fin`
const HOSTILE_JA = `<b>分科会</b> & 「'"」`
const HYPERLINK = '=HYPERLINK("https://evil.example","Cliquez")'

let server: TestServer

const owner = (path: string, init: { method?: string; body?: unknown } = {}) =>
  apiRequest(server.url, path, { ...init, cookie: server.ownerCookie, origin: server.url })

async function fetched(path: string): Promise<Response> {
  const response = await owner(path)
  expect(response.status, path).toBe(200)
  return response
}

/** A programme file of the live document, as its editors fetch it. */
const draft = (file: string) =>
  fetched(`/api/editions/${EDITION}/export/${file}?source=draft&lang=both`)

/** The file's text, its byte-order mark kept (`Response.text()` drops it). */
const textWithBom = async (response: Response): Promise<string> =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())

/** The CSV's rows, parsed as a spreadsheet would read the file (its BOM dropped). */
function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  return parse(text.slice(1), { relaxColumnCount: false }) as string[][]
}

/** The rows of `rows` whose column `key` (by heading) is `value`, then the cell `column`. */
function cell(rows: string[][], match: (row: string[]) => boolean, column: string): string[] {
  const [header, ...body] = rows
  const index = header?.indexOf(column) ?? -1
  expect(index, `column ${column}`).toBeGreaterThanOrEqual(0)
  return body.filter(match).map((row) => row[index] ?? '')
}

/** Fails unless xmllint (libxml2) reads `xml` as well-formed XML. */
async function wellFormed(xml: string, name: string): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kaigi-escaping-'))
  try {
    const file = join(folder, name)
    await writeFile(file, xml)
    await run('/usr/bin/xmllint', ['--noout', file])
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** The text of every element named `name` (with its namespace prefix) in `xml`. */
function textsOf(xml: string, name: string): string[] {
  const root = create(xml).root().node as unknown as Element
  return [...root.getElementsByTagName(name)].map((element) => element.textContent ?? '')
}

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
  await server.kaigi.registry.change(DOC, (doc) => {
    FORMULA_SESSIONS.forEach((id, i) => {
      const formula = FORMULAS[i] ?? ''
      updateSession(doc, id, { title: { fr: formula, ja: `${formula}分科会` } }, null)
    })
    updateSession(doc, 's-workshop-1', { title: { fr: HOSTILE, ja: HOSTILE_JA } }, null)
    updateSession(doc, 's-workshop-2', { title: { fr: HYPERLINK, ja: HYPERLINK } }, null)
  })
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

describe('every CSV Kaigi writes', () => {
  it('sessions.csv: a title beginning with = + - @, a tab or a carriage return gets a leading quote', async () => {
    const rows = csvRows(await textWithBom(await draft('sessions.csv')))
    FORMULA_SESSIONS.forEach((id, i) => {
      const byId = (row: string[]) => row[0] === id
      expect(cell(rows, byId, 'title_fr')).toEqual([`'${FORMULAS[i]}`])
      expect(cell(rows, byId, 'title_ja')).toEqual([`'${FORMULAS[i]}分科会`])
    })
    const hyperlink = (row: string[]) => row[0] === 's-workshop-2'
    expect(cell(rows, hyperlink, 'title_fr')).toEqual([`'${HYPERLINK}`])
    // Text that merely holds a prefix further on is left as it is.
    expect(cell(rows, (row) => row[0] === 's-workshop-1', 'title_fr')).toEqual([HOSTILE])
  })

  it('registrations.csv: a contact or a need beginning with a formula prefix gets a leading quote', async () => {
    const made = await owner(`/api/editions/${EDITION}/registration-form`, {
      method: 'PUT',
      body: { deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString() },
    })
    expect(made.status).toBe(200)
    const token = ((await made.json()) as RegistrationFormLink).path.slice('/f/'.length)
    for (const [i, formula] of FORMULAS.entries()) {
      const sent = await fetch(`${server.url}/api/public/forms/${token}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          collectiviteId: null,
          collectiviteName: `Ville ${i}`,
          country: 'FR',
          contactName: formula,
          email: `ville${i}@example.fr`,
          delegates: 1,
          workshopIds: [],
          wantsToSpeak: false,
          dietaryNeeds: formula,
        }),
      })
      expect(sent.status).toBe(201)
    }
    // The form trims what it is sent: a tab or a carriage return first can
    // only be in a row written otherwise (an older version, a hand repair).
    for (const [i, formula] of FORMULAS.entries()) {
      await server.kaigi.database.client.execute({
        sql: 'UPDATE registrations SET contact_name = ?, dietary_needs = ? WHERE collectivite_name = ?',
        args: [formula, formula, `Ville ${i}`],
      })
    }
    for (const lang of ['fr', 'ja', 'en'] as const) {
      const text = await textWithBom(
        await fetched(`/api/editions/${EDITION}/export/registrations.csv?lang=${lang}`),
      )
      const rows = csvRows(text)
      const [header] = rows
      const contact = header?.[3] ?? ''
      const dietary = header?.[12] ?? ''
      for (const [i, formula] of FORMULAS.entries()) {
        const ofVille = (row: string[]) => row[1] === `Ville ${i}`
        expect(cell(rows, ofVille, contact), `${lang} ${JSON.stringify(formula)}`).toEqual([
          `'${formula}`,
        ])
        expect(cell(rows, ofVille, dietary)).toEqual([`'${formula}`])
      }
    }
  })

  it('the directory’s export.csv: a name, an address or a contact beginning with a formula prefix gets a leading quote', async () => {
    for (const [i, formula] of FORMULAS.entries()) {
      const response = await owner('/api/directory', {
        method: 'POST',
        body: {
          nameFr: `Annuaire ${i}`,
          nameJa: `松崎${i}`,
          country: 'JP',
          kind: 'city',
          address: formula,
          contacts: [
            { name: formula, function: formula, email: `a${i}@example.jp`, language: 'ja' },
          ],
        },
      })
      expect(response.status).toBe(201)
    }
    // Trimmed by the form as well: the tab and the carriage return are written in the rows.
    for (const [i, formula] of FORMULAS.entries()) {
      const [row] = (
        await server.kaigi.database.client.execute({
          sql: 'SELECT id FROM directory_collectivites WHERE name_fr = ?',
          args: [`Annuaire ${i}`],
        })
      ).rows
      await server.kaigi.database.client.batch([
        {
          sql: 'UPDATE directory_collectivites SET name_ja = ?, address = ? WHERE id = ?',
          args: [formula, formula, String(row?.[0])],
        },
        {
          sql: 'UPDATE directory_contacts SET name = ?, function = ? WHERE collectivite_id = ?',
          args: [formula, formula, String(row?.[0])],
        },
      ])
    }
    const rows = csvRows(await textWithBom(await fetched('/api/directory/export.csv')))
    const [header] = rows
    for (const [i, formula] of FORMULAS.entries()) {
      const ofEntry = (row: string[]) => row[0] === `Annuaire ${i}`
      // Every column but the French name (plain), country, kind, e-mail, language and editions.
      for (const column of [1, 4, 5, 6]) {
        expect(
          cell(rows, ofEntry, header?.[column] ?? ''),
          `${column} ${JSON.stringify(formula)}`,
        ).toEqual([`'${formula}`])
      }
    }
  })
})

describe('hostile titles in the programme files', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('index.html: markup, entities and quotes are text, no element comes of them, and a formula is left as written', async () => {
    const html = await (await draft('index.html')).text()
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>分科会')
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.setContent(html)
      expect(await page.locator('script, b').count()).toBe(0)
      const titles = (id: string) => page.locator(`#session-${id} h3`).allTextContents()
      expect(await titles('s-workshop-1')).toEqual([HOSTILE, HOSTILE_JA])
      expect(await titles('s-workshop-2')).toEqual([HYPERLINK, HYPERLINK])
    } finally {
      await context.close()
    }
  })

  it('schedule.xml: parses, and holds the titles as text, controls replaced, a formula as written', async () => {
    const xml = await (await draft('schedule.xml')).text()
    await wellFormed(xml, 'schedule.xml')
    expect(xml).not.toContain('<script')
    const titles = textsOf(xml, 'title')
    expect(titles).toContain(HOSTILE_IN_XML)
    expect(titles).toContain(HYPERLINK)
    expect(textsOf(xml, 'subtitle')).toContain(HOSTILE_JA)
    // A formula stays as written (frab titles are trimmed: the tab and the carriage return go).
    for (const formula of FORMULAS) expect(titles).toContain(formula.trim())
    expect(titles.filter((title) => title.startsWith("'"))).toEqual([])
  })

  it('programme.docx: its document.xml parses, and holds the titles as text, controls replaced, a formula as written', async () => {
    const bytes = new Uint8Array(await (await draft('programme.docx')).arrayBuffer())
    const part = unzipSync(bytes)['word/document.xml']
    if (!part) throw new Error('the Word file has no word/document.xml')
    const xml = new TextDecoder().decode(part)
    await wellFormed(xml, 'document.xml')
    expect(xml).not.toContain('<script')
    const paragraphs = textsOf(xml, 'w:p')
    const holding = (text: string) => paragraphs.some((paragraph) => paragraph.includes(text))
    expect(holding(HOSTILE_IN_XML)).toBe(true)
    expect(holding(HOSTILE_JA)).toBe(true)
    expect(holding(HYPERLINK)).toBe(true)
    expect(holding(`'${HYPERLINK}`)).toBe(false)
  })
})
