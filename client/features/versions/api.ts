import * as z from 'zod'
import {
  type EditionSnapshot,
  EditionSnapshotSchema,
  type SessionChange,
} from '../../../shared/doc/edition'
import { NOW, type Version, VersionListSchema } from '../../../shared/versions'
import { callApi } from '../../lib/api'

const versionsPath = (editionId: string) =>
  `/api/editions/${encodeURIComponent(editionId)}/versions`
const versionPath = (editionId: string, versionId: string) =>
  `${versionsPath(editionId)}/${encodeURIComponent(versionId)}`

// The server computes the differences from two states it has just read and checked.
const ChangesSchema = z.object({ changes: z.array(z.custom<SessionChange>()) })

/** The named versions of edition `editionId`, newest first. */
export async function fetchVersions(editionId: string): Promise<Version[]> {
  return (await callApi(versionsPath(editionId), VersionListSchema)).versions
}

/** Saves the edition's present state under `name` (owners and editors). */
export const saveVersion = (editionId: string, name: string): Promise<{ id: string }> =>
  callApi(versionsPath(editionId), z.object({ id: z.string() }), {
    method: 'POST',
    body: { name },
  })

/** The edition as version `versionId` holds it, to preview. */
export const fetchVersionSnapshot = (
  editionId: string,
  versionId: string,
): Promise<EditionSnapshot> => callApi(versionPath(editionId, versionId), EditionSnapshotSchema)

/** What changed from version `versionId` to version `to`, or to the live edition. */
export async function fetchChanges(
  editionId: string,
  versionId: string,
  to: string = NOW,
): Promise<SessionChange[]> {
  const path = `${versionPath(editionId, versionId)}/diff?to=${encodeURIComponent(to)}`
  return (await callApi(path, ChangesSchema)).changes
}

/** Writes version `versionId` back into the live edition (owners and editors). */
export const restoreVersion = (editionId: string, versionId: string): Promise<void> =>
  callApi(`${versionPath(editionId, versionId)}/restore`, null, { method: 'POST' })

/** Makes version `versionId` the published programme (owners). */
export const publishVersion = (editionId: string, versionId: string): Promise<void> =>
  callApi(`${versionPath(editionId, versionId)}/publish`, null, { method: 'POST' })
