/**
 * The printable programme: an A4 PDF with a cover (the edition, its dates,
 * venue and global theme, which version it shows) and then the sessions day
 * by day. With `lang=both` French and Japanese stand side by side, row by
 * row, so that a title faces its translation; `fr` or `ja` gives one
 * language. Every glyph comes from Noto Sans JP (Latin included), or from
 * Noto Emoji for the emoji and symbols it lacks (`pdf-text.ts`), each
 * embedded as a subset, so the file prints the same anywhere.
 */
import PDFDocument from 'pdfkit'
import { Lang } from '../../shared/doc/edition'
import type { ExportOptions } from './export-format'
import { exportLangs, fileWords, originLine } from './labels'
import { drawCover } from './pdf/cover'
import { type Doc, MARGIN } from './pdf/page'
import { drawRunning } from './pdf/running-heads'
import { drawSessions } from './pdf/sessions'
import { registerFonts } from './pdf-text'
import { type ProgrammeView, textIn } from './programme-view'

/** What another file adds to the programme: the invitation pack puts its themes after the cover. */
export interface ProgrammePdfExtra {
  /** Draws pages of its own after the cover, from a new page; the sessions follow on another. */
  afterCover?: (doc: Doc, langs: readonly Lang[]) => void
}

/** The programme as an A4 PDF, in French and Japanese side by side or in one of them. */
export async function renderPdf(
  view: ProgrammeView,
  options: ExportOptions,
  extra: ProgrammePdfExtra = {},
): Promise<Uint8Array> {
  const langs = exportLangs(options.lang)
  const primary = langs[0] ?? Lang.French
  const title = langs
    .map((lang) => fileWords(lang).pageTitle(textIn(view.meta.title, lang)))
    .join(' / ')
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: primary === Lang.Japanese ? 'ja-JP' : 'fr-FR',
    displayTitle: true,
    info: {
      Title: title,
      Subject: originLine(view, primary),
      Creator: 'Kaigi',
      Producer: 'Kaigi',
      // The same version gives the same file.
      CreationDate: view.origin.at,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  await registerFonts(doc)

  drawCover(doc, view, langs)
  extra.afterCover?.(doc, langs)
  drawSessions(doc, view, langs)
  drawRunning(doc, view, langs)
  doc.end()
  return done
}
