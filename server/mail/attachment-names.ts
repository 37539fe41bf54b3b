/**
 * The names a message's attachments carry, in its recipient's language, as
 * a committee member would name them when writing by hand: « Lettre
 * d’invitation.pdf », 「案内状.pdf」. Kept here, in one place, where the
 * committees can correct them.
 */
import type { ContactLanguage } from '../../shared/directory'
import { PackFile } from '../../shared/letters/pack'
import type { AttachmentRecipe } from '../../shared/mail'

const PACK_NAMES: Readonly<Record<ContactLanguage, Record<PackFile, string>>> = {
  fr: {
    [PackFile.LetterPdf]: 'Lettre d’invitation.pdf',
    [PackFile.LetterDocx]: 'Lettre d’invitation.docx',
    [PackFile.AgendaPdf]: 'Ordre du jour prévisionnel.pdf',
    [PackFile.FormPdf]: 'Bulletin de participation.pdf',
    [PackFile.ProgrammePdf]: 'Proposition de programme et de thèmes.pdf',
  },
  ja: {
    [PackFile.LetterPdf]: '案内状.pdf',
    [PackFile.LetterDocx]: '案内状.docx',
    [PackFile.AgendaPdf]: '議事次第（案）.pdf',
    [PackFile.FormPdf]: '参加申込書.pdf',
    [PackFile.ProgrammePdf]: 'プログラム・テーマ案.pdf',
  },
}

const CALENDAR_NAMES: Readonly<Record<ContactLanguage, string>> = {
  fr: 'Programme (calendrier).ics',
  ja: 'プログラム（カレンダー）.ics',
}

/** The file name of `recipe`'s attachment in `language`. */
export function attachmentName(recipe: AttachmentRecipe, language: ContactLanguage): string {
  if (recipe.kind === 'calendar') return CALENDAR_NAMES[language]
  return PACK_NAMES[language][recipe.file as PackFile]
}
