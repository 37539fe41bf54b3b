import * as z from 'zod'

/**
 * The files of `GET /api/editions/<id>/export/<file>`. Each reads the
 * published programme, or the live draft with `?source=draft` (editors).
 */
export const ExportFile = {
  Pdf: 'programme.pdf',
  Docx: 'programme.docx',
  Html: 'index.html',
  Ics: 'programme.ics',
  FrabJson: 'schedule.json',
  FrabXml: 'schedule.xml',
  SessionsCsv: 'sessions.csv',
  /** Contact details from the participation form: editors only, never public. */
  RegistrationsCsv: 'registrations.csv',
} as const
export type ExportFile = (typeof ExportFile)[keyof typeof ExportFile]

/** The programme files, in the order the export panel lists them. */
export const PROGRAMME_EXPORTS: readonly ExportFile[] = [
  ExportFile.Pdf,
  ExportFile.Docx,
  ExportFile.Html,
  ExportFile.Ics,
  ExportFile.FrabJson,
  ExportFile.FrabXml,
  ExportFile.SessionsCsv,
]

/** What an export reads: the published programme, or the live draft. */
export const ExportSource = { Published: 'published', Draft: 'draft' } as const
export type ExportSource = (typeof ExportSource)[keyof typeof ExportSource]

/**
 * `?lang=`: `both` sets French and Japanese side by side; `fr` or `ja`
 * gives a programme in one language (the other's text where one is missing).
 */
export const ExportLang = { Both: 'both', French: 'fr', Japanese: 'ja' } as const
export type ExportLang = (typeof ExportLang)[keyof typeof ExportLang]

export const ExportQuerySchema = z
  .object({
    source: z.enum(ExportSource).default(ExportSource.Published),
    lang: z.enum(ExportLang).default(ExportLang.Both),
  })
  .strict()
export type ExportQuery = z.infer<typeof ExportQuerySchema>

/** The public page of an edition's published programme: `/p/<edition id>`. */
export const publicProgrammePath = (editionId: string): string =>
  `/p/${encodeURIComponent(editionId)}`
