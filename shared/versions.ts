import * as z from 'zod'
import type { EditionSnapshot } from './doc/edition/schema'

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

/** The entities of an edition that make its programme: what a version publishes. */
export type ProgrammeEntities = Pick<
  EditionSnapshot,
  'meta' | 'rooms' | 'themes' | 'sessions' | 'persons' | 'collectivites'
>

/**
 * `GET /api/public/editions/<id>/programme`: the published programme, as the
 * public page and the exports read it; the live draft is never shown.
 */
export interface PublishedProgramme {
  versionId: string
  versionName: string
  publishedAt: string
  programme: ProgrammeEntities
}

/** Compare with `GET /api/editions/<id>/versions/<id>/diff?to=<versionId|now>`. */
export const NOW = 'now'
