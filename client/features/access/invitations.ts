import { type Invitation, InvitationProblem } from '../../../shared/access'

const PROBLEMS = new Set<string>(Object.values(InvitationProblem))

/** Why the server refused an invitation link, from its answer's reason. */
export function invitationProblem(reason: string | null): InvitationProblem {
  return reason !== null && PROBLEMS.has(reason)
    ? (reason as InvitationProblem)
    : InvitationProblem.Invalid
}

/** How long a new link stays valid, in hours: a day, a week, a month. */
export const EXPIRY_CHOICES = [24, 7 * 24, 30 * 24] as const
export const DEFAULT_EXPIRY_HOURS = 7 * 24

/** Whether link `invitation` can still be used at `now`. */
export function isActive(invitation: Invitation, now = Date.now()): boolean {
  if (invitation.revoked) return false
  if (invitation.expiresAt && Date.parse(invitation.expiresAt) <= now) return false
  return invitation.maxUses === null || invitation.uses < invitation.maxUses
}

/** The address to hand out for a link created at `path` (`/invite/<token>`). */
export const invitationUrl = (path: string, origin = window.location.origin): string =>
  new URL(path, origin).href
