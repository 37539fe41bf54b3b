import type { ExportOptions } from './format'
import type { ProgrammeView } from './programme-view'

// Being built: see issue 7.
export async function renderIcs(
  _view: ProgrammeView,
  _options: ExportOptions,
): Promise<Uint8Array | string> {
  throw new Error('renderIcs is not built yet')
}
