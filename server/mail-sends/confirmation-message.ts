/**
 * The confirmation a collectivité receives when its registration arrives
 * or is amended: what was received, and its own link to amend it.
 */
import type { ContactLanguage } from '../../shared/directory'
import type { EditionSnapshot } from '../../shared/doc/edition'
import { letterDay } from '../../shared/letters/letter-facts'
import { type Block, link, paragraph } from './mail-body'
import { type ComposedMessage, messageTo, rencontresName, SIGNATURE } from './pack-message'

export interface ConfirmationInput {
  collectiviteId: string | null
  collectiviteName: string
  language: ContactLanguage
  toName: string
  toEmail: string
  delegates: number
  amended: boolean
  /** The collectivité's own link to its form, absolute; null without one. */
  formUrl: string | null
  /** The form's deadline, 'YYYY-MM-DD' on the edition's clocks. */
  deadlineDay: string
}

/** The confirmation of a registration, in the collectivité's language. */
export function confirmationMessage(
  edition: EditionSnapshot,
  input: ConfirmationInput,
): ComposedMessage {
  const lang = input.language
  const name = rencontresName(edition.meta.number, lang)
  const deadline = letterDay(input.deadlineDay, lang)
  const blocks: Block[] =
    lang === 'ja'
      ? [
          paragraph(`${input.toName}　様`),
          paragraph(
            `${name}への${input.collectiviteName}の参加申込書を${input.amended ? '変更いたしました' : '受け付けました'}（代表団 ${input.delegates}名）。`,
          ),
          ...(input.formUrl
            ? [link(`${deadline}まで、次のリンクから申込内容を変更できます：`, input.formUrl)]
            : []),
          paragraph(SIGNATURE.ja),
        ]
      : [
          paragraph(`${input.toName},`),
          paragraph(
            `Le bulletin de participation de ${input.collectiviteName} aux ${name} est bien ${input.amended ? 'modifié' : 'reçu'} (délégation de ${input.delegates} personne${input.delegates > 1 ? 's' : ''}).`,
          ),
          ...(input.formUrl
            ? [link(`Jusqu’au ${deadline}, vous pouvez le modifier par ce lien :`, input.formUrl)]
            : []),
          paragraph(`Avec nos salutations distinguées,\n${SIGNATURE.fr}`),
        ]
  const subject =
    lang === 'ja'
      ? `${name} 参加申込書${input.amended ? '変更' : '受付'}のお知らせ`
      : `${name} : bulletin de participation ${input.amended ? 'modifié' : 'reçu'}`
  const { collectiviteId, toName, toEmail } = input
  return messageTo({ collectiviteId, toName, toEmail, language: lang }, subject, blocks, [])
}
