/**
 * Who a send writes to: an edition's collectivités linked to a directory
 * entry that has a contact with an e-mail, each in its letter's language.
 */
import type { ContactLanguage } from '../../shared/directory'
import type { Collectivite } from '../../shared/doc/edition'
import type { LetterInputs } from '../../shared/letters/letter-inputs'
import type { EditionLetterSources } from '../letters/letter-sources'

export interface MailRecipient {
  collectivite: Collectivite
  inputs: LetterInputs
  language: ContactLanguage
  toName: string
  toEmail: string
}

/** `collectivite`'s recipient, or null when its directory entry gives no one to write to. */
export function mailRecipient(
  sources: EditionLetterSources,
  collectivite: Collectivite,
): MailRecipient | null {
  const inputs = sources.inputs(collectivite)
  const contact = inputs.recipient?.contact
  if (!contact || contact.email.trim() === '') return null
  return {
    collectivite,
    inputs,
    language: inputs.recipient?.language ?? 'fr',
    toName: contact.name,
    toEmail: contact.email.trim(),
  }
}

/** Each of `collectivites` that has someone to write to. */
export function mailRecipients(
  sources: EditionLetterSources,
  collectivites: readonly Collectivite[],
): MailRecipient[] {
  return collectivites.flatMap((each) => {
    const recipient = mailRecipient(sources, each)
    return recipient ? [recipient] : []
  })
}

/** The collectivités a send may write to: those of the edition linked to the directory. */
export const linkedCollectivites = (all: readonly Collectivite[]): Collectivite[] =>
  all.filter((each) => each.directoryId)
