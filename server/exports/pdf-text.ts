/**
 * The fonts of the printed programme and the text drawn with them. Noto
 * Sans JP (Latin included) draws nearly everything; what it has no glyph
 * for — emoji such as 🌸 or ✈️, which printed as empty boxes — is drawn from
 * Noto Emoji, a monochrome emoji font. Each text is split into runs by which
 * font has the glyph, and the runs are written one after the other as
 * pdfkit's continued text, so that they wrap as one text. pdfkit embeds
 * each font as a subset of the glyphs used: a file without emoji holds no
 * emoji font at all.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { type Font as FontFile, create as openFont } from 'fontkit'

type Doc = PDFKit.PDFDocument

export const Font = { Regular: 'noto-sans-jp-regular', Bold: 'noto-sans-jp-bold' } as const
export type Font = (typeof Font)[keyof typeof Font]

const FALLBACK: Record<Font, string> = {
  [Font.Regular]: 'noto-emoji-regular',
  [Font.Bold]: 'noto-emoji-bold',
}

// --- The files: read once per process. ---

interface FontBytes {
  main: Record<Font, Buffer>
  fallback: Record<Font, Buffer>
  /** What each font can draw, read from the regular files (the bold ones cover the same). */
  mainCovers: (codePoint: number) => boolean
  fallbackCovers: (codePoint: number) => boolean
}

let loaded: Promise<FontBytes> | undefined

const packageRoot = (name: string): string =>
  dirname(createRequire(import.meta.url).resolve(`${name}/package.json`))

/** Whether `file` has a glyph for a code point, remembered per code point. */
function coverage(file: FontFile): (codePoint: number) => boolean {
  const known = new Map<number, boolean>()
  return (codePoint) => {
    let has = known.get(codePoint)
    if (has === undefined) {
      has = file.hasGlyphForCodePoint(codePoint)
      known.set(codePoint, has)
    }
    return has
  }
}

function loadFonts(): Promise<FontBytes> {
  if (!loaded) {
    const jp = packageRoot('@expo-google-fonts/noto-sans-jp')
    const emoji = packageRoot('@expo-google-fonts/noto-emoji')
    const loading = Promise.all([
      readFile(join(jp, '400Regular', 'NotoSansJP_400Regular.ttf')),
      readFile(join(jp, '700Bold', 'NotoSansJP_700Bold.ttf')),
      readFile(join(emoji, '400Regular', 'NotoEmoji_400Regular.ttf')),
      readFile(join(emoji, '700Bold', 'NotoEmoji_700Bold.ttf')),
    ]).then(([regular, bold, emojiRegular, emojiBold]) => ({
      main: { [Font.Regular]: regular, [Font.Bold]: bold },
      fallback: { [Font.Regular]: emojiRegular, [Font.Bold]: emojiBold },
      mainCovers: coverage(openFont(regular) as FontFile),
      fallbackCovers: coverage(openFont(emojiRegular) as FontFile),
    }))
    // A failed read is tried again by the next file, not remembered.
    loading.catch(() => {
      if (loaded === loading) loaded = undefined
    })
    loaded = loading
  }
  return loaded
}

// --- Runs of text by font. ---

/** A stretch of text drawn in one font: the main one, or the fallback. */
export interface FontRun {
  text: string
  fallback: boolean
}

const VARIATION_TEXT = 0xfe0e
const VARIATION_EMOJI = 0xfe0f
const ZERO_WIDTH_JOINER = 0x200d
/** Marks that shape the character before them and draw nothing of their own. */
const JOINING = new Set([VARIATION_TEXT, VARIATION_EMOJI, ZERO_WIDTH_JOINER])

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

/**
 * `text` split into runs by font. A character (a grapheme: '✈️', '👩‍💻' and
 * '🇫🇷' are one each) goes to the fallback when the main font lacks one of
 * its code points and the fallback has its first, or when it asks for its
 * emoji form (U+FE0F) and the fallback has that; else to the main font, its
 * variation selectors dropped, since the main font draws none.
 */
export function fontRuns(
  text: string,
  mainCovers: (codePoint: number) => boolean,
  fallbackCovers: (codePoint: number) => boolean,
): FontRun[] {
  const runs: FontRun[] = []
  for (const { segment } of graphemes.segment(text)) {
    const points = [...segment].map((char) => char.codePointAt(0) ?? 0)
    const first = points[0] ?? 0
    // Plain text, by far the most of it: no lookup in the fallback.
    const mainHasAll = points.every((point) => JOINING.has(point) || mainCovers(point))
    const wantsEmoji = points.includes(VARIATION_EMOJI)
    const fallback = (!mainHasAll || wantsEmoji) && fallbackCovers(first)
    const shown = fallback
      ? segment
      : String.fromCodePoint(
          ...points.filter((point) => point !== VARIATION_TEXT && point !== VARIATION_EMOJI),
        )
    const last = runs.at(-1)
    if (last && last.fallback === fallback) last.text += shown
    else if (shown) runs.push({ text: shown, fallback })
  }
  return runs
}

// --- Drawing and measuring through the runs. ---

interface DocFonts {
  bytes: FontBytes
  /** The main font in use, as `useFont` last set it. */
  current: Font
}

const docFonts = new WeakMap<Doc, DocFonts>()

function fontsOf(doc: Doc): DocFonts {
  const fonts = docFonts.get(doc)
  if (!fonts) throw new Error('registerFonts(doc) was not called')
  return fonts
}

/** Registers the programme's fonts (main and fallback) in `doc`, the regular one in use. */
export async function registerFonts(doc: Doc): Promise<void> {
  const bytes = await loadFonts()
  for (const font of Object.values(Font)) {
    doc.registerFont(font, bytes.main[font])
    doc.registerFont(FALLBACK[font], bytes.fallback[font])
  }
  docFonts.set(doc, { bytes, current: Font.Regular })
  doc.font(Font.Regular)
}

/** Sets `font` as the main font of the text that follows. */
export function useFont(doc: Doc, font: Font): void {
  fontsOf(doc).current = font
  doc.font(font)
}

function runsOf(doc: Doc, text: string): { runs: FontRun[]; main: Font } {
  const { bytes, current } = fontsOf(doc)
  return { runs: fontRuns(text, bytes.mainCovers, bytes.fallbackCovers), main: current }
}

const onlyMain = (runs: readonly FontRun[]): boolean => runs.every((run) => !run.fallback)

/** pdfkit's text loop, with its own line callback: what `heightOfString` runs on. */
interface TextLoop {
  _text(
    text: string,
    x: number,
    y: number,
    options: PDFKit.Mixins.TextOptions,
    lineCallback: () => void,
  ): void
  _text(
    text: string,
    options: PDFKit.Mixins.TextOptions,
    y: undefined,
    none: undefined,
    lineCallback: () => void,
  ): void
  _lineGap?: number
}

/**
 * `doc.text` through the runs: at (`x`, `y`) when given, else where the
 * text before it ended (after one drawn with `continued`).
 */
export function drawText(
  doc: Doc,
  text: string,
  x: number | undefined,
  y: number | undefined,
  options: PDFKit.Mixins.TextOptions = {},
): void {
  const { runs, main } = runsOf(doc, text)
  if (onlyMain(runs)) {
    const plain = runs.map((run) => run.text).join('')
    if (x === undefined) doc.text(plain, options)
    else doc.text(plain, x, y, options)
    return
  }
  // pdfkit aligns each run of a line by itself: a right or centred line is placed whole.
  const align = options.align ?? 'left'
  if (align !== 'left' && align !== 'justify' && x !== undefined && options.width !== undefined) {
    const width = textWidth(doc, text, options)
    if (width < options.width) {
      const shift = align === 'right' ? options.width - width : (options.width - width) / 2
      drawText(doc, text, x + shift, y, { ...options, align: 'left', width: width + 1 })
      return
    }
  }
  runs.forEach((run, index) => {
    doc.font(run.fallback ? FALLBACK[main] : main)
    const last = index === runs.length - 1
    const runOptions = {
      ...options,
      align: 'left' as const,
      continued: last ? options.continued : true,
    }
    if (index === 0 && x !== undefined) doc.text(run.text, x, y, runOptions)
    else doc.text(run.text, runOptions)
  })
  doc.font(main)
}

/** `doc.heightOfString` through the runs: the height `drawText` will take. */
export function heightOfText(doc: Doc, text: string, options: PDFKit.Mixins.TextOptions): number {
  const { runs, main } = runsOf(doc, text)
  if (onlyMain(runs)) return doc.heightOfString(runs.map((run) => run.text).join(''), options)
  // As pdfkit's heightOfString does, with one line callback across the runs.
  const loop = doc as unknown as TextLoop
  const { x, y } = doc
  const lineGap = options.lineGap || loop._lineGap || 0
  runs.forEach((run, index) => {
    doc.font(run.fallback ? FALLBACK[main] : main)
    const last = index === runs.length - 1
    const runOptions: PDFKit.Mixins.TextOptions = {
      ...options,
      align: 'left',
      height: Number.POSITIVE_INFINITY,
      continued: !last,
    }
    const line = () => {
      doc.y += doc.currentLineHeight(true) + lineGap
    }
    // After the first run, pdfkit reads the options from where x would be.
    if (index === 0) loop._text(run.text, x, y, runOptions, line)
    else loop._text(run.text, runOptions, undefined, undefined, line)
  })
  doc.font(main)
  const height = doc.y - y
  doc.x = x
  doc.y = y
  return height
}

/** `doc.widthOfString` through the runs. */
export function textWidth(doc: Doc, text: string, options: PDFKit.Mixins.TextOptions = {}): number {
  const { runs, main } = runsOf(doc, text)
  let width = 0
  for (const run of runs) {
    doc.font(run.fallback ? FALLBACK[main] : main)
    width += doc.widthOfString(run.text, options)
  }
  doc.font(main)
  return width
}

/**
 * `text` cut to one line of `width`, ending in '…' when cut: pdfkit's own
 * ellipsis sees one run at a time, and would wrap a run it cannot fit.
 */
export function fitLine(
  doc: Doc,
  text: string,
  width: number,
  options: PDFKit.Mixins.TextOptions = {},
): string {
  const line = text.replace(/\s*\n\s*/g, ' ')
  if (textWidth(doc, line, options) <= width) return line
  const parts = [...graphemes.segment(line)].map((part) => part.segment)
  let low = 0
  let high = parts.length
  // The longest start that fits with its ellipsis.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    const cut = `${parts.slice(0, mid).join('').trimEnd()}…`
    if (textWidth(doc, cut, options) <= width) low = mid
    else high = mid - 1
  }
  return `${parts.slice(0, low).join('').trimEnd()}…`
}
