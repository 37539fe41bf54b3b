/**
 * Runs and paragraphs in a language. Fonts are names only, never embedded:
 * Calibri for Latin text, Yu Gothic for Japanese.
 */
import { type IRunOptions, Paragraph, TextRun } from 'docx'
import { Lang } from '../../../shared/doc/edition'
import { xmlText } from '../xml-text'
import type { Style } from './styles'

const FONT = { latin: 'Calibri', japanese: 'Yu Gothic' }

/** Spelling and hyphenation: the language of a run's Latin text, and of its Japanese. */
export const LANGUAGE: Record<Lang, { value: string; eastAsia: string }> = {
  fr: { value: 'fr-FR', eastAsia: 'ja-JP' },
  ja: { value: 'ja-JP', eastAsia: 'ja-JP' },
  en: { value: 'en-GB', eastAsia: 'ja-JP' },
}

export const FONTS = {
  ascii: FONT.latin,
  hAnsi: FONT.latin,
  cs: FONT.latin,
  eastAsia: FONT.japanese,
}

/** A run of text in `lang`: its spelling language, and Japanese punctuation from the Japanese font. */
export function run(text: string, lang: Lang, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({
    text: xmlText(text),
    language: LANGUAGE[lang],
    ...(lang === Lang.Japanese ? { font: { ...FONTS, hint: 'eastAsia' } } : {}),
    ...options,
  })
}

export function para(
  style: Style,
  lang: Lang,
  text: string,
  options: Omit<IRunOptions, 'text'> = {},
): Paragraph {
  return new Paragraph({ style, children: [run(text, lang, options)] })
}

/** A text in several paragraphs where it has several lines. */
export const paragraphsOf = (style: Style, lang: Lang, text: string): Paragraph[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(style, lang, line))
