/**
 * Emoji and symbols in the printed programme: Noto Sans JP has no glyph for
 * 🌸 or ✈, which printed as empty boxes; the PDF now draws them from an
 * embedded Noto Emoji, and poppler (pdffonts, pdftotext, pdftoppm) sees it.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPdf } from '../../../server/exports/pdf'
import { fontRuns } from '../../../server/exports/pdf-text'
import type { ProgrammeView } from '../../../server/exports/programme-view'
import { ExportLang } from '../../../shared/exports'
import { demoProgrammeView } from '../../helpers/programme-view'

const run = promisify(execFile)
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'e2e', 'screenshots')

const EMOJI_TITLE = { fr: 'Atelier 🌸 jeunesse ✈️', ja: '青少年🌸交流✈️分科会', en: '' }

/** The demo programme with emoji in the edition's title and in its first session's. */
function emojiView(): ProgrammeView {
  const view = demoProgrammeView()
  const [day, ...days] = view.days
  if (!day) throw new Error('the demo programme has no day')
  const [session, ...sessions] = day.sessions
  if (!session) throw new Error('the demo programme has no session')
  return {
    ...view,
    meta: { ...view.meta, title: { ...view.meta.title, fr: `${view.meta.title.fr} 🎌` } },
    days: [{ ...day, sessions: [{ ...session, title: EMOJI_TITLE }, ...sessions] }, ...days],
  }
}

let dir: string
let file: string
let plainFile: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kaigi-pdf-symbols-'))
  file = join(dir, 'emoji.pdf')
  plainFile = join(dir, 'plain.pdf')
  await writeFile(file, await renderPdf(emojiView(), { lang: ExportLang.Both }))
  await writeFile(plainFile, await renderPdf(demoProgrammeView(), { lang: ExportLang.Both }))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** pdffonts' table: one row per font, its name first and `emb`/`sub` as yes/no. */
async function fonts(
  path: string,
): Promise<Array<{ name: string; embedded: boolean; subset: boolean }>> {
  const { stdout } = await run('pdffonts', [path])
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/)
      // name type [type…] encoding emb sub uni object ID
      const [emb, sub] = cells.slice(-5, -3)
      return { name: cells[0] ?? '', embedded: emb === 'yes', subset: sub === 'yes' }
    })
}

describe('emoji and symbols in the PDF programme', () => {
  it('embeds a subset of Noto Emoji for the emoji of a title, beside Noto Sans JP', async () => {
    const list = await fonts(file)
    const emoji = list.filter((font) => /NotoEmoji/.test(font.name))
    expect(emoji.length).toBeGreaterThan(0)
    for (const font of emoji) expect(font).toMatchObject({ embedded: true, subset: true })
    expect(list.some((font) => /NotoSansJP/.test(font.name))).toBe(true)
  })

  it('keeps the emoji as text a reader can copy or search', async () => {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
    expect(stdout).toContain('🌸')
    expect(stdout).toContain('✈')
    expect(stdout).toContain('jeunesse')
    expect(stdout).toContain('青少年')
  })

  it('stays small: the emoji font adds a subset, not the whole 870 KB font', async () => {
    const [withEmoji, plain] = await Promise.all([stat(file), stat(plainFile)])
    expect(withEmoji.size - plain.size).toBeLessThan(60_000)
  })

  it('adds no emoji font to a programme without emoji', async () => {
    expect((await fonts(plainFile)).some((font) => /NotoEmoji/.test(font.name))).toBe(false)
  })

  it('renders the cover and the first day for a person to look at', async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    // The cover holds the edition's title, page 2 the first day and its first session.
    for (const [page, name] of [
      [1, 'pdf-emoji-cover'],
      [2, 'pdf-emoji-title'],
    ] as const) {
      const prefix = join(SCREENSHOTS, name)
      await run('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-singlefile',
        file,
        prefix,
      ])
      expect((await stat(`${prefix}.png`)).size).toBeGreaterThan(10_000)
    }
  })
})

describe('splitting a text by which font has its glyphs', () => {
  // Noto Sans JP has ⇄, ☀ and ⚠ but no 🌸 or ✈; Noto Emoji has ☀, ⚠, 🌸 and ✈ but no letters.
  const main = new Set([...'Atelier jeunesse 青少年⇄☀⚠ '].map((char) => char.codePointAt(0)))
  const emoji = new Set([...'☀⚠🌸✈👩💻🇫🇷'].map((char) => char.codePointAt(0)))
  const runs = (text: string) =>
    fontRuns(
      text,
      (point) => main.has(point),
      (point) => emoji.has(point),
    )

  it('keeps plain text in one run of the main font', () => {
    expect(runs('Atelier jeunesse ⇄ 青少年')).toEqual([
      { text: 'Atelier jeunesse ⇄ 青少年', fallback: false },
    ])
  })

  it('draws what the main font lacks from the fallback, a whole emoji sequence at once', () => {
    expect(runs('Atelier 🌸 jeunesse ✈️')).toEqual([
      { text: 'Atelier ', fallback: false },
      { text: '🌸', fallback: true },
      { text: ' jeunesse ', fallback: false },
      { text: '✈️', fallback: true },
    ])
    expect(runs('👩‍💻🇫🇷')).toEqual([{ text: '👩‍💻🇫🇷', fallback: true }])
  })

  it('keeps a symbol both fonts have in the main font unless its emoji form is asked for', () => {
    expect(runs('⚠ ☀️')).toEqual([
      { text: '⚠ ', fallback: false },
      { text: '☀️', fallback: true },
    ])
    // Its text form asked for: the main font, the selector dropped (it draws nothing).
    expect(runs('☀\uFE0E')).toEqual([{ text: '☀', fallback: false }])
  })
})
