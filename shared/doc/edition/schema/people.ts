/** Who takes part: the persons of the edition and the collectivités they come from. */
import * as z from 'zod'
import { CollectiviteKindSchema, CountrySchema } from './codes'
import { IdSchema, LocalizedTextSchema } from './values'

/**
 * A person. Each language holds the name as its readers write it: a French
 * name in katakana in `ja`, a Japanese one romanised in `fr`. `role` is the
 * person's function ("Maire adjointe" / 「副市長」), optional.
 */
export const PersonFieldsSchema = z.object({
  name: LocalizedTextSchema,
  /** How a name in kanji reads, in kana (しずおか たろう); empty for a name in Latin script. */
  reading: z.string().trim().max(200).default(''),
  role: LocalizedTextSchema,
  collectiviteId: IdSchema.nullable(),
})
export const PersonSchema = PersonFieldsSchema.extend({ id: IdSchema })
export type Person = z.infer<typeof PersonSchema>

export const CollectiviteFieldsSchema = z.object({
  name: LocalizedTextSchema,
  country: CountrySchema,
  kind: CollectiviteKindSchema,
  /**
   * The collectivité this one was merged into: it stays as a tombstone, so
   * that whoever named it at the moment of the merge reads the merged one.
   */
  mergedIntoId: IdSchema.nullable().default(null),
  /**
   * The directory's entry for it (server-side, with its address and
   * contacts): the letters of the invitation pack go to that entry's contact.
   */
  directoryId: IdSchema.nullable().default(null),
})
/** A collectivité as a snapshot lists it: merged ones are not listed, their names resolve. */
export const CollectiviteSchema = CollectiviteFieldsSchema.omit({ mergedIntoId: true }).extend({
  id: IdSchema,
})
export type Collectivite = z.infer<typeof CollectiviteSchema>
