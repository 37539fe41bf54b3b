/**
 * The printable programme: an A4 PDF with a cover (the edition, its dates,
 * venue and global theme, which version it shows) and then the sessions day
 * by day. With `lang=both` French and Japanese stand side by side, row by
 * row, so that a title faces its translation; `fr` or `ja` gives one
 * language. Every glyph comes from Noto Sans JP (Latin included), or from
 * Noto Emoji for the emoji and symbols it lacks (`pdf-text.ts`), each
 * embedded as a subset, so the file prints the same anywhere.
 */
import PDFDocument from 'pdfkit'
import { formatDateRange } from '../../shared/calendar-days'
import { Lang } from '../../shared/doc/edition'
import { ExportSource } from '../../shared/exports'
import type { ExportOptions } from './export-format'
import {
  exportLangs,
  fileWords,
  interpretationMark,
  kindLabel,
  originLine,
  ownText,
  personAbout,
  roleLabel,
  roomText,
  zoneName,
} from './labels'
import {
  drawText,
  Font,
  fitLine,
  heightOfText,
  registerFonts,
  textWidth,
  useFont,
} from './pdf-text'
import { type PersonView, type ProgrammeView, type SessionView, textIn } from './programme-view'

type Doc = PDFKit.PDFDocument

// --- The page. ---

const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = { top: 62, bottom: 60, left: 50, right: 50 }
const LEFT = MARGIN.left
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const BOTTOM = PAGE.height - MARGIN.bottom
/** The time of a session, left of its columns. */
const GUTTER = 50
const GUTTER_GAP = 14
const COLUMN_GAP = 18

const COLOUR = {
  ink: '#1a2130',
  text: '#3a4252',
  muted: '#6b7384',
  accent: '#1f3a68',
  rule: '#d4d9e1',
  tint: '#eaeff6',
  interpretation: '#0b6b60',
  draft: '#a3331f',
}

interface Style {
  font: Font
  size: number
  color: string
  lineGap: number
  characterSpacing?: number
}

const style = (font: Font, size: number, color: string, lineGap = 1.5): Style => ({
  font,
  size,
  color,
  lineGap,
})

const STYLE = {
  overline: { ...style(Font.Bold, 9.5, COLOUR.accent), characterSpacing: 1.6 },
  coverTitle: style(Font.Bold, 24, COLOUR.ink, 3),
  coverSecondTitle: style(Font.Bold, 19, COLOUR.ink, 3),
  coverLabel: { ...style(Font.Bold, 8, COLOUR.muted), characterSpacing: 0.5 },
  coverValue: style(Font.Regular, 11.5, COLOUR.ink, 2.5),
  coverStrong: style(Font.Bold, 11.5, COLOUR.ink, 2.5),
  coverAside: style(Font.Regular, 9.5, COLOUR.muted, 2),
  coverText: style(Font.Regular, 9, COLOUR.text, 3),
  origin: style(Font.Regular, 9, COLOUR.text, 2),
  draft: style(Font.Bold, 10, COLOUR.draft, 2),
  note: style(Font.Regular, 7.5, COLOUR.muted, 1),
  day: style(Font.Bold, 12, COLOUR.accent, 0),
  time: style(Font.Bold, 11, COLOUR.ink, 0),
  timeEnd: style(Font.Regular, 8.5, COLOUR.muted, 0),
  kind: { ...style(Font.Bold, 7, COLOUR.accent), characterSpacing: 0.5 },
  room: style(Font.Regular, 7.5, COLOUR.muted),
  title: style(Font.Bold, 10.5, COLOUR.ink, 1.5),
  theme: style(Font.Regular, 8, COLOUR.accent, 1.5),
  description: style(Font.Regular, 8.5, COLOUR.text, 2.2),
  label: { ...style(Font.Bold, 7, COLOUR.muted), characterSpacing: 0.6 },
  name: style(Font.Bold, 8.5, COLOUR.ink, 1),
  role: style(Font.Regular, 7.5, COLOUR.muted, 1.2),
  badge: style(Font.Regular, 7, COLOUR.interpretation, 0),
  running: style(Font.Regular, 7, COLOUR.muted, 0),
} satisfies Record<string, Style>

// --- Rows of text, one cell per language, measured before they are drawn. ---

interface Piece {
  text: string
  style: Style
  gapBefore?: number
  /** Set before `text` on the same line, in its own style: 「ATELIER · Salle 1」. */
  lead?: { text: string; style: Style }
  /** Drawn in a rounded frame: the interpretation mark. */
  badge?: boolean
}

/** One language's part of a row. */
type Cell = Piece[]

interface Row {
  /** One per column, in the columns' order. */
  cells: Cell[]
  gapBefore: number
}

interface Column {
  lang: Lang
  x: number
  width: number
}

const BADGE_PADDING = { x: 5, y: 2.5 }

function applyStyle(doc: Doc, { font, size, color }: Style): void {
  useFont(doc, font)
  doc.fontSize(size).fillColor(color)
}

function textOptions(s: Style, width: number): PDFKit.Mixins.TextOptions {
  return { width, lineGap: s.lineGap, characterSpacing: s.characterSpacing ?? 0 }
}

function pieceHeight(doc: Doc, piece: Piece, width: number): number {
  if (piece.badge) return piece.style.size * 1.45 + 2 * BADGE_PADDING.y
  // The lead is measured in its (bold) style with the rest: never less than drawn.
  const s = piece.lead ? piece.lead.style : piece.style
  applyStyle(doc, s)
  if (piece.lead) doc.fontSize(Math.max(piece.lead.style.size, piece.style.size))
  const text = piece.lead ? piece.lead.text + piece.text : piece.text
  return heightOfText(doc, text, textOptions(s, width))
}

function cellHeight(doc: Doc, cell: Cell, width: number): number {
  return cell.reduce(
    (height, piece, index) =>
      height + (index > 0 ? (piece.gapBefore ?? 0) : 0) + pieceHeight(doc, piece, width),
    0,
  )
}

const rowHeight = (doc: Doc, row: Row, columns: readonly Column[]): number =>
  Math.max(0, ...row.cells.map((cell, i) => cellHeight(doc, cell, columns[i]?.width ?? WIDTH)))

function drawPiece(
  doc: Doc,
  piece: Piece,
  x: number,
  y: number,
  width: number,
  height?: number,
): void {
  if (piece.badge) {
    applyStyle(doc, piece.style)
    const measured = textWidth(doc, piece.text)
    doc
      .roundedRect(
        x,
        y,
        Math.min(width, measured + 2 * BADGE_PADDING.x),
        pieceHeight(doc, piece, width),
        3,
      )
      .lineWidth(0.7)
      .strokeColor(piece.style.color)
      .stroke()
    drawText(doc, piece.text, x + BADGE_PADDING.x, y + BADGE_PADDING.y + 0.5, { lineBreak: false })
    return
  }
  // Cut short (with an ellipsis) only where a text would not fit on a whole page.
  const clip = height === undefined ? {} : { height, ellipsis: true }
  if (piece.lead) {
    applyStyle(doc, piece.lead.style)
    drawText(doc, piece.lead.text, x, y, {
      ...textOptions(piece.lead.style, width),
      ...clip,
      continued: true,
    })
    applyStyle(doc, piece.style)
    drawText(doc, piece.text, undefined, undefined, {
      characterSpacing: piece.style.characterSpacing ?? 0,
    })
    return
  }
  applyStyle(doc, piece.style)
  drawText(doc, piece.text, x, y, { ...textOptions(piece.style, width), ...clip })
}

/** The cell's pieces from `top`, none of them past `bottom`. */
function drawCell(doc: Doc, cell: Cell, column: Column, top: number, bottom: number): void {
  let y = top
  for (const [index, piece] of cell.entries()) {
    if (index > 0) y += piece.gapBefore ?? 0
    const height = pieceHeight(doc, piece, column.width)
    if (y + height <= bottom) {
      drawPiece(doc, piece, column.x, y, column.width)
      y += height
      continue
    }
    applyStyle(doc, piece.style)
    if (!piece.badge && bottom - y >= doc.currentLineHeight(true)) {
      drawPiece(doc, piece, column.x, y, column.width, bottom - y)
    }
    return
  }
}

// --- Where the next thing goes, and the pages it takes. ---

class Flow {
  y = MARGIN.top
  /** Pages this flow began, to tell whether a block stayed on one. */
  pages = 0

  constructor(
    readonly doc: Doc,
    readonly columns: readonly Column[],
  ) {}

  newPage(): void {
    this.doc.addPage()
    this.pages++
    this.y = MARGIN.top
  }

  /** Whether `height` more fits on this page. */
  fits(height: number): boolean {
    return this.y + height <= BOTTOM
  }

  /** `height` fits on this page, or a new page begins (unless this one is still empty). */
  room(height: number): void {
    if (!this.fits(height) && this.y > MARGIN.top) this.newPage()
  }

  /** The rows; a page break falls between two rows, never inside one. */
  rows(rows: readonly Row[], onTop?: (y: number) => void): void {
    rows.forEach((row, index) => {
      const gap = index > 0 ? row.gapBefore : 0
      // A row taller than a page (a description of many pages) is cut at the page's end.
      const height = Math.min(rowHeight(this.doc, row, this.columns), BOTTOM - MARGIN.top)
      if (!this.fits(gap + height) && this.y > MARGIN.top) this.newPage()
      else this.y += gap
      if (index === 0) onTop?.(this.y)
      row.cells.forEach((cell, i) => {
        const column = this.columns[i]
        if (column) drawCell(this.doc, cell, column, this.y, this.y + height)
      })
      this.y += height
    })
  }

  rowsHeight(rows: readonly Row[]): number {
    return rows.reduce(
      (sum, row, index) =>
        sum +
        (index > 0 ? row.gapBefore : 0) +
        Math.min(rowHeight(this.doc, row, this.columns), BOTTOM - MARGIN.top),
      0,
    )
  }

  rule(color = COLOUR.rule, width = 0.5): void {
    this.doc
      .moveTo(LEFT, this.y)
      .lineTo(LEFT + WIDTH, this.y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
  }
}

/** A row with one cell per language, each made by `cell`; none if every cell is empty. */
function row(langs: readonly Lang[], gapBefore: number, cell: (lang: Lang) => Cell): Row[] {
  const cells = langs.map(cell)
  return cells.some((c) => c.length > 0) ? [{ cells, gapBefore }] : []
}

// --- The words. ---

/** In one language, a missing text falls back to another; side by side it stays empty. */
// --- The cover. ---

function drawCover(doc: Doc, view: ProgrammeView, langs: readonly Lang[]): void {
  const { meta } = view
  const single = langs.length === 1
  doc.rect(0, 0, PAGE.width, 10).fill(COLOUR.accent)

  let y = 118
  applyStyle(doc, STYLE.overline)
  const overline = langs.map((lang) => fileWords(lang).programme.toUpperCase()).join('   ·   ')
  drawText(doc, overline, LEFT, y, { ...textOptions(STYLE.overline, WIDTH) })
  y += heightOfText(doc, overline, textOptions(STYLE.overline, WIDTH)) + 14

  langs.forEach((lang, index) => {
    const title = textIn(meta.title, lang)
    const s = index === 0 ? STYLE.coverTitle : STYLE.coverSecondTitle
    if (index > 0) y += 10
    applyStyle(doc, s)
    drawText(doc, title, LEFT, y, textOptions(s, WIDTH))
    y += heightOfText(doc, title, textOptions(s, WIDTH))
  })
  y += 20
  doc.rect(LEFT, y, 48, 3).fill(COLOUR.accent)
  y += 30

  const half = (WIDTH - 2 * COLUMN_GAP) / 2
  const columns: Column[] = single
    ? [{ lang: langs[0] ?? Lang.French, x: LEFT, width: WIDTH * 0.82 }]
    : langs.map((lang, i) => ({ lang, x: LEFT + i * (half + 2 * COLUMN_GAP), width: half }))
  const flow = new Flow(doc, columns)
  flow.y = y
  const label = (lang: Lang, text: string): Piece => ({
    text: lang === Lang.French ? text.toUpperCase() : text,
    style: STYLE.coverLabel,
  })
  const dates = formatDateRange(meta.startDate, meta.endDate, Lang.French, meta.year)
  const rows: Row[] = [
    ...(dates
      ? row(langs, 0, (lang) => [
          label(lang, fileWords(lang).dates),
          {
            text: formatDateRange(meta.startDate, meta.endDate, lang, meta.year),
            style: STYLE.coverValue,
            gapBefore: 4,
          },
        ])
      : []),
    ...row(langs, 20, (lang) => {
      const venue = textIn(meta.venue, lang).trim()
      const city = textIn(meta.hostCity, lang).trim()
      if (!venue && !city) return []
      return [
        label(lang, fileWords(lang).venue),
        { text: venue || city, style: STYLE.coverValue, gapBefore: 4 },
        ...(venue && city ? [{ text: city, style: STYLE.coverAside, gapBefore: 2 }] : []),
      ]
    }),
  ]
  const theme = view.globalTheme
  if (theme) {
    rows.push(
      ...row(langs, 20, (lang) => [
        label(lang, fileWords(lang).globalTheme),
        { text: textIn(theme.title, lang), style: STYLE.coverStrong, gapBefore: 4 },
      ]),
      ...row(langs, 8, (lang) => {
        const description = ownText(theme.description, lang, single)
        return description ? [{ text: description, style: STYLE.coverText }] : []
      }),
    )
  }
  flow.rows(rows)

  // Which state of the programme this is, at the foot of the cover.
  const draft = view.origin.source === ExportSource.Draft
  const originRows: Row[] = [
    ...row(langs, 0, (lang) => [
      { text: originLine(view, lang), style: draft ? STYLE.draft : STYLE.origin },
    ]),
    ...row(langs, 6, (lang) => [
      { text: fileWords(lang).timesIn(zoneName(meta.timeZone, lang)), style: STYLE.origin },
    ]),
  ]
  const originHeight = flow.rowsHeight(originRows)
  flow.y = Math.max(flow.y + 36, BOTTOM - originHeight - 10)
  if (!flow.fits(originHeight + 10)) flow.newPage()
  if (draft) {
    doc
      .rect(LEFT - 10, flow.y - 10, WIDTH + 20, originHeight + 20)
      .lineWidth(1)
      .strokeColor(COLOUR.draft)
      .stroke()
  } else {
    flow.rule(COLOUR.rule, 0.7)
  }
  flow.y += 10
  flow.rows(originRows)
}

// --- The sessions. ---

function personRows(
  people: readonly PersonView[],
  heading: (lang: Lang) => string,
  langs: readonly Lang[],
  single: boolean,
): Row[] {
  if (people.length === 0) return []
  return [
    ...row(langs, 7, (lang) => [
      {
        text: lang === Lang.French ? heading(lang).toUpperCase() : heading(lang),
        style: STYLE.label,
      },
    ]),
    ...people.flatMap((person, index) =>
      row(langs, index === 0 ? 2.5 : 4, (lang) => {
        const about = personAbout(person, lang, single)
        return [
          { text: textIn(person.name, lang), style: STYLE.name },
          ...(about ? [{ text: about, style: STYLE.role, gapBefore: 1 }] : []),
        ]
      }),
    ),
  ]
}

function sessionRows(session: SessionView, langs: readonly Lang[]): Row[] {
  const single = langs.length === 1
  const rows: Row[] = [
    ...row(langs, 0, (lang) => {
      const kind = kindLabel(session.kind, lang)
      const room = roomText(session, lang) || fileWords(lang).noRoom
      return [
        {
          lead: {
            text: `${lang === Lang.French ? kind.toUpperCase() : kind}   `,
            style: STYLE.kind,
          },
          text: room,
          style: STYLE.room,
        },
      ]
    }),
    ...row(langs, 3, (lang) => [{ text: textIn(session.title, lang), style: STYLE.title }]),
  ]
  const theme = session.theme
  if (theme) {
    rows.push(
      ...row(langs, 2.5, (lang) => [{ text: textIn(theme.title, lang), style: STYLE.theme }]),
    )
  }
  rows.push(
    ...row(langs, 5, (lang) => {
      const description = ownText(session.description, lang, single)
      return description ? [{ text: description, style: STYLE.description }] : []
    }),
    ...session.people.flatMap(({ role, persons }) =>
      personRows(persons, (lang) => roleLabel(role, lang), langs, single),
    ),
    ...row(langs, 7, (lang) => {
      const mark = interpretationMark(session, lang)
      return mark ? [{ text: mark, style: STYLE.badge, badge: true }] : []
    }),
  )
  return rows
}

/** The start in bold, the end under it: "09:30", "– 13:00". */
function drawTime(doc: Doc, session: SessionView, lang: Lang, y: number): void {
  const range = fileWords(lang).timeRange(session.start, session.end)
  const rest = range.startsWith(session.start) ? range.slice(session.start.length).trim() : range
  const start = range.startsWith(session.start) ? session.start : ''
  let top = y
  if (start) {
    applyStyle(doc, STYLE.time)
    drawText(doc, start, LEFT, top - 1, { width: GUTTER, lineBreak: false })
    top += STYLE.time.size + 4
  }
  applyStyle(doc, STYLE.timeEnd)
  drawText(doc, rest, LEFT, top, { width: GUTTER, lineGap: 1 })
}

const BLOCK_PADDING = 10
const DAY_BAND = 26

function dayHeadingRows(langs: readonly Lang[], zone: string): Row[] {
  return row(langs, 0, (lang) => [
    { text: fileWords(lang).timesIn(zoneName(zone, lang)), style: STYLE.note },
  ])
}

function drawSessions(doc: Doc, view: ProgrammeView, langs: readonly Lang[]): void {
  const first = GUTTER + GUTTER_GAP
  const columnWidth =
    langs.length === 1 ? WIDTH - first : (WIDTH - first - COLUMN_GAP * (langs.length - 1)) / 2
  const columns: Column[] = langs.map((lang, i) => ({
    lang,
    x: LEFT + first + i * (columnWidth + COLUMN_GAP),
    width: columnWidth,
  }))
  const flow = new Flow(doc, columns)
  flow.newPage()

  if (view.days.length === 0) {
    flow.rows(row(langs, 0, (lang) => [{ text: fileWords(lang).noSessions, style: STYLE.title }]))
    return
  }

  const timeHeight = STYLE.time.size + 4 + STYLE.timeEnd.size * 1.5
  for (const day of view.days) {
    const note = dayHeadingRows(langs, view.meta.timeZone)
    const headingHeight = DAY_BAND + 6 + flow.rowsHeight(note) + 4
    const [firstSession] = day.sessions
    const firstRows = firstSession ? sessionRows(firstSession, langs) : []
    // The heading stays with its first session (all of it, when a page can hold it).
    const firstHeight = Math.min(
      BLOCK_PADDING + Math.max(timeHeight, flow.rowsHeight(firstRows)) + BLOCK_PADDING,
      BOTTOM - MARGIN.top - headingHeight - 18,
    )
    if (flow.y > MARGIN.top) flow.y += 16
    flow.room(headingHeight + firstHeight)

    doc.rect(LEFT, flow.y, WIDTH, DAY_BAND).fill(COLOUR.tint)
    doc.rect(LEFT, flow.y, 3, DAY_BAND).fill(COLOUR.accent)
    applyStyle(doc, STYLE.day)
    // Centred in the band: Noto's line is taller than its letters, its ascent larger.
    const inset = (DAY_BAND - STYLE.day.size * 1.2) / 2 - STYLE.day.size * 0.08
    for (const column of columns) {
      drawText(doc, fileWords(column.lang).day(day.day), column.x, flow.y + inset, {
        width: column.width,
        lineBreak: false,
      })
    }
    flow.y += DAY_BAND + 6
    flow.rows(note)
    flow.y += 4

    day.sessions.forEach((session, index) => {
      const rows = sessionRows(session, langs)
      const height = BLOCK_PADDING + Math.max(timeHeight, flow.rowsHeight(rows)) + BLOCK_PADDING
      if (index > 0) {
        flow.room(height)
        if (flow.y > MARGIN.top) flow.rule()
      }
      flow.y += BLOCK_PADDING
      let timeEnd: { page: number; y: number } | undefined
      flow.rows(rows, (top) => {
        drawTime(doc, session, langs[0] ?? Lang.French, top)
        timeEnd = { page: flow.pages, y: top + timeHeight }
      })
      // The time may reach lower than a short block's text.
      if (timeEnd?.page === flow.pages) flow.y = Math.max(flow.y, timeEnd.y)
      flow.y += BLOCK_PADDING
    })
  }
}

// --- Running heads and feet. ---

function drawRunning(doc: Doc, view: ProgrammeView, langs: readonly Lang[]): void {
  const { start, count } = doc.bufferedPageRange()
  const half = (WIDTH - 60) / 2
  const lineHeight = STYLE.running.size * 1.6
  // A height of its own keeps pdfkit from taking the margin for the page's end.
  const clipped = (
    text: string,
    x: number,
    y: number,
    align: 'left' | 'right' | 'center',
    width = half,
  ) =>
    drawText(doc, fitLine(doc, text, width), x, y, {
      width,
      height: lineHeight * 1.5,
      ellipsis: true,
      align,
    })
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page)
    applyStyle(doc, STYLE.running)
    const number = page - start + 1
    // The cover says all this already.
    if (number === 1) continue
    const [left, right] = langs
    // The head: the edition, in each language.
    const head = 34
    if (left) clipped(textIn(view.meta.title, left), LEFT, head, 'left')
    if (right) clipped(textIn(view.meta.title, right), LEFT + WIDTH - half, head, 'right')
    doc
      .moveTo(LEFT, head + lineHeight + 3)
      .lineTo(LEFT + WIDTH, head + lineHeight + 3)
      .lineWidth(0.4)
      .strokeColor(COLOUR.rule)
      .stroke()
    // The feet: which version this is (a draft in red on every page), and the page.
    const foot = PAGE.height - 38
    applyStyle(doc, STYLE.running)
    if (view.origin.source === ExportSource.Draft) doc.fillColor(COLOUR.draft)
    if (left) clipped(originLine(view, left), LEFT, foot, 'left')
    if (right) clipped(originLine(view, right), LEFT + WIDTH - half, foot, 'right')
    const pages = `${number} / ${count}`
    doc.fillColor(COLOUR.muted)
    if (right) clipped(pages, LEFT + half, foot, 'center', 60)
    else clipped(pages, LEFT + WIDTH - 60, foot, 'right', 60)
  }
}

// --- The file. ---

/** What another file adds to the programme: the invitation pack puts its themes after the cover. */
export interface ProgrammePdfExtra {
  /** Draws pages of its own after the cover, from a new page; the sessions follow on another. */
  afterCover?: (doc: Doc, langs: readonly Lang[]) => void
}

/** The programme as an A4 PDF, in French and Japanese side by side or in one of them. */
export async function renderPdf(
  view: ProgrammeView,
  options: ExportOptions,
  extra: ProgrammePdfExtra = {},
): Promise<Uint8Array> {
  const langs = exportLangs(options.lang)
  const primary = langs[0] ?? Lang.French
  const title = langs
    .map((lang) => fileWords(lang).pageTitle(textIn(view.meta.title, lang)))
    .join(' / ')
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: primary === Lang.Japanese ? 'ja-JP' : 'fr-FR',
    displayTitle: true,
    info: {
      Title: title,
      Subject: originLine(view, primary),
      Creator: 'Kaigi',
      Producer: 'Kaigi',
      // The same version gives the same file.
      CreationDate: view.origin.at,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  await registerFonts(doc)

  drawCover(doc, view, langs)
  extra.afterCover?.(doc, langs)
  drawSessions(doc, view, langs)
  drawRunning(doc, view, langs)
  doc.end()
  return done
}
