import type * as Y from 'yjs'
import { EDITION_DOC_PREFIX } from '../../shared/editions'
import type { ChangeTracker } from '../sync/room-deps'
import { ActivityTracker } from './activity-tracker'

/** Editions keep an activity; a plain shared text does not. */
export function editionActivity(docName: string, doc: Y.Doc): ChangeTracker | null {
  if (!docName.startsWith(EDITION_DOC_PREFIX)) return null
  return new ActivityTracker(doc, docName.slice(EDITION_DOC_PREFIX.length))
}
