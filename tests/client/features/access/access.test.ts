import { describe, expect, it } from 'vitest'
import { routeFrom } from '../../../../client/app/router'
import { invitationProblem } from '../../../../client/features/access/invitations'
import { readOnlyReason } from '../../../../client/lib/read-only'
import { AccessLoss, lossOfClose } from '../../../../client/sync/session'
import { Role } from '../../../../shared/access'
import { CloseCode, CloseReason } from '../../../../shared/protocol'

describe("the client's reading of access answers", () => {
  it('tells a revocation, a sign-out and a refused change apart by their close', () => {
    expect(lossOfClose({ code: CloseCode.Forbidden, reason: CloseReason.Revoked })).toBe(
      AccessLoss.Revoked,
    )
    expect(lossOfClose({ code: CloseCode.Forbidden, reason: CloseReason.ReadOnly })).toBe(
      AccessLoss.ReadOnly,
    )
    expect(lossOfClose({ code: CloseCode.Unauthorized, reason: CloseReason.SignedOut })).toBe(
      AccessLoss.SignedOut,
    )
    // Transient closes are no loss of access: the provider reconnects.
    expect(lossOfClose({ code: CloseCode.TryAgainLater, reason: 'room reset' })).toBeNull()
    expect(lossOfClose({ code: 1006, reason: '' })).toBeNull()
  })

  it("reads a refused link's reason, and any unknown one as the general case", () => {
    expect(invitationProblem('expired')).toBe('expired')
    expect(invitationProblem('used-up')).toBe('used-up')
    expect(invitationProblem('revoked')).toBe('revoked')
    expect(invitationProblem('something new')).toBe('invalid')
    expect(invitationProblem(null)).toBe('invalid')
  })

  it('makes a record read-only for everyone, a live edition for its viewers only', () => {
    expect(readOnlyReason(true, Role.Owner)).toBe('record')
    expect(readOnlyReason(false, Role.Viewer)).toBe('viewer')
    expect(readOnlyReason(false, Role.Editor)).toBeNull()
    expect(readOnlyReason(false, null)).toBeNull()
  })

  it('routes an invitation link to the sign-in page', () => {
    const none = new URLSearchParams()
    expect(routeFrom('invite', { token: 'abc_-123' }, none)).toEqual({
      page: 'invite',
      token: 'abc_-123',
    })
    expect(routeFrom('invite', { token: '' }, none)).toEqual({ page: 'not-found' })
  })
})
