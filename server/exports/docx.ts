/**
 * The programme as a Word document the committees edit and circulate: a
 * cover (the edition, its dates, venue and global theme, which version it
 * shows), then the sessions day by day, each day under a real Heading 1 and
 * in a table of its sessions: the time, then French and Japanese side by
 * side (`lang=both`) or one language. Every paragraph has a named style of
 * its own ("Session title", "Person"…), so a committee restyles the whole
 * document from Word's style pane. Fonts are names only, never embedded:
 * Calibri for Latin text, Yu Gothic for Japanese. A4.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type IParagraphStyleOptions,
  type IRunOptions,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import { formatDateRange } from '../../shared/calendar-days'
import { Lang, SessionKind } from '../../shared/doc/edition'
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
import { type PersonView, type ProgrammeView, type SessionView, textIn } from './programme-view'
import { xmlText } from './xml-text'

// --- The page, in twips (a twentieth of a point). ---

const PAGE = { width: 11906, height: 16838 }
const MARGIN = { top: 1191, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 }
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
/** The time of a session, left of its languages. */
const TIME_WIDTH = 1000

const FONT = { latin: 'Calibri', japanese: 'Yu Gothic' }

const COLOUR = {
  ink: '1A2130',
  text: '3A4252',
  muted: '6B7384',
  accent: '1F3A68',
  rule: 'D4D9E1',
  tint: 'EAEFF6',
  pause: 'F4F6F9',
  interpretation: '0B6B60',
  draft: 'A3331F',
}

/** Spelling and hyphenation: the language of a run's Latin text, and of its Japanese. */
const LANGUAGE: Record<Lang, { value: string; eastAsia: string }> = {
  fr: { value: 'fr-FR', eastAsia: 'ja-JP' },
  ja: { value: 'ja-JP', eastAsia: 'ja-JP' },
  en: { value: 'en-GB', eastAsia: 'ja-JP' },
}

/** Names of languages in themselves, over the columns of a day's table. */
const LANGUAGE_NAME: Record<Lang, string> = { fr: 'Français', ja: '日本語', en: 'English' }

const FONTS = {
  ascii: FONT.latin,
  hAnsi: FONT.latin,
  cs: FONT.latin,
  eastAsia: FONT.japanese,
}

// --- Styles: ids the paragraphs name, and how each one looks. ---

const Style = {
  Overline: 'KaigiOverline',
  SecondTitle: 'KaigiSecondTitle',
  CoverLabel: 'KaigiCoverLabel',
  CoverValue: 'KaigiCoverValue',
  CoverAside: 'KaigiCoverAside',
  CoverTheme: 'KaigiCoverTheme',
  CoverText: 'KaigiCoverText',
  Origin: 'KaigiOrigin',
  ColumnHead: 'KaigiColumnHead',
  Time: 'KaigiTime',
  TimeEnd: 'KaigiTimeEnd',
  SessionMeta: 'KaigiSessionMeta',
  SessionTitle: 'KaigiSessionTitle',
  SessionTheme: 'KaigiSessionTheme',
  Description: 'KaigiDescription',
  PeopleLabel: 'KaigiPeopleLabel',
  Person: 'KaigiPerson',
  PersonAbout: 'KaigiPersonAbout',
  Interpretation: 'KaigiInterpretation',
  Running: 'KaigiRunning',
} as const
type Style = (typeof Style)[keyof typeof Style]

const pt = (points: number): number => Math.round(points * 20)
/** Font sizes are in half-points. */
const size = (points: number): number => Math.round(points * 2)

const paragraphStyle = (
  id: Style,
  name: string,
  run: IParagraphStyleOptions['run'],
  paragraph: IParagraphStyleOptions['paragraph'] = {},
): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run,
  paragraph,
})

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  paragraphStyle(
    Style.Overline,
    'Cover overline',
    { bold: true, size: size(10), color: COLOUR.accent, characterSpacing: 30, allCaps: true },
    { spacing: { before: pt(96), after: pt(14) } },
  ),
  paragraphStyle(
    Style.SecondTitle,
    'Second title',
    { bold: true, size: size(19), color: COLOUR.ink },
    { spacing: { before: pt(8), after: pt(4), line: 288 }, keepNext: true },
  ),
  paragraphStyle(
    Style.CoverLabel,
    'Cover label',
    { bold: true, size: size(7.5), color: COLOUR.muted, characterSpacing: 16, allCaps: true },
    { spacing: { before: pt(16), after: pt(3) }, keepNext: true },
  ),
  paragraphStyle(
    Style.CoverValue,
    'Cover value',
    { size: size(12), color: COLOUR.ink },
    { spacing: { after: pt(1), line: 276 } },
  ),
  paragraphStyle(
    Style.CoverAside,
    'Cover aside',
    { size: size(10), color: COLOUR.muted },
    { spacing: { after: pt(1) } },
  ),
  paragraphStyle(
    Style.CoverTheme,
    'Cover theme',
    { bold: true, size: size(12), color: COLOUR.ink },
    { spacing: { after: pt(6), line: 276 } },
  ),
  paragraphStyle(
    Style.CoverText,
    'Cover text',
    { size: size(9.5), color: COLOUR.text },
    { spacing: { after: pt(3), line: 288 } },
  ),
  paragraphStyle(
    Style.Origin,
    'Version',
    { size: size(9.5), color: COLOUR.text },
    { spacing: { after: pt(3) } },
  ),
  paragraphStyle(
    Style.ColumnHead,
    'Column head',
    { bold: true, size: size(8), color: COLOUR.accent, characterSpacing: 10 },
    { spacing: { before: pt(2), after: pt(2) } },
  ),
  paragraphStyle(
    Style.Time,
    'Session time',
    { bold: true, size: size(11), color: COLOUR.ink },
    { keepNext: true },
  ),
  paragraphStyle(Style.TimeEnd, 'Session end', { size: size(8.5), color: COLOUR.muted }),
  paragraphStyle(
    Style.SessionMeta,
    'Session kind and room',
    { size: size(8), color: COLOUR.muted },
    { spacing: { after: pt(2) }, keepNext: true },
  ),
  paragraphStyle(
    Style.SessionTitle,
    'Session title',
    { bold: true, size: size(11), color: COLOUR.ink },
    { spacing: { after: pt(3), line: 264 }, keepNext: true },
  ),
  paragraphStyle(
    Style.SessionTheme,
    'Session theme',
    { size: size(8.5), color: COLOUR.accent },
    { spacing: { after: pt(3) }, keepNext: true },
  ),
  paragraphStyle(
    Style.Description,
    'Session description',
    { size: size(9), color: COLOUR.text },
    { spacing: { after: pt(3), line: 276 } },
  ),
  paragraphStyle(
    Style.PeopleLabel,
    'Role label',
    { bold: true, size: size(7), color: COLOUR.muted, characterSpacing: 12, allCaps: true },
    { spacing: { before: pt(5), after: pt(1) }, keepNext: true },
  ),
  paragraphStyle(
    Style.Person,
    'Person',
    { bold: true, size: size(9), color: COLOUR.ink },
    { spacing: { before: pt(3) }, keepNext: true },
  ),
  paragraphStyle(
    Style.PersonAbout,
    'Person function',
    { size: size(8), color: COLOUR.muted },
    { spacing: { line: 252 }, keepLines: true },
  ),
  paragraphStyle(
    Style.Interpretation,
    'Interpretation',
    { bold: true, size: size(7.5), color: COLOUR.interpretation },
    { spacing: { before: pt(5), after: pt(1) } },
  ),
  paragraphStyle(Style.Running, 'Running head', { size: size(7.5), color: COLOUR.muted }),
]

// --- Runs and paragraphs in a language. ---

/** A run of text in `lang`: its spelling language, and Japanese punctuation from the Japanese font. */
function run(text: string, lang: Lang, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({
    text: xmlText(text),
    language: LANGUAGE[lang],
    ...(lang === Lang.Japanese ? { font: { ...FONTS, hint: 'eastAsia' } } : {}),
    ...options,
  })
}

function para(
  style: Style,
  lang: Lang,
  text: string,
  options: Omit<IRunOptions, 'text'> = {},
): Paragraph {
  return new Paragraph({ style, children: [run(text, lang, options)] })
}

/** A text in several paragraphs where it has several lines. */
const paragraphsOf = (style: Style, lang: Lang, text: string): Paragraph[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(style, lang, line))

// --- Tables. ---

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
}

/** Side by side, one column per language, no lines: the cover's facts. */
function languageTable(langs: readonly Lang[], rows: ((lang: Lang) => Paragraph[])[]): Table {
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

// --- The cover. ---

function cover(view: ProgrammeView, langs: readonly Lang[]): (Paragraph | Table)[] {
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

// --- The sessions. ---

function people(
  list: readonly PersonView[],
  heading: string,
  lang: Lang,
  single: boolean,
): Paragraph[] {
  if (list.length === 0) return []
  return [
    para(Style.PeopleLabel, lang, heading),
    ...list.flatMap((person) => {
      const about = personAbout(person, lang, single)
      return [
        para(Style.Person, lang, textIn(person.name, lang)),
        ...(about ? [para(Style.PersonAbout, lang, about)] : []),
      ]
    }),
  ]
}

function sessionCell(session: SessionView, lang: Lang, single: boolean): Paragraph[] {
  const words = fileWords(lang)
  const room = roomText(session, lang) || words.noRoom
  const paragraphs = [
    new Paragraph({
      style: Style.SessionMeta,
      children: [
        run(kindLabel(session.kind, lang), lang, {
          bold: true,
          color: COLOUR.accent,
          allCaps: true,
          characterSpacing: 8,
        }),
        run('   ', lang),
        run(room, lang),
      ],
    }),
    para(Style.SessionTitle, lang, textIn(session.title, lang)),
  ]
  if (session.theme) {
    paragraphs.push(para(Style.SessionTheme, lang, textIn(session.theme.title, lang)))
  }
  paragraphs.push(
    ...paragraphsOf(Style.Description, lang, ownText(session.description, lang, single)),
    ...session.people.flatMap(({ role, persons }) =>
      people(persons, roleLabel(role, lang), lang, single),
    ),
  )
  const mark = interpretationMark(session, lang)
  if (mark) {
    paragraphs.push(
      new Paragraph({
        style: Style.Interpretation,
        children: [
          run(` ${mark} `, lang, {
            border: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.interpretation, space: 1 },
          }),
        ],
      }),
    )
  }
  return paragraphs
}

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

function programme(view: ProgrammeView, langs: readonly Lang[]): (Paragraph | Table)[] {
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

// --- Running heads, on every page but the cover. ---

function runningHeader(view: ProgrammeView, langs: readonly Lang[]): Header {
  return new Header({
    children: [
      new Paragraph({
        style: Style.Running,
        alignment: AlignmentType.RIGHT,
        children: langs.flatMap((lang, i) => [
          ...(i > 0 ? [run('  ·  ', lang)] : []),
          run(textIn(view.meta.title, lang), lang),
        ]),
      }),
    ],
  })
}

function runningFooter(view: ProgrammeView, langs: readonly Lang[]): Footer {
  return new Footer({
    children: langs.map(
      (lang, i) =>
        new Paragraph({
          style: Style.Running,
          tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
          children: [
            run(originLine(view, lang), lang),
            ...(i === 0 ? [new TextRun({ children: [new Tab(), PageNumber.CURRENT] })] : []),
          ],
        }),
    ),
  })
}

/** The programme as `programme.docx`, in the languages `options.lang` asks for. */
export async function renderDocx(view: ProgrammeView, options: ExportOptions): Promise<Uint8Array> {
  const langs = exportLangs(options.lang)
  const primary = langs[0] ?? Lang.French
  const { meta } = view
  const theme = view.globalTheme
  const document = new Document({
    title: langs.map((lang) => fileWords(lang).pageTitle(textIn(meta.title, lang))).join(' / '),
    subject: langs.map((lang) => originLine(view, lang)).join(' / '),
    description: theme ? langs.map((lang) => textIn(theme.title, lang)).join(' / ') : '',
    keywords: [
      ...langs.map((lang) => textIn(meta.hostCity, lang)),
      String(meta.year),
      view.editionId,
    ].join(', '),
    creator: 'Kaigi',
    lastModifiedBy: 'Kaigi',
    styles: {
      default: {
        document: {
          run: { font: FONTS, size: size(10), color: COLOUR.text, language: LANGUAGE[primary] },
          paragraph: { spacing: { before: 0, after: 0, line: 259 } },
        },
        title: {
          run: { font: FONTS, bold: true, size: size(25), color: COLOUR.ink },
          paragraph: { spacing: { before: 0, after: pt(4), line: 276 }, keepNext: true },
        },
        heading1: {
          run: { font: FONTS, bold: true, size: size(15), color: COLOUR.accent },
          // The day's table draws the rule under it.
          paragraph: { spacing: { before: 0, after: pt(8) }, keepNext: true, outlineLevel: 0 },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGIN },
          titlePage: true,
        },
        headers: { default: runningHeader(view, langs), first: new Header({ children: [] }) },
        footers: { default: runningFooter(view, langs), first: new Footer({ children: [] }) },
        children: [...cover(view, langs), ...programme(view, langs)],
      },
    ],
  })
  return Packer.pack(document, 'uint8array')
}
