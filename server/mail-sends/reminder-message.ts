/**
 * The reminder before the form's deadline, to the collectivités that have
 * not registered: a template like the letter's (`{deadline}`,
 * `{collectivite}`, `{form_link}`…), filled with the same facts.
 */
import type { EditionSnapshot } from '../../shared/doc/edition'
import { ErrorCode, type FieldIssue } from '../../shared/errors'
import { letterFacts } from '../../shared/letters/letter-facts'
import { fillLetter, letterText } from '../../shared/letters/letter-fields'
import type { ReminderTemplate } from '../../shared/mail-sends'
import { AppError } from '../app-error'
import { PackProblem } from '../letters/pack-check'
import { paragraph } from './mail-body'
import { addresseeOf, type ComposedMessage, messageTo, rencontresName } from './pack-message'
import type { MailRecipient } from './recipients'

/** The reminder's template filled for `recipient`; 409 naming what it lacks. */
export function reminderMessage(
  edition: EditionSnapshot,
  template: ReminderTemplate,
  recipient: MailRecipient,
): ComposedMessage {
  const lang = recipient.language
  const filled = fillLetter(template[lang], letterFacts(edition, recipient.inputs, lang))
  const issues: FieldIssue[] = [
    ...filled.missing.map((field) => ({
      path: `template.${lang}`,
      code: PackProblem.MissingField,
      message: field,
    })),
    ...filled.unknown.map((code) => ({
      path: `template.${lang}`,
      code: PackProblem.UnknownField,
      message: code,
    })),
  ]
  if (template[lang].trim() === '' || issues.length > 0) {
    throw new AppError(
      409,
      ErrorCode.LetterIncomplete,
      `the reminder to ${recipient.toName} cannot be written: ${
        issues.map((issue) => `{${issue.message}}`).join(', ') || 'its template is empty'
      }`,
      issues,
      issues[0]?.code,
    )
  }
  const name = rencontresName(edition.meta.number, lang)
  const subject =
    lang === 'ja'
      ? `【ご確認】${name} 参加申込書のご提出について`
      : `${name} : rappel, bulletin de participation`
  const blocks = letterText(filled)
    .split(/\n{2,}/)
    .map((each) => each.trim())
    .filter(Boolean)
    .map(paragraph)
  return messageTo(addresseeOf(recipient), subject, blocks, [])
}
