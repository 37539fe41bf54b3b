/**
 * The names a message's attachments carry, in its recipient's language, as
 * a committee member would name them when writing by hand: « Lettre
 * d’invitation.pdf », 「案内状.pdf」. The attachments' own titles are the
 * pack's (`PACK_WORDS`), so that the letter's list and the files agree.
 */
import type { ContactLanguage } from '../../shared/directory'
import { PackFile } from '../../shared/letters/pack'
import type { AttachmentRecipe } from '../../shared/mail'
import { PACK_WORDS } from '../exports/pack/pack-words'

const LETTER: Readonly<Record<ContactLanguage, string>> = {
  fr: 'Lettre d’invitation',
  ja: '案内状',
}

const CALENDAR: Readonly<Record<ContactLanguage, string>> = {
  fr: 'Programme (calendrier).ics',
  ja: 'プログラム（カレンダー）.ics',
}

/** The file name of `recipe`'s attachment in `language`. */
export function attachmentName(recipe: AttachmentRecipe, language: ContactLanguage): string {
  if (recipe.kind === 'calendar') return CALENDAR[language]
  const words = PACK_WORDS[language]
  switch (recipe.file as PackFile) {
    case PackFile.LetterPdf:
      return `${LETTER[language]}.pdf`
    case PackFile.LetterDocx:
      return `${LETTER[language]}.docx`
    case PackFile.AgendaPdf:
      return `${words.agendaTitle}.pdf`
    case PackFile.FormPdf:
      return `${words.formTitle}.pdf`
    case PackFile.ProgrammePdf:
      return `${words.programmeTitle}.pdf`
  }
  return recipe.file
}
