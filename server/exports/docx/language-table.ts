/** The cover's facts in a table without lines, one column per language. */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import type { Lang } from '../../../shared/doc/edition'
import { CONTENT_WIDTH } from './page'
import { NONE } from './styles'

const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
}

/** Side by side, one column per language, no lines: the cover's facts. */
export function languageTable(
  langs: readonly Lang[],
  rows: ((lang: Lang) => Paragraph[])[],
): Table {
  const gap = 360
  const width = Math.floor((CONTENT_WIDTH - gap * (langs.length - 1)) / langs.length)
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: langs.map((_, i) => width + (i > 0 ? gap : 0)),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.flatMap((cells) => {
      const content = langs.map(cells)
      if (content.every((paragraphs) => paragraphs.length === 0)) return []
      return [
        new TableRow({
          children: content.map(
            (paragraphs, i) =>
              new TableCell({
                width: { size: width + (i > 0 ? gap : 0), type: WidthType.DXA },
                margins: { left: i > 0 ? gap : 0, right: 0, top: 0, bottom: 0 },
                children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
              }),
          ),
        }),
      ]
    }),
  })
}
