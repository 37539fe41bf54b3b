import * as z from 'zod'
import { RoleSchema } from './access'
import { EditionDatesProblem, editionDatesProblem } from './doc/edition/rules'
import {
  CountrySchema,
  EditionMetaSchema,
  IsoDateSchema,
  TimeZoneSchema,
} from './doc/edition/schema'

/** What the list of editions shows of each, read from its document's metadata. */
export const EditionSummarySchema = EditionMetaSchema.pick({
  number: true,
  year: true,
  title: true,
  hostCity: true,
  hostCountry: true,
  startDate: true,
  endDate: true,
  timeZone: true,
  status: true,
})
export type EditionSummary = z.infer<typeof EditionSummarySchema>

/** An edition as `GET /api/editions` lists it. */
export const EditionListItemSchema = z.object({
  id: z.string(),
  docName: z.string(),
  readOnly: z.boolean(),
  /** The caller's role in it. */
  role: RoleSchema,
  createdAt: z.string(),
  /** Null when the document holds no valid metadata yet. */
  summary: EditionSummarySchema.nullable(),
})
export type EditionListItem = z.infer<typeof EditionListItemSchema>

/** The body of `GET /api/editions`. */
export const EditionListSchema = z.object({ editions: z.array(EditionListItemSchema) })
export type EditionList = z.infer<typeof EditionListSchema>

/** The document name of the edition `id`: one Yjs document per edition. */
export const editionDocName = (id: string): string => `${EDITION_DOC_PREFIX}${id}`

/** The prefix of every edition's document name: no plain shared text may take it. */
export const EDITION_DOC_PREFIX = 'edition-'

const requiredText = z.string().trim().min(1).max(300)
const BilingualNameSchema = z.object({
  fr: requiredText,
  ja: requiredText,
  en: z.string().trim().max(300).optional(),
})

/** The body of `POST /api/editions`: what a new edition needs from the start. */
export const CreateEditionSchema = z
  .object({
    number: z.number().int().min(1).max(999),
    title: BilingualNameSchema,
    hostCity: BilingualNameSchema,
    hostCountry: CountrySchema,
    timeZone: TimeZoneSchema,
    /** Needed when the dates are not known yet; otherwise taken from the first day. */
    year: z.number().int().min(2000).max(2200).optional(),
    startDate: IsoDateSchema.nullable().optional(),
    endDate: IsoDateSchema.nullable().optional(),
    /** The id of a past edition the caller can see, whose structure the new one starts from. */
    copyFrom: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  // Refused here as initEdition refuses them, with the same issue: the form words it.
  .superRefine((body, context) => {
    const { startDate, endDate } = body
    if (!startDate || !endDate) return
    const year = body.year ?? Number(startDate.slice(0, 4))
    const problem = editionDatesProblem({ year, startDate, endDate })
    if (problem === null) return
    const path = problem === EditionDatesProblem.YearMismatch ? 'year' : 'endDate'
    context.addIssue({ code: 'custom', path: [path], message: problem })
  })
export type CreateEdition = z.infer<typeof CreateEditionSchema>

/** The body of a `201` answer to `POST /api/editions`. */
export const CreatedEditionSchema = z.object({ id: z.string(), docName: z.string() })
export type CreatedEdition = z.infer<typeof CreatedEditionSchema>
