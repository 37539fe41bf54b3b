import * as z from 'zod'
import { ContactLanguageSchema } from '../directory'
import { CountrySchema, IdSchema, LocalizedTextSchema } from '../doc/edition/schema'
import { LETTER_FIELDS } from './letter-fields'

/**
 * The invitation pack: for each collectivité of the edition, its letter in
 * its contact's language and the three attachments, at
 * `GET /api/editions/<id>/pack/<collectiviteId>/<file>`, and every one of
 * them in `GET /api/editions/<id>/pack.zip` (editors and owners only).
 */
export const PackFile = {
  LetterPdf: 'letter.pdf',
  LetterDocx: 'letter.docx',
  /** Ordre du jour prévisionnel: the first meeting's agenda. */
  AgendaPdf: 'agenda.pdf',
  /** Bulletin de participation, with the collectivité's link and QR code. */
  FormPdf: 'form.pdf',
  /** Proposition du programme et des thèmes. */
  ProgrammePdf: 'programme.pdf',
} as const
export type PackFile = (typeof PackFile)[keyof typeof PackFile]
export const PACK_FILES: readonly PackFile[] = Object.values(PackFile)
export const isPackFile = (file: string): file is PackFile =>
  (PACK_FILES as readonly string[]).includes(file)

/** A collectivité of the edition the pack writes to. */
export const PackRecipientSchema = z.object({
  collectiviteId: IdSchema,
  name: LocalizedTextSchema,
  country: CountrySchema,
  /** Its letters' language: its first contact's, else its country's. */
  language: ContactLanguageSchema,
  /** Its entry in the directory; null when it is not linked (no address, no contact). */
  directoryId: z.string().nullable(),
  contactName: z.string().nullable(),
})
export type PackRecipient = z.infer<typeof PackRecipientSchema>

/** `GET /api/editions/<id>/pack`: who the pack writes to, and what its letters still lack. */
export const PackStateSchema = z.object({
  recipients: z.array(PackRecipientSchema),
  /** Per language, the template's fields without a value (edition-wide ones). */
  missing: z.object({
    fr: z.array(z.enum(LETTER_FIELDS as [string, ...string[]])),
    ja: z.array(z.enum(LETTER_FIELDS as [string, ...string[]])),
  }),
})
export type PackState = z.infer<typeof PackStateSchema>
