import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { inflateRawSync } from 'node:zlib'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../server/exports/docx'
import { fileWords } from '../../../server/exports/labels'
import type { ProgrammeView } from '../../../server/exports/programme-view'
import { ExportLang, ExportSource } from '../../../shared/exports'
import { demoProgrammeView } from '../../helpers/programme-view'

const run = promisify(execFile)

const rawText = async (bytes: Uint8Array): Promise<string> =>
  (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value

const htmlOf = async (bytes: Uint8Array): Promise<string> =>
  (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value

/** One file of the DOCX package, read from the zip's central directory. */
function partOf(bytes: Uint8Array, name: string): string {
  const data = Buffer.from(bytes)
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let offset = data.readUInt32LE(end + 16)
  const count = data.readUInt16LE(end + 10)
  for (let i = 0; i < count; i++) {
    const method = data.readUInt16LE(offset + 10)
    const compressedSize = data.readUInt32LE(offset + 20)
    const nameLength = data.readUInt16LE(offset + 28)
    const extraLength = data.readUInt16LE(offset + 30)
    const commentLength = data.readUInt16LE(offset + 32)
    const localHeader = data.readUInt32LE(offset + 42)
    const entry = data.toString('utf8', offset + 46, offset + 46 + nameLength)
    if (entry === name) {
      const start =
        localHeader + 30 + data.readUInt16LE(localHeader + 26) + data.readUInt16LE(localHeader + 28)
      const body = data.subarray(start, start + compressedSize)
      return (method === 8 ? inflateRawSync(body) : body).toString('utf8')
    }
    offset += 46 + nameLength + extraLength + commentLength
  }
  throw new Error(`no ${name} in the package`)
}

const sessionsOf = (view: ProgrammeView) => view.days.flatMap((day) => day.sessions)

describe('programme.docx', () => {
  it('holds the whole programme in French and Japanese side by side', async () => {
    const view = demoProgrammeView()
    const text = await rawText(await renderDocx(view, { lang: ExportLang.Both }))

    expect(text).toContain(view.meta.title.fr)
    expect(text).toContain(view.meta.title.ja)
    expect(text).toContain(view.meta.venue.fr)
    expect(text).toContain(view.meta.venue.ja)
    expect(text).toContain(view.globalTheme?.title.fr)
    expect(text).toContain(view.globalTheme?.title.ja)
    expect(text).toContain('Programme publié le 1 octobre 2024 (Programme définitif)')
    expect(text).toContain('2024年10月1日公開のプログラム（Programme définitif）')
    for (const { day } of view.days) {
      expect(text).toContain(fileWords('fr').day(day))
      expect(text).toContain(fileWords('ja').day(day))
    }
    const sessions = sessionsOf(view)
    expect(sessions.length).toBeGreaterThan(5)
    for (const session of sessions) {
      expect(text).toContain(session.title.fr)
      expect(text).toContain(session.title.ja)
      expect(text).toContain(`${session.start}\n\n${session.end}`)
      if (session.room) {
        expect(text).toContain(session.room.name.fr)
        expect(text).toContain(session.room.name.ja)
      }
      for (const person of session.people.flatMap((group) => group.persons)) {
        expect(text).toContain(person.name.fr)
        expect(text).toContain(person.name.ja)
      }
    }
    // A speaker with their function and authority, as each language writes it.
    expect(text).toContain('Mariko Mochizuki\n\nMaire adjointe, Ville de Shizuoka')
    expect(text).toContain('望月 真理子\n\n静岡市　副市長')
    const interpreted = sessions.filter((session) => session.interpretation === 'simultaneous')
    expect(interpreted.length).toBeGreaterThan(0)
    expect(text.split(fileWords('fr').interpretation.simultaneous).length - 1).toBe(
      interpreted.length,
    )
    expect(text.split(fileWords('ja').interpretation.simultaneous).length - 1).toBe(
      interpreted.length,
    )
  })

  it('sets days as Word headings over a table of their sessions, French facing Japanese', async () => {
    const view = demoProgrammeView()
    const html = await htmlOf(await renderDocx(view, { lang: ExportLang.Both }))
    const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((match) => match[1])
    expect(headings).toEqual(
      view.days.map(({ day }) => `${fileWords('fr').day(day)}  ·  ${fileWords('ja').day(day)}`),
    )
    // After each heading, a table whose header row (repeated on each page) names the languages.
    for (const heading of headings) {
      expect(html).toContain(
        `<h1>${heading}</h1><table><thead><tr><th></th><th><p>Français</p></th><th><p>日本語</p></th></tr></thead>`,
      )
    }
    const first = sessionsOf(view)[0]
    expect(html).toContain(
      `<tbody><tr><td><p>${first?.start}</p><p>${first?.end}</p></td><td><p><strong>Réception</strong>   ${first?.room?.name.fr}</p><p>${first?.title.fr}</p>`,
    )
  })

  it('is an A4 document in Calibri and Yu Gothic, with its title and author', async () => {
    const view = demoProgrammeView()
    const bytes = await renderDocx(view, { lang: ExportLang.Both })
    const document = partOf(bytes, 'word/document.xml')
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(document).toContain('<w:tblHeader/>')
    expect(document).toContain('<w:cantSplit/>')
    expect(document).toContain('<w:lang w:val="ja-JP" w:eastAsia="ja-JP"/>')
    const styles = partOf(bytes, 'word/styles.xml')
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri"[^>]*w:eastAsia="Yu Gothic"/,
    )
    expect(styles).toContain('<w:lang w:val="fr-FR" w:eastAsia="ja-JP"/>')
    expect(styles).toContain('<w:style w:type="paragraph" w:styleId="Heading1">')
    const core = partOf(bytes, 'docProps/core.xml')
    expect(core).toContain(
      `<dc:title>Programme — ${view.meta.title.fr} / プログラム — ${view.meta.title.ja}</dc:title>`,
    )
    expect(core).toContain('<dc:creator>Kaigi</dc:creator>')
  })

  it('gives one language: Japanese words, not the French ones', async () => {
    const view = demoProgrammeView()
    const text = await rawText(await renderDocx(view, { lang: ExportLang.Japanese }))
    expect(text).toContain(view.meta.title.ja)
    expect(text).not.toContain(view.meta.title.fr)
    const ja = fileWords('ja')
    for (const word of [
      ja.dates,
      ja.venue,
      ja.globalTheme,
      ja.roles.speaker,
      ja.interpretation.simultaneous,
    ]) {
      expect(text).toContain(word)
    }
    const fr = fileWords('fr')
    for (const word of [
      'Dates',
      fr.venue,
      fr.globalTheme,
      fr.roles.speaker,
      fr.roles.moderator,
      fr.interpretation.simultaneous,
      'Programme publié',
    ]) {
      expect(text).not.toContain(word)
    }
    for (const session of sessionsOf(view)) {
      expect(text).toContain(session.title.ja)
      expect(text).not.toContain(session.title.fr)
    }
    // No column of languages over a single one.
    expect(text).not.toContain('日本語')

    const french = await rawText(await renderDocx(view, { lang: ExportLang.French }))
    expect(french).toContain(view.meta.title.fr)
    expect(french).not.toContain(view.meta.title.ja)
    expect(french).not.toContain(ja.globalTheme)
  })

  it('falls back to the other language where one language is missing, alone', async () => {
    const view = demoProgrammeView()
    const session = sessionsOf(view)[0]
    if (!session) throw new Error('the demo has sessions')
    session.title = { fr: 'Seulement en français', ja: '', en: '' }
    const text = await rawText(await renderDocx(view, { lang: ExportLang.Japanese }))
    expect(text).toContain('Seulement en français')
  })

  it('keeps hostile text as text', async () => {
    const view = demoProgrammeView()
    const session = sessionsOf(view)[0]
    if (!session) throw new Error('the demo has sessions')
    const hostile = `<w:p>Atelier "A&B" </w:t></w:r> <script>alert('x')</script> & ]]>`
    session.title = { fr: hostile, ja: `「${hostile}」`, en: '' }
    view.meta.title.fr = 'Rencontres <b>&</b> "Co"'
    const bytes = await renderDocx(view, { lang: ExportLang.Both })
    const text = await rawText(bytes)
    expect(text).toContain(hostile)
    expect(text).toContain(`「${hostile}」`)
    expect(text).toContain('Rencontres <b>&</b> "Co"')
    expect(partOf(bytes, 'docProps/core.xml')).toContain(
      'Programme — Rencontres &lt;b&gt;&amp;&lt;/b&gt; &quot;Co&quot;',
    )
  })

  it('stays a well-formed Word file when a title holds characters XML cannot', async () => {
    const view = demoProgrammeView()
    const session = sessionsOf(view)[0]
    if (!session) throw new Error('the demo has sessions')
    session.title = { fr: 'Atelier \uFFFE\uFFFF\u0001 fin', ja: '分科会\uD800', en: '' }
    const document = partOf(await renderDocx(view, { lang: ExportLang.Both }), 'word/document.xml')
    const folder = await mkdtemp(join(tmpdir(), 'kaigi-docx-'))
    try {
      const file = join(folder, 'document.xml')
      await writeFile(file, document)
      // xmllint (libxml2) refuses a part Word would refuse.
      await run('xmllint', ['--noout', file])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
    expect(document).toContain('Atelier \uFFFD\uFFFD\uFFFD fin')
  })

  it('says when it is a draft, and writes an empty programme', async () => {
    const view = demoProgrammeView()
    view.origin = { source: ExportSource.Draft, at: new Date('2024-09-01T00:00:00Z') }
    view.days = []
    const text = await rawText(await renderDocx(view, { lang: ExportLang.Both }))
    expect(text).toContain(fileWords('fr').draft)
    expect(text).toContain(fileWords('ja').draft)
    expect(text).toContain(fileWords('fr').noSessions)
    expect(text).toContain(fileWords('ja').noSessions)
  })
})
