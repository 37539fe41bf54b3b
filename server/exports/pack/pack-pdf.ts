/**
 * What the invitation pack's PDFs share: an A4 page, the programme's fonts
 * (Noto Sans JP, Noto Emoji where it lacks a glyph: pdf-text.ts) and the
 * line breaking pdfkit gives Japanese as it does the programme, the
 * letterhead line with the edition's title, and a writer that places
 * paragraphs one under the other, page after page.
 */
import PDFDocument from 'pdfkit'
import type { ContactLanguage } from '../../../shared/directory'
import { drawText, Font, heightOfText, registerFonts, useFont } from '../pdf-text'

export type Doc = PDFKit.PDFDocument

export const PAGE = { width: 595.28, height: 841.89 }
export const MARGIN = { top: 56, bottom: 64, left: 64, right: 64 }
export const LEFT = MARGIN.left
export const WIDTH = PAGE.width - MARGIN.left - MARGIN.right
export const BOTTOM = PAGE.height - MARGIN.bottom

export const COLOUR = {
  ink: '#1a2130',
  text: '#2c3340',
  muted: '#6b7384',
  accent: '#1f3a68',
  rule: '#c9cfd8',
  tint: '#eef2f7',
}

export interface TextStyle {
  font: Font
  size: number
  color: string
  lineGap: number
}

export const TEXT = {
  head: { font: Font.Bold, size: 8.5, color: COLOUR.accent, lineGap: 1 },
  title: { font: Font.Bold, size: 16, color: COLOUR.ink, lineGap: 3 },
  subtitle: { font: Font.Regular, size: 10.5, color: COLOUR.muted, lineGap: 2 },
  heading: { font: Font.Bold, size: 10.5, color: COLOUR.accent, lineGap: 2 },
  body: { font: Font.Regular, size: 10.5, color: COLOUR.text, lineGap: 4 },
  strong: { font: Font.Bold, size: 10.5, color: COLOUR.ink, lineGap: 4 },
  label: { font: Font.Bold, size: 8, color: COLOUR.muted, lineGap: 1 },
  small: { font: Font.Regular, size: 8.5, color: COLOUR.muted, lineGap: 2 },
} satisfies Record<string, TextStyle>

export function applyStyle(doc: Doc, style: TextStyle): void {
  useFont(doc, style.font)
  doc.fontSize(style.size).fillColor(style.color)
}

export interface PackPdf {
  doc: Doc
  /** Ends the document: its bytes. */
  finish(): Promise<Uint8Array>
}

/** A new A4 document in `lang`, its fonts registered. */
export async function packPdf(title: string, lang: ContactLanguage, at: Date): Promise<PackPdf> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: lang === 'ja' ? 'ja-JP' : 'fr-FR',
    displayTitle: true,
    info: { Title: title, Creator: 'Kaigi', Producer: 'Kaigi', CreationDate: at },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  await registerFonts(doc)
  return {
    doc,
    finish() {
      doc.end()
      return done
    },
  }
}

/** Places paragraphs from the top of the page down, starting a page when one is full. */
export class Writer {
  y = MARGIN.top

  constructor(readonly doc: Doc) {}

  /** `height` more fits on this page, or a new one begins. */
  room(height: number): void {
    if (this.y + height > BOTTOM && this.y > MARGIN.top) {
      this.doc.addPage()
      this.y = MARGIN.top
    }
  }

  height(text: string, style: TextStyle, width = WIDTH): number {
    applyStyle(this.doc, style)
    return heightOfText(this.doc, text, { width, lineGap: style.lineGap })
  }

  /**
   * `text` at `x` over `width`, aligned; a paragraph taller than what is
   * left of the page goes on with pdfkit's own page break.
   */
  text(
    text: string,
    style: TextStyle,
    options: {
      x?: number
      width?: number
      align?: 'left' | 'right' | 'center'
      after?: number
    } = {},
  ): void {
    const x = options.x ?? LEFT
    const width = options.width ?? WIDTH
    const height = this.height(text, style, width)
    // A short paragraph stays whole; a long one starts where it is, if a few lines fit.
    this.room(Math.min(height, style.size * 4))
    applyStyle(this.doc, style)
    drawText(this.doc, text, x, this.y, {
      width,
      lineGap: style.lineGap,
      align: options.align ?? 'left',
    })
    // pdfkit may have moved on to another page: its y is where the text ended.
    this.y = this.doc.y + (options.after ?? 0)
  }

  gap(points: number): void {
    this.y += points
  }

  rule(color = COLOUR.rule, width = 0.6, x = LEFT, length = WIDTH): void {
    this.doc
      .moveTo(x, this.y)
      .lineTo(x + length, this.y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
  }
}

/** The letterhead line: the edition's title, small, over a rule, at the top of the first page. */
export function letterhead(writer: Writer, title: string): void {
  const { doc } = writer
  doc.rect(0, 0, PAGE.width, 6).fill(COLOUR.accent)
  writer.y = 34
  writer.text(title, TEXT.head, { after: 5 })
  writer.rule(COLOUR.accent, 0.8)
  writer.gap(22)
}

/** An empty box to tick, `size` points wide, its top at `y`. */
export function box(doc: Doc, x: number, y: number, size = 9): void {
  doc.rect(x, y, size, size).lineWidth(0.7).strokeColor(COLOUR.ink).stroke()
}
