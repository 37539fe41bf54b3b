/**
 * The document's cover: the edition's titles, its dates, venue and global
 * theme, and under a rule which state of the programme the file shows (a
 * draft under a thick red one). Side by side, the facts stand in a table of
 * one column per language.
 */
import { BorderStyle, HeadingLevel, Paragraph, type Table } from 'docx'
import { formatDateRange } from '../../../shared/calendar-days'
import { Lang } from '../../../shared/doc/edition'
import { ExportSource } from '../../../shared/exports'
import { fileWords, originLine, ownText, zoneName } from '../labels'
import { type ProgrammeView, textIn } from '../programme-view'
import { languageTable } from './language-table'
import { CONTENT_WIDTH, pt } from './page'
import { para, paragraphsOf, run } from './runs'
import { COLOUR, Style } from './styles'

export function cover(view: ProgrammeView, langs: readonly Lang[]): (Paragraph | Table)[] {
  const { meta } = view
  const single = langs.length === 1
  const children: (Paragraph | Table)[] = []

  children.push(
    new Paragraph({
      style: Style.Overline,
      children: langs.flatMap((lang, i) => [
        ...(i > 0 ? [run('   ·   ', lang)] : []),
        run(fileWords(lang).programme, lang),
      ]),
    }),
  )
  langs.forEach((lang, i) => {
    const title = textIn(meta.title, lang)
    children.push(
      i === 0
        ? new Paragraph({ heading: HeadingLevel.TITLE, children: [run(title, lang)] })
        : para(Style.SecondTitle, lang, title),
    )
  })
  // A short accent bar under the titles.
  children.push(
    new Paragraph({
      spacing: { before: pt(10), after: pt(12) },
      indent: { right: CONTENT_WIDTH - 960 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: COLOUR.accent, space: 1 } },
      children: [],
    }),
  )

  const dates = (lang: Lang): Paragraph[] => {
    const range = formatDateRange(meta.startDate, meta.endDate, lang, meta.year)
    return range
      ? [para(Style.CoverLabel, lang, fileWords(lang).dates), para(Style.CoverValue, lang, range)]
      : []
  }
  const venue = (lang: Lang): Paragraph[] => {
    const place = textIn(meta.venue, lang).trim()
    const city = textIn(meta.hostCity, lang).trim()
    if (!place && !city) return []
    return [
      para(Style.CoverLabel, lang, fileWords(lang).venue),
      para(Style.CoverValue, lang, place || city),
      ...(place && city ? [para(Style.CoverAside, lang, city)] : []),
    ]
  }
  const theme = view.globalTheme
  const globalTheme = (lang: Lang): Paragraph[] =>
    theme
      ? [
          para(Style.CoverLabel, lang, fileWords(lang).globalTheme),
          para(Style.CoverTheme, lang, textIn(theme.title, lang)),
          ...paragraphsOf(Style.CoverText, lang, ownText(theme.description, lang, single)),
        ]
      : []

  const draft = view.origin.source === ExportSource.Draft
  const origin = (lang: Lang): Paragraph[] => [
    para(
      Style.Origin,
      lang,
      originLine(view, lang),
      draft ? { bold: true, color: COLOUR.draft } : { bold: true },
    ),
    para(Style.Origin, lang, fileWords(lang).timesIn(zoneName(meta.timeZone, lang))),
  ]
  const rule = new Paragraph({
    spacing: { before: pt(48), after: pt(8) },
    border: {
      top: draft
        ? { style: BorderStyle.THICK, size: 12, color: COLOUR.draft, space: 1 }
        : { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule, space: 1 },
    },
    children: [],
  })

  if (single) {
    const lang = langs[0] ?? Lang.French
    children.push(...dates(lang), ...venue(lang), ...globalTheme(lang), rule, ...origin(lang))
  } else {
    children.push(languageTable(langs, [dates, venue, globalTheme]), rule)
    children.push(languageTable(langs, [origin]))
  }
  return children
}
