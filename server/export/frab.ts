import type { ExportOptions } from './format'
import type { ProgrammeView } from './programme-view'

// Being built: see issue 7.
export async function renderFrabJson(
  _view: ProgrammeView,
  _options: ExportOptions,
): Promise<Uint8Array | string> {
  throw new Error('renderFrabJson is not built yet')
}
export async function renderFrabXml(
  _view: ProgrammeView,
  _options: ExportOptions,
): Promise<Uint8Array | string> {
  throw new Error('renderFrabXml is not built yet')
}
