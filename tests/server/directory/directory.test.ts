import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import {
  type DirectoryImportReport,
  DirectoryImportReportSchema,
  type DirectoryList,
  DirectoryListSchema,
} from '../../../shared/directory'
import { ErrorCode } from '../../../shared/errors'
import { storedState } from '../../helpers/db-state'
import { DEMO_EDITIONS_ONLY } from '../../helpers/demo-server'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
let editor = ''
let viewer = ''

const EDITION = 'shizuoka-2024'
const CSV = 'text/csv; charset=utf-8'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function invited(role: 'editor' | 'viewer', name: string): Promise<string> {
  const response = await fetch(`${server.url}/api/editions/${EDITION}/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ role, expiresInHours: 1 }),
  })
  expect(response.status).toBe(201)
  const { path } = (await response.json()) as { path: string }
  return signIn(server.url, path.slice('/invite/'.length), name)
}

const send = (path: string, body: string | Blob, cookie = editor, type = CSV) =>
  fetch(`${server.url}/api/directory${path}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
    body,
  })

async function report(response: Response): Promise<DirectoryImportReport> {
  expect(response.status).toBe(200)
  return DirectoryImportReportSchema.parse(await response.json())
}

async function directory(cookie = editor): Promise<DirectoryList> {
  const response = await fetch(`${server.url}/api/directory`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return DirectoryListSchema.parse(await response.json())
}

const directoryRows = async () =>
  Number(
    (
      await server.kaigi.database.client.execute(
        'SELECT (SELECT count(*) FROM directory_collectivites) + (SELECT count(*) FROM directory_contacts) AS n',
      )
    ).rows[0]?.n,
  )

/** The committees' spreadsheet, French headings; line numbers as a spreadsheet shows them. */
const committeeSheet = [
  'Nom (FR),Nom (JA),Pays,Type,Adresse,Contact,Fonction,Courriel,Langue',
  // 2: good
  'Ville de Tours,トゥール市,France,commune,"3 rue des Minimes, 37000 Tours",Claire Martin,Chargée des relations internationales,claire.martin@tours.example,français',
  // 3: good
  'Ville de Shizuoka,静岡市,Japon,市,静岡県静岡市葵区追手町5-1,佐藤花子,国際交流課長,hanako.sato@shizuoka.example,日本語',
  // 4 and 5: good, one collectivité with two contacts
  'Ville de Nancy,ナンシー市,FR,commune,1 place Stanislas,Jean Dupont,Maire adjoint,jean.dupont@nancy.example,fr',
  'Ville de Nancy,ナンシー市,FR,commune,1 place Stanislas,Akiko Mori,Chargée de mission Japon,akiko.mori@nancy.example,ja',
  // 6: the duplicate of line 2
  'Ville de Tours,トゥール市,France,commune,"3 rue des Minimes, 37000 Tours",Claire Martin,Chargée des relations internationales,claire.martin@tours.example,français',
  // 7: broken, no such country
  'Ville de Fribourg,,Allemagne,commune,,,,,',
  // 8: broken, a 町 in France
  'Bourg de Lyons,,FR,町,,,,,',
  // 9: broken, an e-mail that is not one
  'Ville de Kumamoto,熊本市,JP,city,,田中一郎,課長,tanaka-at-kumamoto,ja',
  // 10: broken, no name
  ',,JP,town,,,,,',
].join('\r\n')

beforeAll(async () => {
  // The demo's editions without its directory: the imports start from an empty one.
  server = await startServer({ seeds: DEMO_EDITIONS_ONLY })
  editor = await invited('editor', 'Élodie')
  viewer = await invited('viewer', 'Victor')
})

afterAll(async () => {
  await server?.close()
  server?.cleanup()
})

describe('the directory of collectivités', () => {
  it('previews the Excel workbook of the same sheet as its CSV, row for row', async () => {
    const grid = parse(committeeSheet, { relax_column_count: true }) as string[][]
    const workbook = await writeXlsxFile(grid).toBuffer()
    const before = await directoryRows()
    const fromExcel = await report(
      await send('/import/preview', new Blob([new Uint8Array(workbook)]), editor, XLSX),
    )
    expect(fromExcel.added.map((each) => each.lines)).toEqual([[2], [3], [4, 5]])
    expect(fromExcel.refused.map((each) => [each.line, each.code])).toEqual([
      [6, 'duplicate'],
      [7, 'invalid_country'],
      [8, 'kind_not_in_country'],
      [9, 'invalid_email'],
      [10, 'missing_name'],
    ])
    expect(fromExcel).toEqual(await report(await send('/import/preview', committeeSheet)))
    expect(await directoryRows()).toBe(before)
  })

  it('refuses a file that is not a workbook, whatever it is sent as', async () => {
    const response = await send('/import/preview', new Blob(['not a zip']), editor, XLSX)
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: { code: string } }
    expect(error.code).toBe(ErrorCode.InvalidInput)
  })

  it('previews an import without writing, naming each refused line, then writes it when confirmed', async () => {
    const before = [await storedState(server.kaigi.database), await directoryRows()]
    const preview = await report(await send('/import/preview', committeeSheet))
    expect(preview.added.map((each) => [each.nameFr, each.lines])).toEqual([
      ['Ville de Tours', [2]],
      ['Ville de Shizuoka', [3]],
      ['Ville de Nancy', [4, 5]],
    ])
    expect(preview.updated).toEqual([])
    expect(preview.unchanged).toBe(0)
    expect(
      preview.refused.map(({ line, code, column, sameAsLine }) => ({
        line,
        code,
        column,
        sameAsLine,
      })),
    ).toEqual([
      { line: 6, code: 'duplicate', column: null, sameAsLine: 2 },
      { line: 7, code: 'invalid_country', column: 'country', sameAsLine: null },
      { line: 8, code: 'kind_not_in_country', column: 'kind', sameAsLine: null },
      { line: 9, code: 'invalid_email', column: 'email', sameAsLine: null },
      { line: 10, code: 'missing_name', column: 'nameFr', sameAsLine: null },
    ])
    // Nothing written by a preview, the documents included.
    expect([await storedState(server.kaigi.database), await directoryRows()]).toEqual(before)
    expect((await directory()).collectivites).toEqual([])

    const done = await report(await send('/import', committeeSheet))
    expect(done.added).toHaveLength(3)
    expect(done.refused).toHaveLength(5)
    const listed = (await directory()).collectivites
    expect(listed.map((each) => each.nameJa).sort()).toEqual(['トゥール市', 'ナンシー市', '静岡市'])
    const nancy = listed.find((each) => each.nameFr === 'Ville de Nancy')
    expect(nancy?.contacts.map((contact) => [contact.name, contact.language])).toEqual([
      ['Jean Dupont', 'fr'],
      ['Akiko Mori', 'ja'],
    ])
    expect(listed.find((each) => each.nameJa === '静岡市')).toMatchObject({
      country: 'JP',
      kind: 'city',
      address: '静岡県静岡市葵区追手町5-1',
    })
  })

  it('exports the directory in the same columns, and the export re-imports as nothing to change', async () => {
    const response = await fetch(`${server.url}/api/directory/export.csv`, {
      headers: { cookie: editor },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const file = await response.text()
    const rows = parse(file, { bom: true, columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'Nom (FR)',
      'Nom (JA)',
      'Pays',
      'Type',
      'Adresse',
      'Contact',
      'Fonction',
      'Courriel',
      'Langue',
      'Éditions',
    ])
    expect(rows).toHaveLength(4)
    const again = await report(await send('/import/preview', file))
    expect(again).toEqual({
      added: [],
      updated: [],
      unchanged: 3,
      refused: [],
      unknownEditions: [],
    })
  })

  it('updates a collectivité matched by its Japanese name and country, headings in Japanese', async () => {
    const sheet = [
      '名称 (FR),名称 (JA),国,種別,住所,担当者,役職,メール,言語',
      'Shizuoka,静岡市,日本,市,静岡県静岡市葵区追手町5-1 本館,佐藤花子,国際交流課長,hanako.sato@shizuoka.example,ja',
    ].join('\n')
    const preview = await report(await send('/import/preview', sheet))
    const shizuoka = (await directory()).collectivites.find((each) => each.nameJa === '静岡市')
    expect(preview.updated).toEqual([
      {
        lines: [2],
        id: shizuoka?.id,
        nameFr: 'Shizuoka',
        nameJa: '静岡市',
        country: 'JP',
        newEditions: [],
      },
    ])
    expect(preview.added).toEqual([])
    await report(await send('/import', sheet))
    const after = (await directory()).collectivites.find((each) => each.id === shizuoka?.id)
    expect(after?.address).toBe('静岡県静岡市葵区追手町5-1 本館')
    expect((await directory()).collectivites).toHaveLength(3)
  })

  it('refuses a file without its country and kind columns, writing nothing', async () => {
    const before = await directoryRows()
    const response = await send('/import', 'Nom (FR),Adresse\r\nVille de Lyon,Hôtel de ville\r\n')
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as {
      error: { code: string; issues: Array<{ path: string }> }
    }
    expect(error.code).toBe(ErrorCode.InvalidInput)
    expect(error.issues.map((issue) => issue.path)).toEqual(['country', 'kind'])
    expect(await directoryRows()).toBe(before)
  })

  it('keeps the directory from viewers and from anyone not signed in', async () => {
    const read = (cookie: string) =>
      fetch(`${server.url}/api/directory`, { headers: cookie ? { cookie } : {} })
    expect((await read(viewer)).status).toBe(403)
    expect((await read('')).status).toBe(401)
    const exported = await fetch(`${server.url}/api/directory/export.csv`, {
      headers: { cookie: viewer },
    })
    expect(exported.status).toBe(403)
    const before = await directoryRows()
    expect((await send('/import', committeeSheet, viewer)).status).toBe(403)
    expect((await send('/import/preview', committeeSheet, '')).status).toBe(401)
    expect(await directoryRows()).toBe(before)
  })
})
