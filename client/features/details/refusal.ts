import type * as Y from 'yjs'
import { EditionDatesProblem, EditionError } from '../../../shared/doc/edition'
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

const DATES_PROBLEMS: readonly string[] = Object.values(EditionDatesProblem)

/** What the mutator found wrong with the dates, named at the last day (too long, before the first); null if nothing. */
export function refusedDates(refusal: EditionError | null): EditionDatesProblem | null {
  const issue = refusal?.issues.find(
    (each) => each.path === 'endDate' && DATES_PROBLEMS.includes(each.message),
  )
  return (issue?.message as EditionDatesProblem | undefined) ?? null
}
