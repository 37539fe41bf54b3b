/**
 * `letter.docx`: the same letter as `letter.pdf`, for a committee to sign
 * or adjust in Word: A4, the edition's title as the letterhead, each
 * paragraph of the template a paragraph (its lines kept), the address,
 * date and signatures where the letter puts them. Fonts are names, as in
 * the programme's Word file: Calibri for Latin text, Yu Gothic for Japanese.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'
import { xmlText } from '../xml-text'
import { BlockKind, type LetterBlock } from './letter-blocks'
import type { PackJob } from './pack-job'
import { filledLetter } from './pack-text'

const PAGE = { width: 11906, height: 16838 }
const MARGIN = { top: 1418, bottom: 1304, left: 1304, right: 1304, header: 567, footer: 567 }
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const FONTS = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Yu Gothic' }
const ACCENT = '1F3A68'
const pt = (points: number): number => Math.round(points * 20)

const LANGUAGE = {
  fr: { value: 'fr-FR', eastAsia: 'ja-JP' },
  ja: { value: 'ja-JP', eastAsia: 'ja-JP' },
} as const

/** A text's lines as runs, a line break between each. */
function lines(text: string, lang: PackJob['lang'], bold = false): ParagraphChild[] {
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: xmlText(line),
        bold,
        language: LANGUAGE[lang],
        ...(lang === 'ja' ? { font: { ...FONTS, hint: 'eastAsia' as const } } : {}),
        ...(index > 0 ? { break: 1 } : {}),
      }),
  )
}

function paragraph(block: LetterBlock, lang: PackJob['lang']): Paragraph {
  const after = { spacing: { after: pt(10) } }
  const rightHalf = { indent: { left: Math.round(CONTENT_WIDTH / 2) } }
  switch (block.kind) {
    case BlockKind.Address:
      return new Paragraph({
        children: lines(block.text, lang),
        spacing: { after: pt(18) },
        ...(lang === 'fr' ? rightHalf : {}),
      })
    case BlockKind.Signatures:
      return new Paragraph({
        children: lines(block.text, lang),
        spacing: { before: pt(6), after: pt(16) },
        ...(lang === 'fr' ? rightHalf : { alignment: AlignmentType.RIGHT }),
      })
    case BlockKind.PlaceDate:
    case BlockKind.Right:
      return new Paragraph({
        children: lines(block.text, lang),
        alignment: AlignmentType.RIGHT,
        ...after,
      })
    case BlockKind.Title:
      return new Paragraph({
        children: lines(block.text, lang, true),
        alignment: AlignmentType.CENTER,
        spacing: { before: pt(4), after: pt(14) },
      })
    case BlockKind.Centre:
      return new Paragraph({
        children: lines(block.text, lang),
        alignment: AlignmentType.CENTER,
        ...after,
      })
    case BlockKind.Subject:
      return new Paragraph({ children: lines(block.text, lang, true), ...after })
    default:
      return new Paragraph({ children: lines(block.text, lang), ...after })
  }
}

export async function renderLetterDocx(job: PackJob): Promise<Uint8Array> {
  const letter = filledLetter(job)
  const document = new Document({
    title: letter.subject,
    creator: 'Kaigi',
    lastModifiedBy: 'Kaigi',
    styles: {
      default: {
        document: {
          run: { font: FONTS, size: 21, color: '2C3340', language: LANGUAGE[job.lang] },
          paragraph: { spacing: { before: 0, after: 0, line: 288 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 4 } },
                children: [
                  new TextRun({
                    text: xmlText(letter.head),
                    bold: true,
                    size: 17,
                    color: ACCENT,
                    ...(job.lang === 'ja' ? { font: { ...FONTS, hint: 'eastAsia' as const } } : {}),
                  }),
                ],
              }),
            ],
          }),
        },
        children: letter.blocks.map((block) => paragraph(block, job.lang)),
      },
    ],
  })
  return Packer.pack(document, 'uint8array')
}
