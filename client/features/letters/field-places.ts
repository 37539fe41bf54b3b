import { LetterField } from '../../../shared/letters/letter-fields'
import { EditionView } from '../../app/router'

/** Where a field of the letter gets its value, named in the warning's link. */
export const PlaceKey = {
  Details: 'details',
  Meetings: 'meetings',
  Registrations: 'registrations',
  Collectivites: 'collectivites',
  People: 'people',
  /** The letter tab's own settings, beside the templates. */
  Letter: 'letter',
  /** The previous edition's record, another edition. */
  Editions: 'editions',
} as const
export type PlaceKey = (typeof PlaceKey)[keyof typeof PlaceKey]

/** The tab of each place; the previous edition's record is reached from the list of editions. */
export const PLACE_VIEWS: Record<PlaceKey, Exclude<EditionView, 'wall'> | null> = {
  details: EditionView.Details,
  meetings: EditionView.Meetings,
  registrations: EditionView.Registrations,
  collectivites: EditionView.Collectivites,
  people: EditionView.People,
  letter: EditionView.Letters,
  editions: null,
}

/** Where each field is set; null for those Kaigi always fills (the history, the attachments). */
export const FIELD_PLACES: Record<LetterField, PlaceKey | null> = {
  [LetterField.EditionNumber]: PlaceKey.Details,
  [LetterField.Ordinal]: PlaceKey.Details,
  [LetterField.HostCity]: PlaceKey.Details,
  [LetterField.Dates]: PlaceKey.Details,
  [LetterField.Theme]: PlaceKey.Details,
  [LetterField.History]: null,
  [LetterField.PreviousEdition]: PlaceKey.Editions,
  [LetterField.PreviousOrdinal]: PlaceKey.Editions,
  [LetterField.PreviousCity]: PlaceKey.Editions,
  [LetterField.PreviousDates]: PlaceKey.Editions,
  [LetterField.PreviousFrench]: PlaceKey.Editions,
  [LetterField.PreviousJapanese]: PlaceKey.Editions,
  [LetterField.PreviousTheme]: PlaceKey.Editions,
  [LetterField.FirstMeeting]: PlaceKey.Meetings,
  [LetterField.MeetingDate]: PlaceKey.Meetings,
  [LetterField.MeetingHours]: PlaceKey.Meetings,
  [LetterField.MeetingPlace]: PlaceKey.Meetings,
  [LetterField.MeetingEvent]: PlaceKey.Meetings,
  [LetterField.Deadline]: PlaceKey.Registrations,
  [LetterField.FormReturn]: PlaceKey.Letter,
  [LetterField.FormLink]: PlaceKey.Registrations,
  [LetterField.Signatories]: PlaceKey.Letter,
  [LetterField.PlaceDate]: PlaceKey.Letter,
  [LetterField.Recipient]: PlaceKey.Collectivites,
  [LetterField.Salutation]: PlaceKey.Collectivites,
  [LetterField.Collectivite]: PlaceKey.Collectivites,
  [LetterField.Attachments]: null,
}

/**
 * The letter tab's own field where `field` is set in `lang`, for the
 * warning's link to focus: the form's return address, the place and date,
 * the signatories.
 */
export function letterSettingId(
  field: LetterField,
  lang: 'fr' | 'ja',
  /** Whether the letter's date is set: then a missing place and date lacks its place. */
  dated = false,
): string | null {
  switch (field) {
    case LetterField.FormReturn:
      return `field-letters-formReturn-${lang}`
    case LetterField.PlaceDate:
      return dated ? `field-letters-letterPlace-${lang}` : 'field-letters-letterDate'
    case LetterField.Signatories:
      return 'field-letters-signatories'
    default:
      return null
  }
}
