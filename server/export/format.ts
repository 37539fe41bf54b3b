import type { ExportLang } from '../../shared/exports'
import type { ProgrammeView } from './programme-view'

export interface ExportOptions {
  lang: ExportLang
  /**
   * The server's public origin (`https://kaigi.example.org`), for the links
   * a file carries: frab wants every event's `url` absolute. The route
   * passes the origin the request came to.
   */
  baseUrl?: string
}

/** One export file: how it is made from the programme, and how it is served. */
export interface ExportFormat {
  contentType: string
  /** Shown in the browser (the web page) rather than downloaded. */
  inline: boolean
  /** Whether the file holds absolute links to this server (made from `baseUrl`). */
  links: boolean
  render(view: ProgrammeView, options: ExportOptions): Promise<Uint8Array | string>
}
