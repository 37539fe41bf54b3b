import { z } from 'zod'

/** An edition as `GET /api/editions` lists it. */
export const EditionListItemSchema = z.object({
  id: z.string(),
  docName: z.string(),
  readOnly: z.boolean(),
  createdAt: z.string(),
})
export type EditionListItem = z.infer<typeof EditionListItemSchema>

/** The body of `GET /api/editions`. */
export const EditionListSchema = z.object({ editions: z.array(EditionListItemSchema) })
export type EditionList = z.infer<typeof EditionListSchema>

/** The document name of the edition `id`: one Yjs document per edition. */
export const editionDocName = (id: string): string => `edition-${id}`
