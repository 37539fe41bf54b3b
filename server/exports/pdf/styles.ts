/**
 * The programme's colours and text styles (font, size, colour, line gap),
 * one for each kind of text on its pages, and how a style is put on the
 * document before a text is measured or drawn.
 */
import { Font, useFont } from '../pdf-text'
import type { Doc } from './page'

export const COLOUR = {
  ink: '#1a2130',
  text: '#3a4252',
  muted: '#6b7384',
  accent: '#1f3a68',
  rule: '#d4d9e1',
  tint: '#eaeff6',
  interpretation: '#0b6b60',
  draft: '#a3331f',
}

export interface Style {
  font: Font
  size: number
  color: string
  lineGap: number
  characterSpacing?: number
}

const style = (font: Font, size: number, color: string, lineGap = 1.5): Style => ({
  font,
  size,
  color,
  lineGap,
})

export const STYLE = {
  overline: { ...style(Font.Bold, 9.5, COLOUR.accent), characterSpacing: 1.6 },
  coverTitle: style(Font.Bold, 24, COLOUR.ink, 3),
  coverSecondTitle: style(Font.Bold, 19, COLOUR.ink, 3),
  coverLabel: { ...style(Font.Bold, 8, COLOUR.muted), characterSpacing: 0.5 },
  coverValue: style(Font.Regular, 11.5, COLOUR.ink, 2.5),
  coverStrong: style(Font.Bold, 11.5, COLOUR.ink, 2.5),
  coverAside: style(Font.Regular, 9.5, COLOUR.muted, 2),
  coverText: style(Font.Regular, 9, COLOUR.text, 3),
  origin: style(Font.Regular, 9, COLOUR.text, 2),
  draft: style(Font.Bold, 10, COLOUR.draft, 2),
  note: style(Font.Regular, 7.5, COLOUR.muted, 1),
  day: style(Font.Bold, 12, COLOUR.accent, 0),
  time: style(Font.Bold, 11, COLOUR.ink, 0),
  timeEnd: style(Font.Regular, 8.5, COLOUR.muted, 0),
  kind: { ...style(Font.Bold, 7, COLOUR.accent), characterSpacing: 0.5 },
  room: style(Font.Regular, 7.5, COLOUR.muted),
  title: style(Font.Bold, 10.5, COLOUR.ink, 1.5),
  theme: style(Font.Regular, 8, COLOUR.accent, 1.5),
  description: style(Font.Regular, 8.5, COLOUR.text, 2.2),
  label: { ...style(Font.Bold, 7, COLOUR.muted), characterSpacing: 0.6 },
  name: style(Font.Bold, 8.5, COLOUR.ink, 1),
  role: style(Font.Regular, 7.5, COLOUR.muted, 1.2),
  badge: style(Font.Regular, 7, COLOUR.interpretation, 0),
  running: style(Font.Regular, 7, COLOUR.muted, 0),
} satisfies Record<string, Style>

export function applyStyle(doc: Doc, { font, size, color }: Style): void {
  useFont(doc, font)
  doc.fontSize(size).fillColor(color)
}

export function textOptions(s: Style, width: number): PDFKit.Mixins.TextOptions {
  return { width, lineGap: s.lineGap, characterSpacing: s.characterSpacing ?? 0 }
}
