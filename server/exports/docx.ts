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
import { Document, Footer, Header, Packer } from 'docx'
import { Lang } from '../../shared/doc/edition'
import { cover } from './docx/cover'
import { programme } from './docx/day-tables'
import { MARGIN, PAGE, pt } from './docx/page'
import { runningFooter, runningHeader } from './docx/running-heads'
import { FONTS, LANGUAGE } from './docx/runs'
import { COLOUR, PARAGRAPH_STYLES, size } from './docx/styles'
import type { ExportOptions } from './export-format'
import { exportLangs, fileWords, originLine } from './labels'
import { type ProgrammeView, textIn } from './programme-view'

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
