/** `letter.pdf`: the filled template of the recipient's language, as a letter on A4. */

import { type BlockKind, BlockKind as Kind, type LetterBlock } from './letter-blocks'
import type { PackJob } from './pack-job'
import { COLOUR, LEFT, letterhead, packPdf, TEXT, type TextStyle, WIDTH, Writer } from './pack-pdf'
import { filledLetter } from './pack-text'

const BODY: TextStyle = { ...TEXT.body, size: 10.5, lineGap: 4.5 }
const STYLE: Record<BlockKind, TextStyle> = {
  [Kind.Text]: BODY,
  [Kind.Address]: { ...BODY, color: COLOUR.ink, lineGap: 3 },
  [Kind.PlaceDate]: BODY,
  [Kind.Subject]: { ...TEXT.strong, lineGap: 3.5 },
  [Kind.Title]: { ...TEXT.strong, size: 12.5 },
  [Kind.Centre]: BODY,
  [Kind.Right]: BODY,
  [Kind.Signatures]: { ...BODY, color: COLOUR.ink, lineGap: 3 },
  [Kind.Attachments]: { ...BODY, size: 9.5, lineGap: 3 },
}

/** The right half of the page: a French letter's address and signature. */
const RIGHT_BLOCK = { x: LEFT + WIDTH * 0.5, width: WIDTH * 0.5 }

function drawBlock(writer: Writer, block: LetterBlock, lang: PackJob['lang']): void {
  const style = STYLE[block.kind]
  const after = 11
  switch (block.kind) {
    case Kind.Address:
      if (lang === 'fr') writer.text(block.text, style, { ...RIGHT_BLOCK, after: 20 })
      else writer.text(block.text, { ...style, size: 11.5 }, { after: 16 })
      return
    case Kind.Signatures:
      if (lang === 'fr') {
        writer.gap(6)
        writer.text(block.text, style, { ...RIGHT_BLOCK, after: 18 })
      } else writer.text(block.text, style, { align: 'right', after: 16 })
      return
    case Kind.PlaceDate:
      writer.text(block.text, style, { align: 'right', after: 16 })
      return
    case Kind.Title:
      writer.gap(4)
      writer.text(block.text, style, { align: 'center', after: 16 })
      return
    case Kind.Centre:
      writer.text(block.text, style, { align: 'center', after })
      return
    case Kind.Right:
      writer.text(block.text, style, { align: 'right', after })
      return
    default:
      writer.text(block.text, style, { after })
  }
}

export async function renderLetterPdf(job: PackJob): Promise<Uint8Array> {
  const letter = filledLetter(job)
  const pdf = await packPdf(letter.subject, job.lang, job.at)
  const writer = new Writer(pdf.doc)
  letterhead(writer, letter.head)
  for (const block of letter.blocks) drawBlock(writer, block, job.lang)
  return pdf.finish()
}
