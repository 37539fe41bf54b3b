import type { ExportOptions } from './format'
import type { ProgrammeView } from './programme-view'

// Being built: see issue 7.
export async function renderDocx(
  _view: ProgrammeView,
  _options: ExportOptions,
): Promise<Uint8Array | string> {
  throw new Error('renderDocx is not built yet')
}
