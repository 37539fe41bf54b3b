/**
 * A pack's file is made only when every fact it prints has a value: a
 * letter is never sent with a blank where the host city should be. Each
 * check refuses with 409 `letter_incomplete`, naming what is missing as
 * issues (`{ path: 'letter.fr', code: 'missing_field', message: 'deadline' }`)
 * for the letter screen to word in its reader's language.
 */
import type { ContactLanguage } from '../../shared/directory'
import type { EditionSnapshot } from '../../shared/doc/edition'
import { ErrorCode, type FieldIssue } from '../../shared/errors'
import { firstMeeting, letterFacts } from '../../shared/letters/letter-facts'
import { fillLetter, type LetterFacts, LetterField } from '../../shared/letters/letter-fields'
import type { LetterInputs } from '../../shared/letters/letter-inputs'
import { PackFile } from '../../shared/letters/pack'
import { AppError } from '../app-error'

/** Why a pack's file cannot be made, for a screen to word it. */
export const PackProblem = {
  /** The letter's template in that language is empty. */
  EmptyTemplate: 'empty_template',
  /** A fact the file prints has no value. */
  MissingField: 'missing_field',
  /** `{something}` in the template names no field. */
  UnknownField: 'unknown_field',
  /** The first meeting has no agenda in the letter's language. */
  MissingAgenda: 'missing_agenda',
} as const
export type PackProblem = (typeof PackProblem)[keyof typeof PackProblem]

const LANGUAGE_NAME: Record<ContactLanguage, string> = { fr: 'French', ja: 'Japanese' }

/** The fields a letter cannot have before it has a recipient: not the edition's to fill. */
const RECIPIENT_FIELDS: readonly LetterField[] = [
  LetterField.Recipient,
  LetterField.Salutation,
  LetterField.Collectivite,
  LetterField.FormLink,
]

/** What the letter of `lang` lacks: its missing fields, its unknown codes, or its whole template. */
export function letterProblems(
  edition: EditionSnapshot,
  facts: LetterFacts,
  lang: ContactLanguage,
): FieldIssue[] {
  const path = `letter.${lang}`
  const template = edition.meta.letter[lang]
  if (template.trim() === '') {
    return [{ path, code: PackProblem.EmptyTemplate, message: 'the template is empty' }]
  }
  const filled = fillLetter(template, facts)
  return [
    ...filled.missing.map((field) => ({ path, code: PackProblem.MissingField, message: field })),
    ...filled.unknown.map((code) => ({ path, code: PackProblem.UnknownField, message: code })),
  ]
}

/**
 * Per language, the template's fields that have no value edition-wide
 * (those of a recipient aside, and the form link while the form is set up).
 */
export function editionMissing(
  edition: EditionSnapshot,
  inputs: LetterInputs,
  formLinks: boolean,
): Record<ContactLanguage, LetterField[]> {
  const missing = (lang: ContactLanguage) => {
    const filled = fillLetter(edition.meta.letter[lang], letterFacts(edition, inputs, lang))
    return filled.missing.filter(
      (field) =>
        !RECIPIENT_FIELDS.includes(field) || (field === LetterField.FormLink && !formLinks),
    )
  }
  return { fr: missing('fr'), ja: missing('ja') }
}

function refuse(what: string, lang: ContactLanguage, issues: FieldIssue[]): never {
  const named = issues.map((issue) =>
    issue.code === PackProblem.MissingField
      ? `{${issue.message}}`
      : issue.code === PackProblem.UnknownField
        ? `unknown {${issue.message}}`
        : issue.message,
  )
  throw new AppError(
    409,
    ErrorCode.LetterIncomplete,
    `the ${LANGUAGE_NAME[lang]} ${what} cannot be made: ${named.join(', ')}`,
    issues,
    issues[0]?.code,
  )
}

/** What `file` prints that has no value, in `lang`, for `inputs`' recipient. */
export function fileProblems(
  file: PackFile,
  edition: EditionSnapshot,
  inputs: LetterInputs,
  lang: ContactLanguage,
): FieldIssue[] {
  const facts = letterFacts(edition, inputs, lang)
  const lacking = (fields: readonly LetterField[], path: string): FieldIssue[] =>
    fields
      .filter((field) => !facts[field])
      .map((field) => ({ path, code: PackProblem.MissingField, message: field }))
  switch (file) {
    case PackFile.LetterPdf:
    case PackFile.LetterDocx:
      return letterProblems(edition, facts, lang)
    case PackFile.AgendaPdf: {
      const meeting = firstMeeting(edition)
      const issues = lacking(
        [LetterField.MeetingDate, LetterField.MeetingHours, LetterField.MeetingPlace],
        'meetings',
      )
      if (meeting && meeting.agenda[lang].trim() === '') {
        issues.push({
          path: `meetings.${meeting.id}.agenda.${lang}`,
          code: PackProblem.MissingAgenda,
          message: 'the first meeting has no agenda',
        })
      }
      return issues
    }
    case PackFile.FormPdf:
      return lacking(
        [
          LetterField.Collectivite,
          LetterField.Deadline,
          LetterField.FormReturn,
          LetterField.FormLink,
        ],
        'form',
      )
    default:
      return []
  }
}

/** Refuses `file` with 409 if it would print a blank. */
export function requireComplete(
  file: PackFile,
  edition: EditionSnapshot,
  inputs: LetterInputs,
  lang: ContactLanguage,
): void {
  const issues = fileProblems(file, edition, inputs, lang)
  if (issues.length > 0) refuse(file, lang, issues)
}
