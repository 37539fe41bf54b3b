import type { ExportLang } from '../../shared/exports'
import type { ProgrammeView } from './programme-view'

export interface ExportOptions {
  lang: ExportLang
}

/** One export file: how it is made from the programme, and how it is served. */
export interface ExportFormat {
  contentType: string
  /** Shown in the browser (the web page) rather than downloaded. */
  inline: boolean
  render(view: ProgrammeView, options: ExportOptions): Promise<Uint8Array | string>
}
