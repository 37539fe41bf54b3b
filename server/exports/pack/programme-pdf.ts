/**
 * `programme.pdf`, the proposition du programme et des thèmes (プログラム及び
 * テーマ（案）): the programme's own PDF in the letter's language, of the
 * edition as it stands, with the themes (the global theme, then each
 * workshop, with their descriptions) on pages of their own after its cover.
 */
import { ThemeKind } from '../../../shared/doc/edition'
import type { ExportLang } from '../../../shared/exports'
import { renderPdf } from '../pdf'
import { textIn } from '../programme-view'
import type { PackJob } from './pack-job'
import { type Doc, TEXT, type TextStyle, Writer } from './pack-pdf'
import { PACK_WORDS } from './pack-words'

/** The programme's page: its margins, not the letters'. */
const X = 50
const W = 595.28 - 100
const TOP = 74

const THEME_TITLE: TextStyle = { ...TEXT.strong, size: 12, lineGap: 3 }

function drawThemes(doc: Doc, job: PackJob): void {
  const { lang } = job
  const words = PACK_WORDS[lang]
  const view = job.view
  if (!view) return
  doc.addPage()
  const writer = new Writer(doc)
  writer.y = TOP
  const text = (value: string, style: TextStyle, after = 0) =>
    writer.text(value, style, { x: X, width: W, after })
  const rule = () => writer.rule(undefined, 0.6, X, W)

  text(words.programmeTitle, TEXT.title, 16)
  const global = view.globalTheme
  const workshops = view.themes.filter((theme) => theme.kind === ThemeKind.Workshop)
  if (!global && workshops.length === 0) {
    text(words.noThemes, TEXT.body)
    return
  }
  text(words.themesHeading, TEXT.heading, 4)
  rule()
  writer.gap(12)
  if (global) {
    text(words.globalTheme, TEXT.label, 3)
    text(textIn(global.title, lang), THEME_TITLE, 5)
    const description = textIn(global.description, lang).trim()
    if (description) text(description, TEXT.body, 6)
    writer.gap(12)
  }
  if (workshops.length > 0) {
    text(words.workshops, TEXT.heading, 4)
    rule()
    writer.gap(12)
    workshops.forEach((theme, index) => {
      writer.room(60)
      text(words.workshopNumber(index + 1), TEXT.label, 3)
      text(textIn(theme.title, lang), THEME_TITLE, 5)
      const description = textIn(theme.description, lang).trim()
      if (description) text(description, TEXT.body, 4)
      writer.gap(12)
    })
  }
}

export function renderProgrammePdf(job: PackJob): Promise<Uint8Array> {
  const view = job.view
  if (!view) throw new Error('programme.pdf needs the programme')
  return renderPdf(
    view,
    { lang: job.lang as ExportLang },
    { afterCover: (doc) => drawThemes(doc, job) },
  )
}
