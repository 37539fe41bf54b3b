import { z } from 'zod'

/** The body of `POST /api/editions/<id>/versions` (owners and editors). */
export const SaveVersionSchema = z.object({ name: z.string().trim().min(1).max(200) }).strict()
export type SaveVersion = z.input<typeof SaveVersionSchema>

/** A named version as listed, newest first. */
export const VersionSchema = z.object({
  id: z.string(),
  name: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  /** When it was made the published programme, if it was. */
  publishedAt: z.string().nullable(),
})
export type Version = z.infer<typeof VersionSchema>

export const VersionListSchema = z.object({ versions: z.array(VersionSchema) })
export type VersionList = z.infer<typeof VersionListSchema>

/** Compare with `GET /api/editions/<id>/versions/<id>/diff?to=<versionId|now>`. */
export const NOW = 'now'
