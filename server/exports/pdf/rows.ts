/**
 * Rows of text, one cell per language, measured before they are drawn: a
 * row is what stays together on a page, and its height is its tallest
 * cell's, so that a title faces its translation.
 */
import type { Lang } from '../../../shared/doc/edition'
import { drawText, heightOfText, textWidth } from '../pdf-text'
import { type Doc, WIDTH } from './page'
import { applyStyle, type Style, textOptions } from './styles'

export interface Piece {
  text: string
  style: Style
  gapBefore?: number
  /** Set before `text` on the same line, in its own style: 「ATELIER · Salle 1」. */
  lead?: { text: string; style: Style }
  /** Drawn in a rounded frame: the interpretation mark. */
  badge?: boolean
}

/** One language's part of a row. */
export type Cell = Piece[]

export interface Row {
  /** One per column, in the columns' order. */
  cells: Cell[]
  gapBefore: number
}

export interface Column {
  lang: Lang
  x: number
  width: number
}

const BADGE_PADDING = { x: 5, y: 2.5 }

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

export const rowHeight = (doc: Doc, row: Row, columns: readonly Column[]): number =>
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
export function drawCell(doc: Doc, cell: Cell, column: Column, top: number, bottom: number): void {
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

/** A row with one cell per language, each made by `cell`; none if every cell is empty. */
export function row(langs: readonly Lang[], gapBefore: number, cell: (lang: Lang) => Cell): Row[] {
  const cells = langs.map(cell)
  return cells.some((c) => c.length > 0) ? [{ cells, gapBefore }] : []
}
