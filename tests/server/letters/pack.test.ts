import { execFile } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { unzipSync } from 'fflate'
import jsQR from 'jsqr'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { seedDemoEdition, seedPastEdition } from '../../../server/editions/demo'
import { SERVER_ORIGIN } from '../../../server/sync/room-deps'
import { type DirectoryList, DirectoryListSchema } from '../../../shared/directory'
import {
  createCollectivite,
  createMeeting,
  createPerson,
  readEdition,
  setMeta,
  updateMeeting,
  updateTheme,
} from '../../../shared/doc/edition'
import { editionDocName } from '../../../shared/editions'
import { type ErrorBody, ErrorCode } from '../../../shared/errors'
import { type LetterInputs, LetterInputsSchema } from '../../../shared/letters/letter-inputs'
import { MODEL_LETTERS } from '../../../shared/letters/model-letters'
import { PACK_FILES, type PackState, PackStateSchema } from '../../../shared/letters/pack'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const EDITION = 'shizuoka-2024'
const PREVIOUS = 'aix-en-provence-2022'
const PUBLIC_URL = 'https://kaigi.example.org'
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'e2e', 'screenshots')
const run = promisify(execFile)

let server: TestServer
let viewer: string
/** The edition's collectivités the test writes to: a French one and a Japanese one. */
let nantes: string
let matsumoto: string

const get = (path: string, cookie: string | undefined = server.ownerCookie) =>
  fetch(`${server.url}/api/editions/${EDITION}${path}`, { headers: cookie ? { cookie } : {} })

/** The server's own change to a document, committed and relayed as any other. */
const change = <T>(docName: string, edit: (doc: Y.Doc) => T): Promise<T> =>
  server.kaigi.registry.change(docName, edit)

/** A PDF's text as pdftotext lays it out, its spaces and line ends made single spaces. */
async function pdfText(bytes: Uint8Array, screenshot?: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'kaigi-pack-'))
  try {
    const file = join(folder, 'file.pdf')
    await writeFile(file, bytes)
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
    if (screenshot) {
      mkdirSync(SCREENSHOTS, { recursive: true })
      await run('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file,
        join(SCREENSHOTS, screenshot),
      ])
    }
    return flat(stdout)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

/** The QR code on a PDF's first page, read from its pixels as a phone's camera would. */
async function qrOnFirstPage(bytes: Uint8Array): Promise<string | null> {
  const folder = await mkdtemp(join(tmpdir(), 'kaigi-qr-'))
  try {
    const file = join(folder, 'file.pdf')
    await writeFile(file, bytes)
    await run('pdftoppm', [
      '-r',
      '150',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(folder, 'page'),
    ])
    const ppm = await readFile(join(folder, 'page.ppm'))
    // P6: "P6\n<width> <height>\n255\n", then RGB.
    const [, width = 0, height = 0] =
      ppm
        .subarray(0, 40)
        .toString('latin1')
        .match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)
        ?.map(Number) ?? []
    const start = ppm.length - width * height * 3
    const rgba = new Uint8ClampedArray(width * height * 4)
    for (let i = 0; i < width * height; i++) {
      rgba[i * 4] = ppm[start + i * 3] ?? 0
      rgba[i * 4 + 1] = ppm[start + i * 3 + 1] ?? 0
      rgba[i * 4 + 2] = ppm[start + i * 3 + 2] ?? 0
      rgba[i * 4 + 3] = 255
    }
    return jsQR(rgba, width, height)?.data ?? null
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  return flat((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value)
}

async function download(path: string): Promise<Uint8Array> {
  const response = await get(path)
  expect(response.status, await response.clone().text()).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

async function refusal(path: string): Promise<{ status: number; body: ErrorBody }> {
  const response = await get(path)
  return { status: response.status, body: (await response.json()) as ErrorBody }
}

const DIRECTORY_CSV = [
  'Nom (FR),Nom (JA),Pays,Type,Adresse,Contact,Fonction,Courriel,Langue',
  'Ville de Nantes,ナント市,France,commune,"2 rue de l’Hôtel de Ville, 44094 Nantes",Claire Martin,Chargée des relations internationales,claire.martin@nantes.example,français',
  'Ville de Matsumoto,松本市,Japon,市,長野県松本市丸の内3-7,佐藤花子,国際課長,hanako.sato@matsumoto.example,日本語',
].join('\n')

/** The 8th edition's invitation facts, as its letter of 11 July 2023 gives them. */
const PRESIDENT = {
  name: { fr: 'Jean-Marc Lefèvre', ja: 'ジャン＝マルク・ルフェーヴル', en: 'Jean-Marc Lefèvre' },
  role: {
    fr: 'Président du comité de pilotage français',
    ja: 'フランス側実行委員会委員長',
    en: 'President of the French steering committee',
  },
}
const MEETING = {
  date: '2023-09-18',
  start: '16:30',
  end: '18:00',
  place: {
    fr: 'Cité des Sciences et de l’Industrie, Paris',
    ja: 'パリ・シテ科学産業博物館',
    en: 'Cité des Sciences et de l’Industrie, Paris',
  },
  event: {
    fr: 'Rencontres de l’action internationale des collectivités territoriales',
    ja: '地方自治体国際活動会議',
    en: '',
  },
  agenda: {
    fr: '1. Présentation de la ville hôte, Shizuoka\n2. Le programme prévisionnel\n3. Suggestions des collectivités sur les thèmes et les ateliers',
    ja: '開催都市静岡市の紹介\n暫定プログラム\nテーマ及び分科会に関する自治体からのご提案',
    en: '',
  },
  intakeOpen: false,
}

beforeAll(async () => {
  server = await startServer({
    publicUrl: PUBLIC_URL,
    seeds: [
      { id: PREVIOUS, readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
      { id: EDITION, readOnly: false, fill: (doc) => seedDemoEdition(doc) },
    ],
  })
  const invited = await fetch(`${server.url}/api/editions/${EDITION}/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ role: 'viewer', expiresInHours: 1 }),
  })
  const { path } = (await invited.json()) as { path: string }
  viewer = await signIn(server.url, path.slice('/invite/'.length), 'Viewer')

  const imported = await fetch(`${server.url}/api/directory/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', cookie: server.ownerCookie },
    body: DIRECTORY_CSV,
  })
  expect(imported.status).toBe(200)
  const listed = await fetch(`${server.url}/api/directory`, {
    headers: { cookie: server.ownerCookie },
  })
  const directory: DirectoryList = DirectoryListSchema.parse(await listed.json())
  const entry = (name: string) => directory.collectivites.find((each) => each.nameFr === name)?.id

  ;({ nantes, matsumoto } = await change(editionDocName(EDITION), (doc) => {
    const president = createPerson(doc, { ...PRESIDENT, collectiviteId: null }, SERVER_ORIGIN)
    setMeta(
      doc,
      {
        hostCity: { fr: 'Shizuoka', ja: '静岡市', en: 'Shizuoka' },
        startDate: '2024-11-18',
        endDate: '2024-11-21',
        letter: { fr: MODEL_LETTERS.fr, ja: MODEL_LETTERS.ja },
        letterPlace: { fr: 'Paris', ja: 'パリ' },
        letterDate: '2023-07-11',
        signatoryIds: [president],
        formReturn: {
          fr: 'Cités Unies France, 9 rue Christiani, 75018 Paris',
          ja: 'フランス自治体国際交流協会（CUF）',
        },
      },
      SERVER_ORIGIN,
    )
    const [first] = [...readEdition(doc).value.meetings].sort((a, b) =>
      a.date.localeCompare(b.date),
    )
    if (first) updateMeeting(doc, first.id, MEETING, SERVER_ORIGIN)
    else createMeeting(doc, MEETING, SERVER_ORIGIN)
    return {
      nantes: createCollectivite(
        doc,
        {
          name: { fr: 'Ville de Nantes', ja: 'ナント市', en: '' },
          country: 'FR',
          kind: 'commune',
          directoryId: entry('Ville de Nantes') ?? null,
        },
        SERVER_ORIGIN,
      ),
      matsumoto: createCollectivite(
        doc,
        {
          name: { fr: 'Ville de Matsumoto', ja: '松本市', en: '' },
          country: 'JP',
          kind: 'city',
          directoryId: entry('Ville de Matsumoto') ?? null,
        },
        SERVER_ORIGIN,
      ),
    }
  }))
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

async function setDeadline(): Promise<void> {
  // Before 4 September 2023: 18:00 that day on the edition's clocks (Tokyo).
  const response = await fetch(`${server.url}/api/editions/${EDITION}/registration-form`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ deadline: '2023-09-04T09:00:00.000Z' }),
  })
  expect(response.status).toBe(200)
}

describe('the invitation pack', () => {
  it('refuses a letter with a field without a value, naming it, and prints nothing blank', async () => {
    // No form yet: no deadline, no link to the form.
    const { status, body } = await refusal(`/pack/${nantes}/letter.pdf`)
    expect(status).toBe(409)
    expect(body.error.code).toBe(ErrorCode.LetterIncomplete)
    expect(body.error.message).toContain('{deadline}')
    expect(body.error.issues?.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['deadline', 'form_link']),
    )
    expect((await refusal(`/pack/${matsumoto}/letter.docx`)).status).toBe(409)
    expect((await refusal('/pack.zip')).status).toBe(409)
    const state = PackStateSchema.parse(await (await get('/pack')).json())
    expect(state.missing.fr).toContain('deadline')
    expect(state.missing.ja).toContain('deadline')
    await setDeadline()
    const after: PackState = PackStateSchema.parse(await (await get('/pack')).json())
    expect(after.missing).toEqual({ fr: [], ja: [] })
  })

  it('gathers a collectivité’s inputs: the previous edition’s record, the deadline, its contact and its own link', async () => {
    const response = await get(`/letters/inputs?collectivite=${nantes}`)
    expect(response.status).toBe(200)
    const inputs: LetterInputs = LetterInputsSchema.parse(await response.json())
    expect(inputs.previous).toMatchObject({
      number: 7,
      hostCity: { fr: 'Aix-en-Provence' },
      startDate: '2022-10-03',
      endDate: '2022-10-06',
      participation: { collectivites: { FR: 22, JP: 14 } },
    })
    expect(inputs.previous?.globalTheme?.fr).toContain('post-Covid')
    expect(inputs.recipient).toMatchObject({
      language: 'fr',
      address: '2 rue de l’Hôtel de Ville, 44094 Nantes',
      contact: { name: 'Claire Martin', email: 'claire.martin@nantes.example' },
    })
    expect(inputs.deadline).toBe('2023-09-04T09:00:00.000Z')
    expect(inputs.formUrl).toMatch(new RegExp(`^${PUBLIC_URL}/f/[a-z0-9]{20}$`))
    expect((await get(`/letters/inputs?collectivite=nobody`)).status).toBe(404)
  })

  it('writes the French letter with every fact of the invitation, in the PDF and the Word file', async () => {
    const pdf = await pdfText(await download(`/pack/${nantes}/letter.pdf`), 'pack-letter-fr')
    const docx = await docxText(await download(`/pack/${nantes}/letter.docx`))
    const facts = [
      'Claire Martin, Chargée des relations internationales',
      'Ville de Nantes',
      '2 rue de l’Hôtel de Ville, 44094 Nantes',
      'Paris, le 11 juillet 2023',
      'Objet : 8e Rencontres franco-japonaises de la coopération décentralisée, Shizuoka, du 18 au 21 novembre 2024',
      'Madame, Monsieur,',
      'Initiées à Nancy en octobre 2008',
      'Cités Unies France',
      'La 7e édition, tenue à Aix-en-Provence du 3 au 6 octobre 2022, a réuni 14 collectivités japonaises et 22 collectivités françaises',
      'Dans un monde post-Covid',
      'le lundi 18 septembre 2023, de 16 h 30 à 18 h, à Cité des Sciences et de l’Industrie, Paris',
      'Rencontres de l’action internationale des collectivités territoriales',
      'avant le 4 septembre 2023 à Cités Unies France, 9 rue Christiani, 75018 Paris',
      'Jean-Marc Lefèvre',
      'Président du comité de pilotage français',
      'Ordre du jour prévisionnel',
      `${PUBLIC_URL}/f/`,
    ]
    for (const fact of facts) {
      expect(pdf).toContain(fact)
      expect(docx).toContain(fact)
    }
    expect(pdf).not.toMatch(/\{[a-z_]+\}/)
  })

  it('follows the previous edition’s record when it changes', async () => {
    await change(editionDocName(PREVIOUS), (doc) =>
      setMeta(
        doc,
        { participation: { participants: null, collectivites: { FR: 25, JP: 16 } } },
        SERVER_ORIGIN,
      ),
    )
    const pdf = await pdfText(await download(`/pack/${nantes}/letter.pdf`))
    expect(pdf).toContain('a réuni 16 collectivités japonaises et 25 collectivités françaises')
    const docx = await docxText(await download(`/pack/${nantes}/letter.docx`))
    expect(docx).toContain('a réuni 16 collectivités japonaises et 25 collectivités françaises')
    await change(editionDocName(PREVIOUS), (doc) =>
      setMeta(
        doc,
        { participation: { participants: null, collectivites: { FR: 22, JP: 14 } } },
        SERVER_ORIGIN,
      ),
    )
  })

  it('writes the Japanese letter in Japanese for a Japanese collectivité', async () => {
    const named = await get(`/pack/${matsumoto}/letter.pdf`)
    expect(named.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('松本市 - letter.pdf')}`,
    )
    await named.arrayBuffer()
    const pdf = await pdfText(await download(`/pack/${matsumoto}/letter.pdf`), 'pack-letter-ja')
    const docx = await docxText(await download(`/pack/${matsumoto}/letter.docx`))
    const facts = [
      '2023年7月11日',
      '長野県松本市丸の内3-7',
      '松本市',
      '国際課長　佐藤花子　様',
      'フランス側実行委員会委員長　ジャン＝マルク・ルフェーヴル',
      '第8回日仏自治体交流会議の開催について（ご案内）',
      '拝啓',
      '2008年10月にナンシー市で始まり',
      '2022年10月3日～6日にエクス＝アン＝プロヴァンス市で開催された第7回会議には、日本から14、フランスから22の自治体が参加し',
      '2024年11月18日～21日に静岡市で開催されます',
      '2023年9月18日（月）16時30分～18時、パリ・シテ科学産業博物館にて（地方自治体国際活動会議の一環として）',
      '2023年9月4日までにフランス自治体国際交流協会（CUF）へ',
      '敬具',
      '会議次第（案）',
      '以上',
    ]
    // Japanese runs without spaces: the ideographic ones (U+3000) are whitespace to pdftotext.
    const bare = (text: string) => text.replace(/\s/g, '')
    for (const fact of facts) {
      expect(bare(pdf)).toContain(bare(fact))
      expect(bare(docx)).toContain(bare(fact))
    }
  })

  it('makes the agenda, the form and the programme in the letter’s language', async () => {
    const agenda = await pdfText(await download(`/pack/${nantes}/agenda.pdf`))
    for (const fact of [
      'Ordre du jour prévisionnel',
      'lundi 18 septembre 2023, de 16 h 30 à 18 h',
      'Cité des Sciences et de l’Industrie, Paris',
      'Rencontres de l’action internationale des collectivités territoriales',
      '1. Présentation de la ville hôte, Shizuoka',
      '3. Suggestions des collectivités sur les thèmes et les ateliers',
    ]) {
      expect(agenda).toContain(fact)
    }
    const agendaJa = (await pdfText(await download(`/pack/${matsumoto}/agenda.pdf`))).replace(
      / /g,
      '',
    )
    expect(agendaJa).toContain('会議次第（案）')
    expect(agendaJa).toContain('２．暫定プログラム')

    const formPdf = await download(`/pack/${nantes}/form.pdf`)
    const { formUrl } = LetterInputsSchema.parse(
      await (await get(`/letters/inputs?collectivite=${nantes}`)).json(),
    )
    expect(formUrl).toMatch(/\/f\//)
    // The QR code, scanned, is the collectivité's own link.
    expect(await qrOnFirstPage(formPdf)).toBe(formUrl)
    const form = await pdfText(formPdf, 'pack-form-fr')
    for (const fact of [
      'Bulletin de participation',
      'À retourner avant le 4 septembre 2023 à : Cités Unies France',
      'Ville de Nantes',
      'Claire Martin',
      'claire.martin@nantes.example',
      'lundi 18 novembre',
      'jeudi 21 novembre',
      `${PUBLIC_URL}/f/`,
    ]) {
      expect(form).toContain(fact)
    }
    const formJa = (
      await pdfText(await download(`/pack/${matsumoto}/form.pdf`), 'pack-form-ja')
    ).replace(/ /g, '')
    expect(formJa).toContain('参加申込書')
    expect(formJa).toContain('佐藤花子')

    const programme = await pdfText(await download(`/pack/${nantes}/programme.pdf`))
    expect(programme).toContain('Proposition du programme et des thèmes')
    expect(programme).toContain('Thème général')
  })

  it('proposes a saved version of the programme with ?version=, the live draft without', async () => {
    const saved = await fetch(`${server.url}/api/editions/${EDITION}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
      body: JSON.stringify({ name: 'Proposition de juillet' }),
    })
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: string }
    const before = await change(editionDocName(EDITION), (doc) => {
      const theme = readEdition(doc).value.themes.find((each) => each.kind === 'workshop')
      if (!theme) throw new Error('no workshop theme')
      updateTheme(doc, theme.id, { title: { fr: 'Atelier renommé depuis' } }, SERVER_ORIGIN)
      return theme.title.fr
    })
    const live = await pdfText(await download(`/pack/${nantes}/programme.pdf`))
    expect(live).toContain('Atelier renommé depuis')
    const version = await pdfText(await download(`/pack/${nantes}/programme.pdf?version=${id}`))
    expect(version).toContain(flat(before))
    expect(version).not.toContain('Atelier renommé depuis')
    expect((await refusal(`/pack/${nantes}/programme.pdf?version=nope`)).status).toBe(404)
  })

  it('holds each linked collectivité’s five files in pack.zip, a folder each named in its language', async () => {
    const files = unzipSync(await download('/pack.zip'))
    const names = Object.keys(files).sort()
    expect(names).toEqual(
      [
        ...PACK_FILES.map((file) => `Ville de Nantes/${file}`),
        ...PACK_FILES.map((file) => `松本市/${file}`),
      ].sort(),
    )
    for (const [name, bytes] of Object.entries(files)) {
      const head = Buffer.from(bytes.subarray(0, 4)).toString('latin1')
      expect(head, name).toBe(name.endsWith('.docx') ? 'PK\u0003\u0004' : '%PDF')
    }
  })

  it('refuses an unknown field, an empty template, an unknown collectivité or file', async () => {
    await change(editionDocName(EDITION), (doc) =>
      setMeta(doc, { letter: { fr: `${MODEL_LETTERS.fr}\n{nope}` } }, SERVER_ORIGIN),
    )
    const unknown = await refusal(`/pack/${nantes}/letter.pdf`)
    expect(unknown.status).toBe(409)
    expect(unknown.body.error.message).toContain('unknown {nope}')
    await change(editionDocName(EDITION), (doc) =>
      setMeta(doc, { letter: { ja: '' } }, SERVER_ORIGIN),
    )
    const empty = await refusal(`/pack/${matsumoto}/letter.pdf`)
    expect(empty.status).toBe(409)
    expect(empty.body.error.reason).toBe('empty_template')
    expect((await refusal('/pack.zip')).status).toBe(409)
    expect((await refusal(`/pack/nobody/letter.pdf`)).status).toBe(404)
    expect((await refusal(`/pack/${nantes}/letter.exe`)).status).toBe(404)
    await change(editionDocName(EDITION), (doc) =>
      setMeta(doc, { letter: { fr: MODEL_LETTERS.fr, ja: MODEL_LETTERS.ja } }, SERVER_ORIGIN),
    )
  })

  it('refuses viewers and anyone not signed in', async () => {
    for (const path of [
      '/pack',
      `/pack/${nantes}/letter.pdf`,
      '/pack.zip',
      `/letters/inputs?collectivite=${nantes}`,
    ]) {
      expect((await get(path, viewer)).status, path).toBe(403)
      expect((await get(path, '')).status, path).toBe(401)
    }
  })
})
