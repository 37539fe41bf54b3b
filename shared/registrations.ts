import { z } from 'zod'
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

/** The body of `POST /api/public/forms/<token>/registrations`. */
export const RegistrationFormSchema = z
  .object({
    /** Picked from the list; or null, with `collectiviteName` for one not listed. */
    collectiviteId: IdSchema.nullable(),
    collectiviteName: z.string().trim().max(200).default(''),
    country: CountrySchema,
    contactName: z.string().trim().min(1).max(100),
    email: z.email().max(200),
    delegates: z.number().int().min(1).max(200),
    workshopIds: z.array(IdSchema).max(20).default([]),
    wantsToSpeak: z.boolean().default(false),
    wantsToPropose: z.boolean().default(false),
  })
  .strict()
  .refine((form) => form.collectiviteId !== null || form.collectiviteName.length > 0, {
    path: ['collectiviteName'],
    message: 'name the collectivité, or pick it from the list',
  })
export type RegistrationForm = z.input<typeof RegistrationFormSchema>

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
