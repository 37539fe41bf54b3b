import { ExportFile } from '../../shared/exports'

/** The programme's export files. `registrations.csv` is not one: it reads the database. */
export type ProgrammeExportFile = Exclude<ExportFile, typeof ExportFile.RegistrationsCsv>

/** How an export file is served. */
export interface ExportFileType {
  contentType: string
  /** Shown in the browser (the web page) rather than downloaded. */
  inline: boolean
}

/**
 * How each programme file is served, apart from how it is made
 * (`EXPORT_FORMATS`): the routes need only this, and so the server's own
 * thread never loads pdfkit, docx and the rest, which the renderer's thread
 * loads with its first export.
 */
export const EXPORT_FILE_TYPES: Record<ProgrammeExportFile, ExportFileType> = {
  [ExportFile.Pdf]: { contentType: 'application/pdf', inline: false },
  [ExportFile.Docx]: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    inline: false,
  },
  [ExportFile.Html]: { contentType: 'text/html; charset=utf-8', inline: true },
  [ExportFile.Ics]: { contentType: 'text/calendar; charset=utf-8', inline: false },
  [ExportFile.FrabJson]: { contentType: 'application/json; charset=utf-8', inline: false },
  [ExportFile.FrabXml]: { contentType: 'application/xml; charset=utf-8', inline: false },
  [ExportFile.SessionsCsv]: { contentType: 'text/csv; charset=utf-8', inline: false },
}

export const isProgrammeExport = (file: string): file is ProgrammeExportFile =>
  Object.hasOwn(EXPORT_FILE_TYPES, file)
