import type { ContactLanguage } from '../../../shared/directory'
import type { EditionSnapshot } from '../../../shared/doc/edition'
import { firstMeeting } from '../../../shared/letters/letter-facts'
import { fillLetter, type LetterFacts, LetterField } from '../../../shared/letters/letter-fields'
import { PackFile } from '../../../shared/letters/pack'

/** Why one of a collectivité's files would be refused, as the pack's server checks it. */
export type FileProblem =
  | { kind: 'empty_template' }
  | { kind: 'missing_field'; field: LetterField }
  | { kind: 'unknown_field'; code: string }
  | { kind: 'missing_agenda' }

const lacking = (facts: LetterFacts, fields: readonly LetterField[]): FileProblem[] =>
  fields
    .filter((field) => !facts[field])
    .map((field): FileProblem => ({ kind: 'missing_field', field }))

/**
 * What `file` would print without a value, in `lang`, for the facts of a
 * chosen recipient: the server refuses such a file (409), so the screen
 * says why beforehand instead of offering a download that fails.
 */
export function fileProblems(
  file: PackFile,
  edition: Pick<EditionSnapshot, 'meta' | 'meetings'>,
  facts: LetterFacts,
  lang: ContactLanguage,
): FileProblem[] {
  switch (file) {
    case PackFile.LetterPdf:
    case PackFile.LetterDocx: {
      const template = edition.meta.letter[lang]
      if (template.trim() === '') return [{ kind: 'empty_template' }]
      const filled = fillLetter(template, facts)
      return [
        ...filled.missing.map((field): FileProblem => ({ kind: 'missing_field', field })),
        ...filled.unknown.map((code): FileProblem => ({ kind: 'unknown_field', code })),
      ]
    }
    case PackFile.AgendaPdf: {
      const problems = lacking(facts, [
        LetterField.MeetingDate,
        LetterField.MeetingHours,
        LetterField.MeetingPlace,
      ])
      const meeting = firstMeeting(edition as EditionSnapshot)
      if (meeting && meeting.agenda[lang].trim() === '') problems.push({ kind: 'missing_agenda' })
      return problems
    }
    case PackFile.FormPdf:
      return lacking(facts, [
        LetterField.Collectivite,
        LetterField.Deadline,
        LetterField.FormReturn,
        LetterField.FormLink,
      ])
    default:
      return []
  }
}
