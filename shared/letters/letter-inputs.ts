import * as z from 'zod'
import { ContactLanguageSchema } from '../directory'
import {
  CollectiviteKindSchema,
  CountrySchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  ParticipationSchema,
} from '../doc/edition/schema'

/**
 * What a letter needs beyond the edition's own document: the previous
 * edition's record, the form's deadline (kept in the database), and the
 * recipient from the directory (personal data, never in a document). The
 * server gathers them; the letter screen and the pack fill the template
 * with them and the live edition (letter-facts.ts).
 */

/** The previous edition as its record gives it: where, when, who came, its global theme. */
export const PreviousEditionSchema = z.object({
  number: z.number().int(),
  year: z.number().int(),
  hostCity: LocalizedTextSchema,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  participation: ParticipationSchema,
  /** Its global theme's title; null when the record has none. */
  globalTheme: LocalizedTextSchema.nullable(),
})
export type PreviousEdition = z.infer<typeof PreviousEditionSchema>

/** Who a collectivité's letter goes to: its directory entry and first contact. */
export const LetterRecipientSchema = z.object({
  /** The edition's collectivité (its id in the document). */
  collectiviteId: IdSchema,
  name: LocalizedTextSchema,
  country: CountrySchema,
  kind: CollectiviteKindSchema,
  /** The postal address from the directory; '' when the directory has none. */
  address: z.string(),
  /** The first contact of its directory entry; null when it has none. */
  contact: z.object({ name: z.string(), function: z.string(), email: z.string() }).nullable(),
  /** The language its letters are written in: its contact's, else its country's. */
  language: ContactLanguageSchema,
})
export type LetterRecipient = z.infer<typeof LetterRecipientSchema>

/** `GET /api/editions/<id>/letters/inputs?collectivite=<id>` (editors and owners). */
export const LetterInputsSchema = z.object({
  previous: PreviousEditionSchema.nullable(),
  /** The participation form's deadline; null while the form is not set up. */
  deadline: z.iso.datetime().nullable(),
  /** Null when no collectivité is chosen. */
  recipient: LetterRecipientSchema.nullable(),
  /** The recipient's personal form link (absolute URL); null without a recipient or a form. */
  formUrl: z.string().nullable(),
})
export type LetterInputs = z.infer<typeof LetterInputsSchema>
