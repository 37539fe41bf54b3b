/** An edition's metadata: what it is, where and when, and its invitation letter. */
import * as z from 'zod'
import { CountrySchema, EditionStatusSchema } from './codes'
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextPatchSchema,
  LocalizedTextSchema,
  TimeZoneSchema,
} from './values'

const CountSchema = z.number().int().min(0).max(1_000_000).nullable()
/** Participation figures, null where unknown (a draft edition has none yet). */
export const ParticipationSchema = z.object({
  participants: CountSchema,
  collectivites: z.object({ FR: CountSchema, JP: CountSchema }),
})
export type Participation = z.infer<typeof ParticipationSchema>

/**
 * An edition's metadata. The dates are null while unknown (a past edition
 * whose exact days are not on record); `year` is always known.
 */
export const EditionMetaSchema = z.object({
  number: z.number().int().min(1).max(999),
  year: z.number().int().min(2000).max(2200),
  title: LocalizedTextSchema,
  hostCity: LocalizedTextSchema,
  hostCountry: CountrySchema,
  venue: LocalizedTextSchema,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  timeZone: TimeZoneSchema,
  globalThemeId: IdSchema.nullable(),
  status: EditionStatusSchema,
  participation: ParticipationSchema,
  /**
   * The invitation letter's template, one per language, written by each
   * committee (never machine-translated), with the fields Kaigi fills
   * (`{host_city}`, shared/letters/fields.ts).
   */
  letter: LocalizedTextSchema,
  /** Where the letter is signed ("Paris" / 「パリ」). */
  letterPlace: LocalizedTextSchema,
  /** The day the letter is dated; null until set. */
  letterDate: IsoDateSchema.nullable(),
  /** Who signs the letter, in order: persons of the edition, with their functions. */
  signatoryIds: z.array(IdSchema),
  /** With whom the participation form is returned (name, postal and e-mail address). */
  formReturn: LocalizedTextSchema,
})
export type EditionMeta = z.infer<typeof EditionMetaSchema>
export const EditionMetaPatchSchema = EditionMetaSchema.extend({
  title: LocalizedTextPatchSchema,
  hostCity: LocalizedTextPatchSchema,
  venue: LocalizedTextPatchSchema,
  letter: LocalizedTextPatchSchema,
  letterPlace: LocalizedTextPatchSchema,
  formReturn: LocalizedTextPatchSchema,
})
  .partial()
  .strict()
export type EditionMetaPatch = z.infer<typeof EditionMetaPatchSchema>
