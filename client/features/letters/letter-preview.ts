import type { ContactLanguage } from '../../../shared/directory'
import {
  fillLetter,
  type LetterFacts,
  LetterField,
  type LetterPiece,
} from '../../../shared/letters/letter-fields'
import type { LetterInputs } from '../../../shared/letters/letter-inputs'

/** A piece of the previewed letter: a filled field, a field lacking its value, or a placeholder. */
export type PreviewSegment =
  | Exclude<LetterPiece, { kind: 'missing' }>
  | { kind: 'missing'; field: LetterField }
  /** A field that will have a value once a recipient is chosen: shown as what it stands for. */
  | { kind: 'placeholder'; field: LetterField }

export interface LetterPreview {
  /** The letter in paragraphs (a blank line parts them); a paragraph keeps its single line breaks. */
  paragraphs: PreviewSegment[][]
  /** Fields without a value, each once, in order; placeholders are not among them. */
  missing: LetterField[]
  unknown: string[]
  /** Fields shown as placeholders, each once. */
  placeholders: LetterField[]
  /** For a missing sentence (the first meeting, the previous edition), the facts of it that lack a value. */
  lacking: Partial<Record<LetterField, LetterField[]>>
}

/** The sentences Kaigi writes only once each of their facts has a value, and those facts. */
export const SENTENCE_PARTS: Partial<Record<LetterField, readonly LetterField[]>> = {
  [LetterField.FirstMeeting]: [
    LetterField.MeetingDate,
    LetterField.MeetingHours,
    LetterField.MeetingPlace,
  ],
  [LetterField.PreviousEdition]: [
    LetterField.PreviousCity,
    LetterField.PreviousDates,
    LetterField.PreviousTheme,
    LetterField.PreviousFrench,
    LetterField.PreviousJapanese,
  ],
}

/** The fields that only a chosen recipient fills. */
export const RECIPIENT_FIELDS: readonly LetterField[] = [
  LetterField.Recipient,
  LetterField.Salutation,
  LetterField.Collectivite,
  LetterField.FormLink,
]

/** The fields filled from what the server keeps, beyond the recipient: the previous edition, the deadline. */
export const SERVER_FIELDS: readonly LetterField[] = [
  LetterField.PreviousEdition,
  LetterField.PreviousOrdinal,
  LetterField.PreviousCity,
  LetterField.PreviousDates,
  LetterField.PreviousFrench,
  LetterField.PreviousJapanese,
  LetterField.PreviousTheme,
  LetterField.Deadline,
  ...RECIPIENT_FIELDS,
]

/** A blank line, with any spaces on it: where a paragraph ends. */
const PARAGRAPH_BREAK = /\n[ \t\u3000]*\n(?:[ \t\u3000]*\n)*/

/**
 * `template` filled from `facts`, cut into paragraphs for the paper preview;
 * the fields of `placeholders` that have no value are shown as placeholders
 * rather than reported missing.
 */
export function previewLetter(
  template: string,
  facts: LetterFacts,
  placeholders: readonly LetterField[] = [],
): LetterPreview {
  const filled = fillLetter(template, facts)
  const paragraphs: PreviewSegment[][] = [[]]
  const current = () => paragraphs[paragraphs.length - 1] as PreviewSegment[]
  const shown = new Set<LetterField>()
  for (const piece of filled.pieces) {
    if (piece.kind === 'text') {
      const parts = piece.text.split(PARAGRAPH_BREAK)
      parts.forEach((part, index) => {
        if (index > 0) paragraphs.push([])
        if (part !== '') current().push({ kind: 'text', text: part })
      })
    } else if (piece.kind === 'missing' && placeholders.includes(piece.field)) {
      shown.add(piece.field)
      current().push({ kind: 'placeholder', field: piece.field })
    } else current().push(piece)
  }
  const visible = paragraphs
    .map((paragraph) => trimEdges(paragraph))
    .filter((paragraph) => paragraph.length > 0)
  const missing = filled.missing.filter((field) => !shown.has(field))
  const lacking: LetterPreview['lacking'] = {}
  for (const field of missing) {
    const parts = SENTENCE_PARTS[field]?.filter((part) => !facts[part])
    if (parts && parts.length > 0) lacking[field] = parts
  }
  return {
    paragraphs: visible,
    missing,
    unknown: filled.unknown,
    placeholders: [...shown],
    lacking,
  }
}

/** A paragraph without the line breaks left at its start and end by the blank lines around it. */
function trimEdges(paragraph: PreviewSegment[]): PreviewSegment[] {
  const out = paragraph.map((segment) => ({ ...segment }))
  const first = out[0]
  if (first?.kind === 'text') first.text = first.text.replace(/^\s*\n/, '')
  const last = out[out.length - 1]
  if (last?.kind === 'text') last.text = last.text.replace(/\n\s*$/, '')
  return out.filter((segment) => segment.kind !== 'text' || segment.text !== '')
}

/** The language a preview is first shown in: the recipient's, else the reader's (French for English). */
export function previewLanguage(
  inputs: Pick<LetterInputs, 'recipient'> | null,
  locale: string,
): ContactLanguage {
  return inputs?.recipient?.language ?? (locale === 'ja' ? 'ja' : 'fr')
}

/** What the preview shows as placeholders: the recipient's fields without one, the server's without its data. */
export function placeholderFields(
  inputs: Pick<LetterInputs, 'recipient'> | null,
): readonly LetterField[] {
  if (inputs === null) return SERVER_FIELDS
  return inputs.recipient === null ? RECIPIENT_FIELDS : []
}
