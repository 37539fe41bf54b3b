import * as z from 'zod'
import { CountrySchema, IdSchema, LocalizedTextSchema, TimeZoneSchema } from './doc/edition/schema'

/**
 * The participation form (bulletin de participation) at its public link
 * (`/f/<token>`), with a deadline set by the committee.
 */

export const formPath = (token: string): string => `/f/${token}`

/** What interpretation a delegation needs at the sessions. */
export const Interpretation = {
  None: 'none',
  IntoFrench: 'into-fr',
  IntoJapanese: 'into-ja',
  Both: 'both',
} as const
export type Interpretation = (typeof Interpretation)[keyof typeof Interpretation]
export const InterpretationSchema = z.enum(Object.values(Interpretation) as [Interpretation])

/** A member of the delegation: kept in the database only, never in the document. */
export const RegistrationMemberSchema = z
  .object({
    /** The name in Latin script ("Tanaka Hiroshi", "Marie Dupont"). */
    nameLatin: z.string().trim().max(100).default(''),
    /** The name in Japanese script (「田中 浩」, 「マリー・デュポン」). */
    nameJapanese: z.string().trim().max(100).default(''),
    function: z.string().trim().max(200).default(''),
    email: z.union([z.literal(''), z.email().max(200)]).default(''),
  })
  .strict()
  .refine((member) => member.nameLatin.length > 0 || member.nameJapanese.length > 0, {
    path: ['nameLatin'],
    message: 'name the member, in Latin or Japanese script',
  })
export type RegistrationMember = z.infer<typeof RegistrationMemberSchema>

/**
 * What a bulletin says of the delegation, whoever fills it (the
 * collectivité, or an editor correcting it). Only the counts, days,
 * workshops and wishes go into the document; the rest stays in the database.
 */
const registrationDetails = {
  contactName: z.string().trim().min(1).max(100),
  email: z.email().max(200),
  delegates: z.number().int().min(1).max(200),
  workshopIds: z.array(IdSchema).max(20).default([]),
  dayIds: z.array(IdSchema).max(31).default([]),
  wantsToSpeak: z.boolean().default(false),
  wantsToPropose: z.boolean().default(false),
  members: z.array(RegistrationMemberSchema).max(200).default([]),
  interpretation: InterpretationSchema.default(Interpretation.None),
  dietaryNeeds: z.string().trim().max(1000).default(''),
  accessibilityNeeds: z.string().trim().max(1000).default(''),
}

/** A delegation names no more members than it counts delegates. */
const membersWithinDelegates = (form: { members: unknown[]; delegates: number }) =>
  form.members.length <= form.delegates
const MEMBERS_BEYOND_DELEGATES = {
  path: ['members'],
  message: 'more members named than delegates counted',
}

/** The body of `POST /api/public/forms/<token>/registrations`. */
export const RegistrationFormSchema = z
  .object({
    /** Picked from the list; or null, with `collectiviteName` for one not listed. */
    collectiviteId: IdSchema.nullable(),
    collectiviteName: z.string().trim().max(200).default(''),
    country: CountrySchema,
    ...registrationDetails,
  })
  .strict()
  .refine((form) => form.collectiviteId !== null || form.collectiviteName.length > 0, {
    path: ['collectiviteName'],
    message: 'name the collectivité, or pick it from the list',
  })
  .refine(membersWithinDelegates, MEMBERS_BEYOND_DELEGATES)
export type RegistrationForm = z.input<typeof RegistrationFormSchema>

/** `PUT /api/editions/<id>/registrations/<registrationId>` (owners and editors): a correction. */
export const RegistrationCorrectionSchema = z
  .object(registrationDetails)
  .strict()
  .refine(membersWithinDelegates, MEMBERS_BEYOND_DELEGATES)
export type RegistrationCorrection = z.input<typeof RegistrationCorrectionSchema>
export type RegistrationDetails = z.output<typeof RegistrationCorrectionSchema>

/** `GET /api/editions/<id>/registrations/<registrationId>` (owners and editors): the whole of it. */
export const RegistrationRecordSchema = z.object({
  id: z.string(),
  collectiviteId: z.string().nullable(),
  collectiviteName: z.string(),
  country: CountrySchema,
  ...registrationDetails,
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
})
export type RegistrationRecord = z.output<typeof RegistrationRecordSchema>

/**
 * What a collectivité's own link (`/f/<personal token>`) adds to the form:
 * the collectivité, fixed, and what Kaigi already knows of it (its current
 * registration, else its directory contact).
 */
export const PersonalFormSchema = z.object({
  collectivite: z.object({ id: z.string(), name: LocalizedTextSchema, country: CountrySchema }),
  /** It has sent its bulletin already: sending again amends it. */
  registered: z.boolean(),
  filled: z.object(registrationDetails).partial(),
})
export type PersonalForm = z.output<typeof PersonalFormSchema>

/** `GET /api/public/forms/<token>`: what the form page shows. */
export const PublicFormSchema = z.object({
  editionTitle: LocalizedTextSchema,
  deadline: z.iso.datetime(),
  /** The edition's time zone (IANA): the deadline is shown on its clocks, the reader's beside them. */
  timeZone: TimeZoneSchema,
  open: z.boolean(),
  collectivites: z.array(
    z.object({ id: z.string(), name: LocalizedTextSchema, country: CountrySchema }),
  ),
  workshops: z.array(z.object({ id: z.string(), title: LocalizedTextSchema })),
  /** The edition's days, for the days attended: their ids are their dates ('2024-11-18'). */
  days: z.array(z.string()).default([]),
  /** Behind a collectivité's own link; null behind the edition's general link. */
  personal: PersonalFormSchema.nullable().default(null),
})
export type PublicForm = z.infer<typeof PublicFormSchema>

/** `PUT /api/editions/<id>/registration-form` (owners and editors): the deadline. */
export const RegistrationFormSettingsSchema = z.object({ deadline: z.iso.datetime() }).strict()

/** Its answer: the form's public path and deadline. */
export const RegistrationFormLinkSchema = z.object({ path: z.string(), deadline: z.string() })
export type RegistrationFormLink = z.infer<typeof RegistrationFormLinkSchema>

/** `GET /api/editions/<id>/registration-form` (members): the form, or null before it is made. */
export const RegistrationFormStateSchema = z.object({ form: RegistrationFormLinkSchema.nullable() })
export type RegistrationFormState = z.infer<typeof RegistrationFormStateSchema>
