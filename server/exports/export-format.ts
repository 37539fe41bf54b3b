import type { Lang } from '../../shared/doc/edition'
import type { ExportLang } from '../../shared/exports'
import type { ExportFileType } from './file-types'
import type { ProgrammeView } from './programme-view'

export interface ExportOptions {
  lang: ExportLang
  /**
   * Where people reach Kaigi (`https://kaigi.example.org`, from
   * `PUBLIC_URL`), for the links a file carries: frab wants every event's
   * `url` absolute.
   */
  baseUrl?: string
  /**
   * The public page (`/p/<edition>`) only: the language its reader reads
   * first, with both shown, and the links that switch it.
   */
  publicPage?: { first: Lang }
}

/** One export file: how it is made from the programme, and how it is served. */
export interface ExportFormat extends ExportFileType {
  render(view: ProgrammeView, options: ExportOptions): Promise<Uint8Array | string>
}
