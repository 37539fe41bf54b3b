/** The values the entities' fields are made of: ids, days, times of day, time zones, texts. */
import * as z from 'zod'
import { parseClockTime, SLOT_MINUTES } from '../grid'
import { isValidTimeZone } from '../time'

/** The longest text a field may hold (a long description fits many times over). */
export const MAX_TEXT_LENGTH = 20_000

/** An entity's id: the key of its entry in the document. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id')
export type Id = z.infer<typeof IdSchema>

/** A calendar day, 'YYYY-MM-DD'. */
export const IsoDateSchema = z.iso.date()
/** A time of day on the 5-minute grid, 'HH:MM', in the edition's time zone. */
export const ClockTimeSchema = z
  .string()
  .refine((value) => parseClockTime(value) !== null, 'not a time of day HH:MM')
  .refine((value) => (parseClockTime(value) ?? 0) % SLOT_MINUTES === 0, 'not on the 5-minute grid')
/** An IANA time zone name this runtime knows, e.g. 'Asia/Tokyo'. */
export const TimeZoneSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, 'not an IANA time zone name')
  .refine(isValidTimeZone, 'unknown time zone')

const TextSchema = z.string().max(MAX_TEXT_LENGTH)

/** A text in French, Japanese and English; an absent language reads as empty. */
export const LocalizedTextSchema = z.object({
  fr: TextSchema.default(''),
  ja: TextSchema.default(''),
  en: TextSchema.default(''),
})
export type LocalizedText = z.infer<typeof LocalizedTextSchema>
export type LocalizedTextInput = z.input<typeof LocalizedTextSchema>
/** A change to some languages of a text; the others are left as they are. */
export const LocalizedTextPatchSchema = z
  .object({ fr: TextSchema.optional(), ja: TextSchema.optional(), en: TextSchema.optional() })
  .strict()
