/**
 * The printed programme, read back by poppler (pdftotext, pdfinfo, pdffonts,
 * pdftoppm): what a committee member's viewer or printer would make of it.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileWords } from '../../../server/exports/labels'
import { renderPdf } from '../../../server/exports/pdf'
import type { ProgrammeView } from '../../../server/exports/programme-view'
import { Lang } from '../../../shared/doc/edition'
import { ExportLang, ExportSource } from '../../../shared/exports'
import { demoProgrammeView } from '../../helpers/programme-view'

const run = promisify(execFile)
const fr = fileWords(Lang.French)
const ja = fileWords(Lang.Japanese)

let dir: string
const files = new Map<string, string>()

/** The programme's PDF, written once per name into the test's directory. */
async function pdf(name: string, lang: ExportLang, view = demoProgrammeView()): Promise<string> {
  const known = files.get(name)
  if (known) return known
  const path = join(dir, `${name}.pdf`)
  await writeFile(path, await renderPdf(view, { lang }))
  files.set(name, path)
  return path
}

const text = async (file: string): Promise<string> =>
  (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])).stdout

async function info(file: string): Promise<Map<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file])
  return new Map(
    stdout.split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line)
      return match?.[1] && match[2] !== undefined ? [[match[1], match[2]] as const] : []
    }),
  )
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kaigi-pdf-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the PDF programme', () => {
  it('sets French and Japanese side by side: titles, rooms, people, times, the interpretation', async () => {
    const content = await text(await pdf('both', ExportLang.Both))
    for (const expected of [
      // The edition, on the cover.
      '8es Rencontres franco-japonaises',
      '第8回日仏自治体交流会議',
      '18–21 novembre 2024',
      '2024年11月18日～21日',
      'Granship',
      'グランシップ',
      'Territoires résilients et attractifs',
      fr.globalTheme.toUpperCase(),
      ja.globalTheme,
      'Programme définitif',
      fr.timesIn('Tokyo'),
      ja.timesIn('東京'),
      // The sessions, day by day.
      fr.day('2024-11-18'),
      ja.day('2024-11-18'),
      'Déjeuner de bienvenue',
      '歓迎昼食会',
      '現地視察：用宗地区',
      '開会式',
      '12:00',
      '13:30',
      'Salle de conférence Kaze',
      '会議ホール・風',
      'Claire Dubois',
      'クレール・デュボワ',
      'カンヌ市',
      'Maire adjointe, Ville de Shizuoka',
      fr.roles.speaker.toUpperCase(),
      ja.roles.moderator,
      fr.interpretation.simultaneous,
      ja.interpretation.simultaneous,
    ]) {
      expect(content, expected).toContain(expected)
    }
  })

  it('in Japanese alone, keeps the cover and sessions in Japanese', async () => {
    const content = await text(await pdf('ja', ExportLang.Japanese))
    for (const expected of [
      '第8回日仏自治体交流会議',
      '歓迎昼食会',
      '同時通訳（日仏）',
      ja.venue,
      ja.dates,
    ]) {
      expect(content, expected).toContain(expected)
    }
    for (const absent of [
      'Rencontres franco-japonaises',
      fr.globalTheme.toUpperCase(),
      fr.venue.toUpperCase(),
      fr.timesIn('Tokyo'),
      'Déjeuner de bienvenue',
      fr.interpretation.simultaneous,
    ]) {
      expect(content, absent).not.toContain(absent)
    }
  })

  it('in French alone, holds no Japanese title', async () => {
    const content = await text(await pdf('fr', ExportLang.French))
    expect(content).toContain('Déjeuner de bienvenue')
    expect(content).toContain(fr.interpretation.simultaneous)
    expect(content).not.toContain('歓迎昼食会')
    expect(content).not.toContain('第8回日仏自治体交流会議')
  })

  it('says on the cover and on every page when it is a draft', async () => {
    const view: ProgrammeView = {
      ...demoProgrammeView(),
      origin: { source: ExportSource.Draft, at: new Date('2024-09-01T00:00:00Z') },
    }
    const file = await pdf('draft', ExportLang.Both, view)
    const pages = Number((await info(file)).get('Pages'))
    for (let page = 1; page <= pages; page++) {
      const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), file, '-'])
      expect(stdout, `page ${page}`).toContain(fr.draft)
      expect(stdout, `page ${page}`).toContain(ja.draft)
    }
  })

  it('carries its title and language', async () => {
    const both = await pdf('both', ExportLang.Both)
    const jaFile = await pdf('ja', ExportLang.Japanese)
    expect((await info(both)).get('Title')).toBe(
      `${fr.pageTitle('8es Rencontres franco-japonaises de la coopération décentralisée')} / ${ja.pageTitle('第8回日仏自治体交流会議')}`,
    )
    expect((await info(jaFile)).get('Title')).toBe(ja.pageTitle('第8回日仏自治体交流会議'))
    // The catalogue is written plain, outside any compressed stream.
    expect((await readFile(both)).toString('latin1')).toContain('/Lang (fr-FR)')
    expect((await readFile(jaFile)).toString('latin1')).toContain('/Lang (ja-JP)')
  })

  it('embeds Noto Sans JP as subsets, and stays small', async () => {
    const file = await pdf('both', ExportLang.Both)
    const { stdout } = await run('pdffonts', [file])
    const fonts = stdout.split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      // name, type, encoding, emb, sub, uni, object id
      expect(font).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold)\s.*\byes\s+yes\s+yes\s+\d+\s+\d+$/)
    }
    expect(fonts.some((font) => font.includes('NotoSansJP-Bold'))).toBe(true)
    // The whole font is 5 MB; its subset a small part of it.
    expect((await readFile(file)).byteLength).toBeLessThan(300_000)
  })

  it('renders every page to an image', async () => {
    const file = await pdf('both', ExportLang.Both)
    const pages = Number((await info(file)).get('Pages'))
    expect(pages).toBeGreaterThan(2)
    const images = join(dir, 'pages')
    await mkdir(images)
    await run('pdftoppm', ['-png', '-r', '50', file, join(images, 'page')])
    const pngs = (await readdir(images)).filter((name) => name.endsWith('.png')).sort()
    expect(pngs).toHaveLength(pages)
    for (const png of pngs) {
      const bytes = await readFile(join(images, png))
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(bytes.byteLength).toBeGreaterThan(1000)
    }
  })
})
