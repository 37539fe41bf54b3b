/**
 * The document's colours, its paragraph styles (ids the paragraphs name, and
 * how each one looks) and the border that draws no line. Every paragraph has
 * a named style of its own, so that a committee restyles the whole document
 * from Word's style pane.
 */
import { BorderStyle, type IParagraphStyleOptions } from 'docx'
import { pt } from './page'

export const COLOUR = {
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

export const Style = {
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
export type Style = (typeof Style)[keyof typeof Style]

/** Font sizes are in half-points. */
export const size = (points: number): number => Math.round(points * 2)

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

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
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

/** No line: the borders of a table that draws none. */
export const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
