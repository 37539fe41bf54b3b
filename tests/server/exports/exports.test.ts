import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import mammoth from 'mammoth'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { isTimed, readEdition, unplaceSession, updateSession } from '../../../shared/doc/edition'
import { ExportFile, PROGRAMME_EXPORTS } from '../../../shared/exports'
import { apiRequest } from '../../helpers/api'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const EDITION = 'shizuoka-2024'
const run = promisify(execFile)

let server: TestServer
let member: TestClient

const exportUrl = (file: string, query = '') =>
  `${server.url}/api/editions/${EDITION}/export/${file}${query}`
const get = (url: string, cookie?: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { ...headers, ...(cookie ? { cookie } : {}) } })
const api = (path: string, method = 'GET', body?: unknown) =>
  apiRequest(server.url, `/api/editions/${EDITION}${path}`, {
    method,
    body,
    cookie: server.ownerCookie,
  })

/** The sessions spreadsheet as rows of named cells, read as a spreadsheet program would. */
async function sessionRows(response: Response): Promise<Array<Record<string, string>>> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  // The byte-order mark that makes Excel read UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return parse(Buffer.from(bytes), { bom: true, columns: true }) as Array<Record<string, string>>
}

/** A file's text as its reader gets it: the PDF through pdftotext, the Word file through mammoth. */
async function readableText(file: string, bytes: Buffer): Promise<string> {
  if (file === ExportFile.Docx) return (await mammoth.extractRawText({ buffer: bytes })).value
  if (file !== ExportFile.Pdf) return bytes.toString('utf8')
  const folder = await mkdtemp(join(tmpdir(), 'kaigi-exports-'))
  try {
    await writeFile(join(folder, 'programme.pdf'), bytes)
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(folder, 'programme.pdf'), '-'])
    return stdout
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

async function publish(name: string): Promise<string> {
  const saved = await api('/versions', 'POST', { name })
  const { id } = (await saved.json()) as { id: string }
  expect((await api(`/versions/${id}/publish`, 'POST')).status).toBe(204)
  return id
}

// Each test has its own server and demo editions: none reads what another published.
beforeEach(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
  member = connectClient(server.syncUrl, `edition-${EDITION}`, new Y.Doc())
  await synced(member)
})
afterEach(async () => {
  member.destroy()
  await server.close()
  server.cleanup()
})

describe('the programme exports', () => {
  it('answer 404 with a clear error, and a page at /p/, until a version is published', async () => {
    const response = await get(exportUrl(ExportFile.SessionsCsv))
    expect(response.status).toBe(404)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /no published programme/,
    )
    const page = await get(`${server.url}/p/${EDITION}`)
    expect(page.status).toBe(404)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toContain('未公開のプログラム')
  })

  it('read the published version, whatever the draft becomes; the draft for editors', async () => {
    await publish('Programme définitif')
    const titleOf = (rows: Array<Record<string, string>>) =>
      rows.find((row) => row.id === 's-closing')?.title_fr
    const published = await sessionRows(await get(exportUrl(ExportFile.SessionsCsv)))
    const original = titleOf(published)
    expect(original).toBeTruthy()
    expect(published.map((row) => row.id)).toContain('s-workshop-1')

    updateSession(member.doc, 's-closing', { title: { fr: 'Clôture, version de travail' } }, 'me')
    const draftUrl = exportUrl(ExportFile.SessionsCsv, '?source=draft')
    let draft: Array<Record<string, string>> = []
    for (let attempt = 0; attempt < 100; attempt++) {
      draft = await sessionRows(await get(draftUrl, server.ownerCookie))
      if (titleOf(draft) === 'Clôture, version de travail') break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(titleOf(draft)).toBe('Clôture, version de travail')
    // The public file has not moved.
    expect(titleOf(await sessionRows(await get(exportUrl(ExportFile.SessionsCsv))))).toBe(original)
    // One row per session on the programme, in both languages.
    const sessions = readEdition(member.doc).value.sessions.filter(isTimed)
    expect(sessions.length).toBeGreaterThan(5)
    expect(draft).toHaveLength(sessions.length)
    for (const row of draft) {
      const session = sessions.find((s) => s.id === row.id)
      expect(row.title_ja).toBe(session?.title.ja)
    }

    // Publishing again replaces what the exports read.
    await publish('Programme définitif, 2e édition')
    expect(titleOf(await sessionRows(await get(exportUrl(ExportFile.SessionsCsv))))).toBe(
      'Clôture, version de travail',
    )
  })

  it('keep the draft from anyone who is not an editor', async () => {
    const draftUrl = exportUrl(ExportFile.Pdf, '?source=draft')
    expect((await get(draftUrl)).status).toBe(401)
    const invite = await api('/invitations', 'POST', { role: 'viewer', expiresInHours: 1 })
    const token = ((await invite.json()) as { path: string }).path.slice('/invite/'.length)
    const viewer = await signIn(server.url, token, 'Victor')
    expect((await get(draftUrl, viewer)).status).toBe(403)
    // The registrations hold contact details: never public.
    expect((await get(exportUrl(ExportFile.RegistrationsCsv))).status).toBe(401)
  })

  it('refuse an unknown file or option with a clear error', async () => {
    expect((await get(exportUrl('programme.exe'))).status).toBe(404)
    const wrong = await get(exportUrl(ExportFile.Pdf, '?lang=de'))
    expect(wrong.status).toBe(400)
    const body = (await wrong.json()) as { error: { issues: Array<{ path: string }> } }
    expect(body.error.issues.map((issue) => issue.path)).toEqual(['lang'])
  })

  it('serve every file with its type, a file name, and a tag that a re-publication changes', async () => {
    await publish('Programme définitif')
    for (const file of PROGRAMME_EXPORTS) {
      const response = await get(exportUrl(file, '?lang=ja'))
      expect(response.status, file).toBe(200)
      const disposition = response.headers.get('content-disposition') ?? ''
      expect(disposition, file).toContain(`filename="${EDITION}-`)
      expect(disposition, file).toContain('-ja.')
      const etag = response.headers.get('etag') ?? ''
      expect(etag).not.toBe('')
      expect(
        (await get(exportUrl(file, '?lang=ja'), undefined, { 'if-none-match': etag })).status,
      ).toBe(304)
    }
    const html = await get(exportUrl(ExportFile.Html))
    expect(html.headers.get('content-type')).toMatch(/text\/html/)
    // The exported page may style itself inline, and run nothing.
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(html.headers.get('content-security-policy')).not.toContain('script')

    const before = (await get(exportUrl(ExportFile.Ics))).headers.get('etag')
    await publish('Programme définitif, 3e édition')
    expect((await get(exportUrl(ExportFile.Ics))).headers.get('etag')).not.toBe(before)
  })

  it('date the files anew when an earlier version is published again', async () => {
    const first = await publish('Version A')
    const calendarOf = async () => {
      const response = await get(exportUrl(ExportFile.Ics))
      return { etag: response.headers.get('etag'), text: await response.text() }
    }
    const a = await calendarOf()
    await publish('Version B')
    const b = await calendarOf()
    // The calendar's sequence counts seconds: committees do not publish twice in one, so the
    // test waits for the clock's next second.
    const secondOfB = Math.floor(Date.now() / 1000)
    await until(() => Math.floor(Date.now() / 1000) > secondOfB, 5_000, 'the next second')
    expect((await api(`/versions/${first}/publish`, 'POST')).status).toBe(204)
    const again = await calendarOf()
    expect(again.etag).not.toBe(a.etag)
    // Calendars take an event only if its sequence grew.
    const sequence = (text: string) => Number(/SEQUENCE:(\d+)/.exec(text)?.[1])
    expect(sequence(again.text)).toBeGreaterThan(sequence(b.text))
  })

  it('make a file once for the readers who all ask for it as it is published', async () => {
    await publish('Programme définitif, pour la presse')
    // More readers at one address than files it may have made for it: one is made, all get it.
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => get(exportUrl(ExportFile.Pdf, '?lang=fr'))),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(40).fill(200))
    const sizes = await Promise.all(
      responses.map(async (response) => (await response.arrayBuffer()).byteLength),
    )
    expect(new Set(sizes).size).toBe(1)
  })

  it('leave a session taken off the grid out of every file of the draft', async () => {
    const session = readEdition(member.doc).value.sessions.find((s) => s.id === 's-workshop-3')
    // French sets a no-break space before a colon; files and their readers may make it a space.
    const title = session?.title.fr.replace(/\s+/g, ' ') ?? 'no such session'
    const filesNaming = async () => {
      const named: string[] = []
      for (const file of PROGRAMME_EXPORTS) {
        const response = await get(exportUrl(file, '?source=draft&lang=fr'), server.ownerCookie)
        expect(response.status, file).toBe(200)
        const text = await readableText(file, Buffer.from(await response.arrayBuffer()))
        if (text.replace(/\s+/g, ' ').includes(title)) named.push(file)
      }
      return named
    }
    expect(await filesNaming()).toEqual(PROGRAMME_EXPORTS)

    unplaceSession(member.doc, 's-workshop-3', 'me')
    let rows: Array<Record<string, string>> = []
    for (let attempt = 0; attempt < 100; attempt++) {
      rows = await sessionRows(
        await get(exportUrl(ExportFile.SessionsCsv, '?source=draft'), server.ownerCookie),
      )
      if (!rows.some((row) => row.id === 's-workshop-3')) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(rows.map((row) => row.id)).not.toContain('s-workshop-3')
    expect(await filesNaming()).toEqual([])
  })

  it('show the published programme as a public web page at /p/<edition>', async () => {
    await publish('Programme définitif')
    const page = await get(`${server.url}/p/${EDITION}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    const { meta } = readEdition(member.doc).value
    expect(html).toContain(meta.title.fr)
    expect(html).toContain(meta.title.ja)
    expect(html).not.toMatch(/<script/i)
  })
})
