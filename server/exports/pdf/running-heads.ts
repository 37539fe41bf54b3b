/**
 * Running heads and feet, drawn once every page is laid out: the edition
 * at the head, the version and the page number at the foot.
 */
import type { Lang } from '../../../shared/doc/edition'
import { ExportSource } from '../../../shared/exports'
import { originLine } from '../labels'
import { drawText, fitLine } from '../pdf-text'
import { type ProgrammeView, textIn } from '../programme-view'
import { type Doc, LEFT, PAGE, WIDTH } from './page'
import { applyStyle, COLOUR, STYLE } from './styles'

export function drawRunning(doc: Doc, view: ProgrammeView, langs: readonly Lang[]): void {
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
