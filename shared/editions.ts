import { z } from 'zod'
import { EditionMetaSchema } from './doc/edition/schema'

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
  createdAt: z.string(),
  /** Null when the document holds no valid metadata yet. */
  summary: EditionSummarySchema.nullable(),
})
export type EditionListItem = z.infer<typeof EditionListItemSchema>

/** The body of `GET /api/editions`. */
export const EditionListSchema = z.object({ editions: z.array(EditionListItemSchema) })
export type EditionList = z.infer<typeof EditionListSchema>

/** The document name of the edition `id`: one Yjs document per edition. */
export const editionDocName = (id: string): string => `edition-${id}`
