/**
 * The fields a letter template may hold, written `{host_city}` in its text:
 * Kaigi fills each from the edition, its previous edition's record, the
 * form and the recipient. Codes are ASCII, the same in both templates; the
 * letter screen names them in the reader's language.
 */
export const LetterField = {
  /** 8 */
  EditionNumber: 'edition_number',
  /** « 8e », 「第8回」 */
  Ordinal: 'ordinal',
  HostCity: 'host_city',
  /** « du 18 au 21 novembre 2024 », 「2024年11月18日～21日」 */
  Dates: 'dates',
  /** The edition's global theme. */
  Theme: 'theme',
  /** The Rencontres since Nancy 2008, in one sentence. */
  History: 'history',
  /** The previous edition in one sentence: where, when, how many collectivités, its theme. */
  PreviousEdition: 'previous_edition',
  PreviousOrdinal: 'previous_ordinal',
  PreviousCity: 'previous_city',
  PreviousDates: 'previous_dates',
  PreviousFrench: 'previous_french_collectivites',
  PreviousJapanese: 'previous_japanese_collectivites',
  PreviousTheme: 'previous_theme',
  /** The first committee meeting in one sentence: day, hours, place, the event it is part of. */
  FirstMeeting: 'first_meeting',
  MeetingDate: 'meeting_date',
  MeetingHours: 'meeting_hours',
  MeetingPlace: 'meeting_place',
  MeetingEvent: 'meeting_event',
  /** The participation form's deadline, as a date. */
  Deadline: 'deadline',
  /** With whom the form is returned. */
  FormReturn: 'form_return',
  /** The recipient's personal form link. */
  FormLink: 'form_link',
  /** Each signatory's name and function, one block each. */
  Signatories: 'signatories',
  /** « Paris, le 11 juillet 2023 », 「2023年7月11日」 */
  PlaceDate: 'place_date',
  /** The recipient's name, function, collectivité and address, as a letter's address block. */
  Recipient: 'recipient',
  /** « Madame, Monsieur, »; 「田辺 信宏 様」 or 「静岡市 御中」 */
  Salutation: 'salutation',
  /** The recipient collectivité's name. */
  Collectivite: 'collectivite',
  /** The three attachments, as a list. */
  Attachments: 'attachments',
} as const
export type LetterField = (typeof LetterField)[keyof typeof LetterField]
export const LETTER_FIELDS: readonly LetterField[] = Object.values(LetterField)

export const isLetterField = (code: string): code is LetterField =>
  (LETTER_FIELDS as readonly string[]).includes(code)

/** A field's value in one language; absent where Kaigi has nothing to fill it with. */
export type LetterFacts = Partial<Record<LetterField, string>>

/** A piece of a filled letter: text as written, or a field with its value or its lack of one. */
export type LetterPiece =
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: LetterField; value: string }
  | { kind: 'missing'; field: LetterField }
  /** `{something}` that names no field: printed as written, and reported. */
  | { kind: 'unknown'; code: string }

export interface FilledLetter {
  pieces: LetterPiece[]
  /** The fields written in the template that have no value, each once, in order of appearance. */
  missing: LetterField[]
  /** The codes between braces that name no field. */
  unknown: string[]
}

const FIELD_CODE = /\{([a-z_]+)\}/g

/** `template` with its fields filled from `facts`, and what could not be filled. */
export function fillLetter(template: string, facts: LetterFacts): FilledLetter {
  const pieces: LetterPiece[] = []
  const missing = new Set<LetterField>()
  const unknown = new Set<string>()
  let last = 0
  for (const match of template.matchAll(FIELD_CODE)) {
    const code = match[1] ?? ''
    if (match.index > last) pieces.push({ kind: 'text', text: template.slice(last, match.index) })
    last = match.index + match[0].length
    if (!isLetterField(code)) {
      unknown.add(code)
      pieces.push({ kind: 'unknown', code })
      continue
    }
    const value = facts[code]
    if (value === undefined || value === '') {
      missing.add(code)
      pieces.push({ kind: 'missing', field: code })
    } else pieces.push({ kind: 'field', field: code, value })
  }
  if (last < template.length) pieces.push({ kind: 'text', text: template.slice(last) })
  return { pieces, missing: [...missing], unknown: [...unknown] }
}

/**
 * The filled letter as plain text, for a file: only once nothing is missing
 * (a letter is never printed with a blank where a fact should be).
 */
export function letterText(letter: FilledLetter): string {
  return letter.pieces
    .map((piece) => {
      switch (piece.kind) {
        case 'text':
          return piece.text
        case 'field':
          return piece.value
        case 'unknown':
          return `{${piece.code}}`
        default:
          throw new Error(`the letter's field {${piece.field}} has no value`)
      }
    })
    .join('')
}
