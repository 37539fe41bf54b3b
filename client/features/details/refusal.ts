import type * as Y from 'yjs'
import { EditionError } from '../../../shared/doc/edition'
import type { EditionSession } from '../../sync/edition-session'

/**
 * Runs `change` like `session.edit`, but hands back the refusal itself, so
 * that a form can word in the interface language what the mutator refused
 * (its issues name the field), not only log its message.
 */
export function editOrRefusal(
  session: EditionSession,
  change: (doc: Y.Doc, origin: symbol) => void,
): EditionError | null {
  let refusal: EditionError | null = null
  session.edit((doc, origin) => {
    try {
      change(doc, origin)
    } catch (error) {
      if (error instanceof EditionError) refusal = error
      throw error
    }
  })
  return refusal
}

/** Whether `refusal` names `message` as the problem at `path` ('endDate', 'end_before_start'). */
export function refusedFor(refusal: EditionError | null, path: string, message?: string): boolean {
  return (
    refusal?.issues.some(
      (issue) => issue.path === path && (message === undefined || issue.message === message),
    ) ?? false
  )
}
