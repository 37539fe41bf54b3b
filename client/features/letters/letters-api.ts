import { type LetterInputs, LetterInputsSchema } from '../../../shared/letters/letter-inputs'
import { PackFile, type PackState, PackStateSchema } from '../../../shared/letters/pack'
import { callApi } from '../../lib/api'

const editionApi = (editionId: string) => `/api/editions/${encodeURIComponent(editionId)}`

/**
 * What a letter needs beyond the document (the previous edition's record,
 * the deadline, and the recipient of `collectiviteId` if given), for editors.
 */
export function fetchLetterInputs(
  editionId: string,
  collectiviteId: string | null,
): Promise<LetterInputs> {
  const query = collectiviteId ? `?collectivite=${encodeURIComponent(collectiviteId)}` : ''
  return callApi(`${editionApi(editionId)}/letters/inputs${query}`, LetterInputsSchema)
}

/** Who the pack writes to and what its letters lack, edition-wide. */
export const fetchPackState = (editionId: string): Promise<PackState> =>
  callApi(`${editionApi(editionId)}/pack`, PackStateSchema)

/** `?version=<id>`: the saved version whose programme the pack proposes, none for the live draft. */
const versionQuery = (versionId: string | null) =>
  versionId ? `?version=${encodeURIComponent(versionId)}` : ''

/**
 * The address of one of collectivité `collectiviteId`'s files in the pack;
 * the proposed programme is that of `versionId` if given.
 */
export const packFilePath = (
  editionId: string,
  collectiviteId: string,
  file: PackFile,
  versionId: string | null = null,
): string =>
  `${editionApi(editionId)}/pack/${encodeURIComponent(collectiviteId)}/${file}${
    file === PackFile.ProgrammePdf ? versionQuery(versionId) : ''
  }`

/** The address of the whole pack, every collectivité's files, its programme `versionId`'s if given. */
export const packZipPath = (editionId: string, versionId: string | null = null): string =>
  `${editionApi(editionId)}/pack.zip${versionQuery(versionId)}`
