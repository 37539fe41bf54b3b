import type { Invitation } from '../../shared/access'

/**
 * Why an invitation link cannot be used. The server says it in its message
 * (its error code alone is `invitation_invalid`); an unknown wording reads
 * as the general case.
 */
export const InvitationProblem = {
  Expired: 'expired',
  Revoked: 'revoked',
  UsedUp: 'used-up',
  Invalid: 'invalid',
} as const
export type InvitationProblem = (typeof InvitationProblem)[keyof typeof InvitationProblem]

export function invitationProblem(message: string): InvitationProblem {
  if (/expired/i.test(message)) return InvitationProblem.Expired
  if (/revoked/i.test(message)) return InvitationProblem.Revoked
  if (/used up/i.test(message)) return InvitationProblem.UsedUp
  return InvitationProblem.Invalid
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
