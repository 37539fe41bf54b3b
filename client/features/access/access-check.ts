import { canEdit, type Me } from '../../../shared/access'
import { isUnauthorized } from '../../lib/api'
import { type AccessCheck, AccessLoss } from '../../sync/session'
import { fetchMe } from './api'

/** Asks `/api/me` and judges the answer with `allowed`: signed out, revoked, or still fine. */
function checkWith(allowed: (me: Me) => boolean): AccessCheck {
  return async () => {
    let me: Me
    try {
      me = await fetchMe()
    } catch (error) {
      // Unreachable: a network cut, not a refusal; the provider keeps trying.
      return isUnauthorized(error) ? AccessLoss.SignedOut : null
    }
    return allowed(me) ? null : AccessLoss.Revoked
  }
}

/** Whether this browser may still open edition `editionId`'s document. */
export const editionAccessCheck = (editionId: string): AccessCheck =>
  checkWith(
    (me) => me.person.admin || me.memberships.some((member) => member.editionId === editionId),
  )

/** Whether this browser may still open a plain shared text: the server's rule for them. */
export const notesAccessCheck = (): AccessCheck =>
  checkWith((me) => me.person.admin || me.memberships.some((member) => canEdit(member.role)))
