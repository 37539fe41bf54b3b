import type { Context } from 'hono'
import type { Role } from '../../shared/access'
import { type Actor, ActorKind } from '../../shared/activity'
import { ErrorCode } from '../../shared/errors'
import type { AccessStore } from '../access/access-store'
import type { EditionAccess } from '../access/members'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { requirePrincipal } from './session'

/** The caller's access to edition `id`, refused unless their role is one of `roles`. */
export async function requireRole(
  c: Context<AppEnv>,
  access: AccessStore,
  editionId: string,
  roles: readonly Role[],
): Promise<EditionAccess & { personId: string }> {
  const principal = requirePrincipal(c)
  const found = await access.members.editionAccess(principal, editionId)
  if (!found) {
    // Who came through a link and waits knows the edition: they are told why not.
    if (await access.arrivals.isPending(editionId, principal.personId)) {
      throw new AppError(403, ErrorCode.Forbidden, 'your arrival awaits an owner’s approval')
    }
    // Not a member: the edition is not named to them, as if it did not exist.
    throw new AppError(404, ErrorCode.NotFound, `no edition ${editionId}`)
  }
  if (!roles.includes(found.role)) {
    throw new AppError(403, ErrorCode.Forbidden, `a ${found.role} may not do this`)
  }
  return { ...found, personId: principal.personId }
}

/** The activity's name for a member's change made through the API. */
export function memberActor(
  c: Context<AppEnv>,
  caller: EditionAccess & { personId: string },
): Actor {
  return {
    kind: ActorKind.Member,
    personId: caller.personId,
    name: c.get('principal')?.name ?? '',
    committee: caller.committee,
  }
}
