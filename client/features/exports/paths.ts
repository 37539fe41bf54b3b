import {
  ExportFile,
  type ExportLang,
  type ExportSource,
  publicProgrammePath,
} from '../../../shared/exports'

/** The files whose words follow the language chosen: the ones people read. */
export const LANGUAGE_FILES: readonly ExportFile[] = [
  ExportFile.Pdf,
  ExportFile.Docx,
  ExportFile.Html,
  ExportFile.Ics,
]

/** The address of one programme file of edition `editionId`, made from `source`, in `lang` if it has words. */
export function exportPath(
  editionId: string,
  file: ExportFile,
  source: ExportSource,
  lang: ExportLang,
): string {
  const query = new URLSearchParams({ source })
  if (LANGUAGE_FILES.includes(file)) query.set('lang', lang)
  return `/api/editions/${encodeURIComponent(editionId)}/export/${file}?${query}`
}

/** The full address of the published programme's public page. */
export const publicProgrammeUrl = (editionId: string): string =>
  `${window.location.origin}${publicProgrammePath(editionId)}`
