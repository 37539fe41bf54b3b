import {
  type DirectoryCollectivite,
  type DirectoryCollectiviteFields,
  DirectoryEntryResponseSchema,
  type DirectoryImportReport,
  DirectoryImportReportSchema,
  DirectoryListSchema,
} from '../../../shared/directory'
import type { ErrorBody } from '../../../shared/errors'
import { ApiError, callApi } from '../../lib/api'

const entryPath = (id: string) => `/api/directory/${encodeURIComponent(id)}`

/** The directory's collectivités (editors and owners). */
export async function fetchDirectory(): Promise<DirectoryCollectivite[]> {
  return (await callApi('/api/directory', DirectoryListSchema)).collectivites
}

/** Adds an entry; a second of the same name comes back as a 409 `ApiError`. */
export async function createDirectoryEntry(
  fields: DirectoryCollectiviteFields,
): Promise<DirectoryCollectivite> {
  return (
    await callApi('/api/directory', DirectoryEntryResponseSchema, { method: 'POST', body: fields })
  ).collectivite
}

/** Sets an entry's fields, its contacts replaced by those given. */
export async function updateDirectoryEntry(
  id: string,
  fields: DirectoryCollectiviteFields,
): Promise<DirectoryCollectivite> {
  return (
    await callApi(entryPath(id), DirectoryEntryResponseSchema, { method: 'PUT', body: fields })
  ).collectivite
}

/** Deletes an entry; refused (409) while an edition's collectivité links to it. */
export const deleteDirectoryEntry = (id: string): Promise<void> =>
  callApi(entryPath(id), null, { method: 'DELETE' })

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The type the import reads `file` as: a workbook by its name or type, else CSV. */
const sheetType = (file: File) =>
  file.type === XLSX || /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv'

/**
 * Sends the spreadsheet `file` to the import: `preview` says what it would
 * do and writes nothing; otherwise it is written.
 */
export async function importDirectory(
  file: File,
  preview: boolean,
): Promise<DirectoryImportReport> {
  const path = preview ? '/api/directory/import/preview' : '/api/directory/import'
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': sheetType(file), accept: 'application/json' },
    credentials: 'same-origin',
    body: file,
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null
    throw new ApiError(
      response.status,
      body?.error?.code ?? null,
      body?.error?.message ?? `POST ${path}: ${response.status}`,
      body?.error?.issues ?? [],
      body?.error?.reason ?? null,
    )
  }
  return DirectoryImportReportSchema.parse(await response.json())
}

/** The address of the directory's CSV export. */
export const DIRECTORY_EXPORT_PATH = '/api/directory/export.csv'

/** The address of the directory's page. */
export const DIRECTORY_PAGE_PATH = '/directory'
