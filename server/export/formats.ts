import { ExportFile } from '../../shared/exports'
import { renderDocx } from './docx'
import type { ExportFormat } from './format'
import { renderFrabJson, renderFrabXml } from './frab'
import { renderHtml } from './html'
import { renderIcs } from './ics'
import { renderPdf } from './pdf'
import { renderSessionsCsv } from './sessions-csv'

/** The programme's export files. `registrations.csv` is not one: it reads the database. */
export type ProgrammeExportFile = Exclude<ExportFile, typeof ExportFile.RegistrationsCsv>

export const EXPORT_FORMATS: Record<ProgrammeExportFile, ExportFormat> = {
  [ExportFile.Pdf]: {
    contentType: 'application/pdf',
    inline: false,
    render: renderPdf,
  },
  [ExportFile.Docx]: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    inline: false,
    render: renderDocx,
  },
  [ExportFile.Html]: {
    contentType: 'text/html; charset=utf-8',
    inline: true,
    render: renderHtml,
  },
  [ExportFile.Ics]: {
    contentType: 'text/calendar; charset=utf-8',
    inline: false,
    render: renderIcs,
  },
  [ExportFile.FrabJson]: {
    contentType: 'application/json; charset=utf-8',
    inline: false,
    render: renderFrabJson,
  },
  [ExportFile.FrabXml]: {
    contentType: 'application/xml; charset=utf-8',
    inline: false,
    render: renderFrabXml,
  },
  [ExportFile.SessionsCsv]: {
    contentType: 'text/csv; charset=utf-8',
    inline: false,
    render: renderSessionsCsv,
  },
}

export const isProgrammeExport = (file: string): file is ProgrammeExportFile =>
  Object.hasOwn(EXPORT_FORMATS, file)
