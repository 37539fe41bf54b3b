import type { Role } from '../../../shared/access'
import { editionDocName } from '../../../shared/editions'
import { isUnauthorized } from '../../lib/api'
import type { AuthStore } from '../access/auth'
import { fetchEditions } from './list'

/** An edition to open: its document, and what the list says of it. */
export interface EditionTarget {
  docName: string
  readOnly: boolean
  /** The member's role, as the list says; null when the list could not be had. */
  role: Role | null
}

/**
 * Where edition `id` lives: as the list says, else by the naming rule if the
 * list is unreachable (offline, the local copy then shows it). Null if the
 * list does not name it, or if nobody is signed in (the app then asks to).
 */
export async function findEdition(id: string, auth: AuthStore): Promise<EditionTarget | null> {
  try {
    const item = (await auth.guard(fetchEditions())).find((edition) => edition.id === id)
    return item ? { docName: item.docName, readOnly: item.readOnly, role: item.role } : null
  } catch (error) {
    if (isUnauthorized(error)) return null
    return { docName: editionDocName(id), readOnly: false, role: null }
  }
}
