/**
 * The programme's cover: the edition's titles, its dates, venue and global
 * theme, and at its foot which state of the programme the file shows.
 */
import { formatDateRange } from '../../../shared/calendar-days'
import { Lang } from '../../../shared/doc/edition'
import { ExportSource } from '../../../shared/exports'
import { fileWords, originLine, ownText, zoneName } from '../labels'
import { drawText, heightOfText } from '../pdf-text'
import { type ProgrammeView, textIn } from '../programme-view'
import { Flow } from './flow'
import { BOTTOM, COLUMN_GAP, type Doc, LEFT, PAGE, WIDTH } from './page'
import { type Column, type Piece, type Row, row } from './rows'
import { applyStyle, COLOUR, STYLE, textOptions } from './styles'

export function drawCover(doc: Doc, view: ProgrammeView, langs: readonly Lang[]): void {
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
