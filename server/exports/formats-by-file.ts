import { ExportFile } from '../../shared/exports'
import { renderDocx } from './docx'
import type { ExportFormat } from './export-format'
import { EXPORT_FILE_TYPES, type ProgrammeExportFile } from './file-types'
import { renderFrabJson, renderFrabXml } from './frab'
import { renderHtml } from './html'
import { renderIcs } from './ics'
import { renderPdf } from './pdf'
import { renderSessionsCsv } from './sessions-csv'

export type { ProgrammeExportFile } from './file-types'

/** How each programme file is made, on the renderer's thread, and served. */
export const EXPORT_FORMATS: Record<ProgrammeExportFile, ExportFormat> = {
  [ExportFile.Pdf]: { ...EXPORT_FILE_TYPES[ExportFile.Pdf], render: renderPdf },
  [ExportFile.Docx]: { ...EXPORT_FILE_TYPES[ExportFile.Docx], render: renderDocx },
  [ExportFile.Html]: { ...EXPORT_FILE_TYPES[ExportFile.Html], render: renderHtml },
  [ExportFile.Ics]: { ...EXPORT_FILE_TYPES[ExportFile.Ics], render: renderIcs },
  [ExportFile.FrabJson]: { ...EXPORT_FILE_TYPES[ExportFile.FrabJson], render: renderFrabJson },
  [ExportFile.FrabXml]: { ...EXPORT_FILE_TYPES[ExportFile.FrabXml], render: renderFrabXml },
  [ExportFile.SessionsCsv]: {
    ...EXPORT_FILE_TYPES[ExportFile.SessionsCsv],
    render: renderSessionsCsv,
  },
}
