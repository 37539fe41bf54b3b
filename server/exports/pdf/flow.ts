/** Where the next thing goes on the programme's pages, and the pages it takes. */
import { BOTTOM, type Doc, LEFT, MARGIN, WIDTH } from './page'
import { type Column, drawCell, type Row, rowHeight } from './rows'
import { COLOUR } from './styles'

export class Flow {
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
