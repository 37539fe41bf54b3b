/**
 * A filled letter cut into its paragraphs, each with the place a letter
 * gives it: the template says where the address block, the place and date
 * and the signatures go; this says how each is set. A French
 * administrative letter puts the address on the right (the envelope's
 * window), the place and date right-aligned, « Objet » in bold and the
 * signature on the right; a Japanese official letter puts the date at the
 * top right, the addressee on the left, the sender right-aligned, its
 * title centred, 記 centred and 敬具・以上 on the right.
 */
import type { ContactLanguage } from '../../../shared/directory'
import type { LetterFacts } from '../../../shared/letters/letter-fields'
import { LetterField } from '../../../shared/letters/letter-fields'

export const BlockKind = {
  Text: 'text',
  /** The recipient's address block. */
  Address: 'address',
  /** « Paris, le 11 juillet 2023 », 「2023年7月11日」: right-aligned. */
  PlaceDate: 'place-date',
  /** « Objet : … »: bold. */
  Subject: 'subject',
  /** A Japanese letter's title: centred, bold. */
  Title: 'title',
  /** 記 */
  Centre: 'centre',
  /** 敬具, 以上 */
  Right: 'right',
  Signatures: 'signatures',
  /** The list of attachments: smaller. */
  Attachments: 'attachments',
} as const
export type BlockKind = (typeof BlockKind)[keyof typeof BlockKind]

export interface LetterBlock {
  kind: BlockKind
  /** As written, its lines kept. */
  text: string
}

const JA_RIGHT = new Set(['敬具', '以上', '敬白', '草々'])

/** The paragraphs of `text` (the filled letter), each with its kind. */
export function letterBlocks(
  text: string,
  facts: LetterFacts,
  lang: ContactLanguage,
): LetterBlock[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
  const is = (paragraph: string, field: LetterField) =>
    facts[field] !== undefined && paragraph.trim() === facts[field]?.trim()
  let opened = false
  return paragraphs.map((paragraph): LetterBlock => {
    const line = paragraph.trim()
    if (is(paragraph, LetterField.Recipient)) return { kind: BlockKind.Address, text: paragraph }
    if (is(paragraph, LetterField.PlaceDate)) return { kind: BlockKind.PlaceDate, text: line }
    if (is(paragraph, LetterField.Signatories))
      return { kind: BlockKind.Signatures, text: paragraph }
    if (is(paragraph, LetterField.Attachments))
      return { kind: BlockKind.Attachments, text: paragraph }
    if (lang === 'fr') {
      if (/^Objet\s*:/.test(line)) return { kind: BlockKind.Subject, text: paragraph }
      return { kind: BlockKind.Text, text: paragraph }
    }
    if (line === '記') return { kind: BlockKind.Centre, text: line }
    if (JA_RIGHT.has(line)) return { kind: BlockKind.Right, text: line }
    if (line.startsWith('拝啓') || line.startsWith('謹啓')) opened = true
    // Before 拝啓, a short line that is no sentence is the letter's title.
    if (!opened && !line.includes('\n') && !line.includes('。') && line.length <= 60) {
      return { kind: BlockKind.Title, text: line }
    }
    return { kind: BlockKind.Text, text: paragraph }
  })
}
