/**
 * The sessions, day by day: a band for each day, then each session's block
 * (its time in the gutter, its kind and room, title, theme, description,
 * people and interpretation mark in each language's column).
 */
import { Lang } from '../../../shared/doc/edition'
import {
  fileWords,
  interpretationMark,
  kindLabel,
  ownText,
  personAbout,
  roleLabel,
  roomText,
  zoneName,
} from '../labels'
import { drawText } from '../pdf-text'
import { type PersonView, type ProgrammeView, type SessionView, textIn } from '../programme-view'
import { Flow } from './flow'
import { BOTTOM, COLUMN_GAP, type Doc, GUTTER, GUTTER_GAP, LEFT, MARGIN, WIDTH } from './page'
import { type Column, type Row, row } from './rows'
import { applyStyle, COLOUR, STYLE } from './styles'

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

export function drawSessions(doc: Doc, view: ProgrammeView, langs: readonly Lang[]): void {
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
