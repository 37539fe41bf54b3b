/**
 * The sessions day by day: each day under a real Heading 1, then a table of
 * its sessions, the time first and then one column per language; side by
 * side, a row naming the languages heads the table on every page it takes.
 */
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx'
import { Lang, SessionKind } from '../../../shared/doc/edition'
import { fileWords } from '../labels'
import type { ProgrammeView, SessionView } from '../programme-view'
import { CONTENT_WIDTH, pt, TIME_WIDTH } from './page'
import { para, run } from './runs'
import { sessionCell } from './session-cell'
import { COLOUR, NONE, Style } from './styles'

/** Names of languages in themselves, over the columns of a day's table. */
const LANGUAGE_NAME: Record<Lang, string> = { fr: 'Français', ja: '日本語', en: 'English' }

const CELL_MARGINS = { top: pt(6), bottom: pt(7), left: pt(5), right: pt(5) }

function dayTable(sessions: readonly SessionView[], langs: readonly Lang[]): Table {
  const single = langs.length === 1
  const textWidth = Math.floor((CONTENT_WIDTH - TIME_WIDTH) / langs.length)
  const widths = [TIME_WIDTH, ...langs.map(() => textWidth)]
  const cell = (index: number, children: Paragraph[], shade?: string) =>
    new TableCell({
      width: { size: widths[index] ?? textWidth, type: WidthType.DXA },
      margins: CELL_MARGINS,
      ...(shade ? { shading: { type: ShadingType.CLEAR, fill: shade, color: 'auto' } } : {}),
      children,
    })

  const rows: TableRow[] = []
  if (!single) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          cell(0, [new Paragraph({ style: Style.ColumnHead, children: [] })], COLOUR.tint),
          ...langs.map((lang, i) =>
            cell(i + 1, [para(Style.ColumnHead, lang, LANGUAGE_NAME[lang])], COLOUR.tint),
          ),
        ],
      }),
    )
  }
  for (const session of sessions) {
    const pause = session.kind === SessionKind.Break ? COLOUR.pause : undefined
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            0,
            [
              para(Style.Time, langs[0] ?? Lang.French, session.start),
              para(Style.TimeEnd, langs[0] ?? Lang.French, session.end),
            ],
            pause,
          ),
          ...langs.map((lang, i) => cell(i + 1, sessionCell(session, lang, single), pause)),
        ],
      }),
    )
  }
  const line = (colour: string, eighths: number) => ({
    style: BorderStyle.SINGLE,
    size: eighths,
    color: colour,
  })
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line(COLOUR.accent, 12),
      bottom: line(COLOUR.rule, 6),
      left: NONE,
      right: NONE,
      insideHorizontal: line(COLOUR.rule, 4),
      insideVertical: single ? NONE : line(COLOUR.rule, 2),
    },
    rows,
  })
}

export function programme(view: ProgrammeView, langs: readonly Lang[]): (Paragraph | Table)[] {
  if (view.days.length === 0) {
    return langs.map(
      (lang, i) =>
        new Paragraph({
          style: Style.SessionTitle,
          pageBreakBefore: i === 0,
          children: [run(fileWords(lang).noSessions, lang)],
        }),
    )
  }
  return view.days.flatMap(({ day, sessions }) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: langs.flatMap((lang, i) => [
        ...(i > 0 ? [run('  ·  ', lang, { color: COLOUR.muted })] : []),
        run(fileWords(lang).day(day), lang),
      ]),
    }),
    dayTable(sessions, langs),
  ])
}
