/**
 * The invitation pack's message: a short covering note in the recipient's
 * language, its letter and the three attachments as recipes that the mail
 * worker makes at sending time (letter.pdf, agenda.pdf, form.pdf,
 * programme.pdf).
 */
import type { ContactLanguage } from '../../shared/directory'
import type { EditionSnapshot } from '../../shared/doc/edition'
import { letterFacts } from '../../shared/letters/letter-facts'
import { LetterField } from '../../shared/letters/letter-fields'
import { PackFile } from '../../shared/letters/pack'
import type { AttachmentRecipe } from '../../shared/mail'
import { attachmentName } from '../mail/attachment-names'
import { type Block, htmlOf, lines, link, paragraph, textOf } from './mail-body'
import type { MailRecipient } from './recipients'

/** A message as a send queues it (the outbox store's `NewMessage`). */
export interface ComposedMessage {
  collectiviteId: string | null
  toName: string
  toEmail: string
  language: ContactLanguage
  subject: string
  text: string
  html: string
  attachments: AttachmentRecipe[]
}

/** The files a pack's message carries, in the order the letter lists them. */
export const PACK_ATTACHMENTS: readonly PackFile[] = [
  PackFile.LetterPdf,
  PackFile.AgendaPdf,
  PackFile.FormPdf,
  PackFile.ProgrammePdf,
]

/** A collectivité's pack as its message's attachments. */
export const packRecipes = (collectiviteId: string): AttachmentRecipe[] =>
  PACK_ATTACHMENTS.map((file) => ({ kind: 'pack', collectiviteId, file }))

/** « 8es Rencontres franco-japonaises de la coopération décentralisée », 「第8回日仏自治体交流会議」 */
export function rencontresName(number: number, lang: ContactLanguage): string {
  if (lang === 'ja') return `第${number}回日仏自治体交流会議`
  return `${number === 1 ? '1res' : `${number}es`} Rencontres franco-japonaises de la coopération décentralisée`
}

/** Who signs Kaigi's messages: the committees, in the recipient's language. */
export const SIGNATURE: Record<ContactLanguage, string> = {
  fr: 'Les comités de pilotage des Rencontres franco-japonaises de la coopération décentralisée',
  ja: '日仏自治体交流会議 実行委員会',
}

/** Whom a message is to. */
export type Addressee = Pick<ComposedMessage, 'collectiviteId' | 'toName' | 'toEmail' | 'language'>

export const addresseeOf = (recipient: MailRecipient): Addressee => ({
  collectiviteId: recipient.collectivite.id,
  toName: recipient.toName,
  toEmail: recipient.toEmail,
  language: recipient.language,
})

/** Blocks and subject made into a message to `to`. */
export function messageTo(
  to: Addressee,
  subject: string,
  blocks: readonly Block[],
  attachments: AttachmentRecipe[],
): ComposedMessage {
  return {
    ...to,
    subject,
    text: textOf(blocks),
    html: htmlOf(blocks, to.language),
    attachments,
  }
}

/** The pack's message to `recipient`, once its letter is complete (pack-check said so). */
export function packMessage(edition: EditionSnapshot, recipient: MailRecipient): ComposedMessage {
  const lang = recipient.language
  const facts = letterFacts(edition, recipient.inputs, lang)
  const name = rencontresName(edition.meta.number, lang)
  const where = [facts[LetterField.HostCity], facts[LetterField.Dates]].filter(Boolean)
  const recipes = packRecipes(recipient.collectivite.id)
  // Listed as the files are named, so that the note and the attachments agree.
  const files = recipes.map((recipe) => attachmentName(recipe, lang).replace(/\.pdf$/, ''))
  const formUrl = recipient.inputs.formUrl
  const deadline = facts[LetterField.Deadline]
  const blocks: Block[] =
    lang === 'ja'
      ? [
          paragraph(facts[LetterField.Salutation] ?? ''),
          paragraph(
            `${name}${where.length > 0 ? `（${where.join('、')}）` : ''}のご案内をお送りいたします。次の書類を添付いたしますので、ご査収ください。`,
          ),
          lines(files),
          ...(deadline ? [paragraph(`参加申込書は${deadline}までにご返送ください。`)] : []),
          ...(formUrl ? [link('貴自治体専用のオンライン申込フォーム：', formUrl)] : []),
          paragraph(SIGNATURE.ja),
        ]
      : [
          paragraph(facts[LetterField.Salutation] ?? 'Madame, Monsieur,'),
          paragraph(
            `Nous avons le plaisir de vous adresser l’invitation aux ${name}${where.length > 0 ? `, à ${where.join(' ')}` : ''}. Vous trouverez en pièces jointes :`,
          ),
          lines(files),
          ...(deadline
            ? [paragraph(`Le bulletin de participation est à retourner avant le ${deadline}.`)]
            : []),
          ...(formUrl
            ? [link('Votre formulaire en ligne, propre à votre collectivité :', formUrl)]
            : []),
          paragraph(`Avec nos salutations distinguées,\n${SIGNATURE.fr}`),
        ]
  const subject = lang === 'ja' ? `${name}のご案内` : `${name} : invitation`
  return messageTo(addresseeOf(recipient), subject, blocks, recipes)
}
