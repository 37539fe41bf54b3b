import { Hono } from 'hono'
import { deleteCookie } from 'hono/cookie'
import {
  type AcceptedInvitation,
  AcceptInvitationSchema,
  type ArrivalList,
  type CreatedDeviceLink,
  type CreatedInvitation,
  CreateInvitationSchema,
  canEdit,
  deviceLinkPath,
  type InvitationList,
  type InvitationPreview,
  invitableRoles,
  invitationPath,
  type MemberList,
  Role,
  SESSION_COOKIE,
} from '../../shared/access'
import { editionDocName } from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import type { SummaryCache } from '../editions/summaries'
import { readBody } from '../http/read-body'
import { requireRole } from '../http/roles'
import { requirePrincipal, setSessionCookie } from '../http/session'
import type { RoomRegistry } from '../sync/room-registry'
import type { AccessStore } from './access-store'
import { SESSION_DAYS } from './sign-in-sessions'

/** Why a revoked member's sockets outside the edition close: they reconnect and are judged again. */

/**
 * Sign-in by invitation link, the signed-in person, sign-out, and each
 * edition's members and links. Revoking closes the sockets concerned at once.
 */
export function accessRoutes(access: AccessStore, rooms: RoomRegistry, summaries: SummaryCache) {
  return new Hono<AppEnv>()
    .get('/api/me', async (c) => c.json(await access.members.me(requirePrincipal(c))))
    .get('/api/invitations/:token', async (c) => {
      const preview = await access.invitations.preview(c.req.param('token'))
      // The title as the list of editions shows it, from the same summaries.
      const summary = preview.editionId
        ? await summaries.of(editionDocName(preview.editionId))
        : null
      const body: InvitationPreview = {
        ...preview,
        editionTitle: summary?.title ?? null,
        editionTimeZone: summary?.timeZone ?? null,
      }
      return c.json(body)
    })
    .post('/api/invitations/:token/accept', async (c) => {
      const input = await readBody(c, AcceptInvitationSchema)
      const accepted = await access.invitations.accept(
        c.req.param('token'),
        input,
        c.get('principal'),
      )
      if (accepted.sessionToken) setSessionCookie(c, accepted.sessionToken)
      const body: AcceptedInvitation = {
        editionId: accepted.editionId,
        pending: accepted.pending,
      }
      return c.json(body, 201)
    })
    .post('/api/me/device-links', async (c) => {
      const principal = requirePrincipal(c)
      const { token, expiresAt } = await access.devices.create(principal.personId)
      const body: CreatedDeviceLink = {
        path: deviceLinkPath(token),
        expiresAt: expiresAt.toISOString(),
      }
      return c.json(body, 201)
    })
    .get('/api/device-links/:token', async (c) =>
      c.json(await access.devices.preview(c.req.param('token'))),
    )
    .post('/api/device-links/:token/accept', async (c) => {
      const sessionToken = await access.devices.accept(c.req.param('token'), SESSION_DAYS)
      setSessionCookie(c, sessionToken)
      return c.body(null, 201)
    })
    .post('/api/sign-out', async (c) => {
      const principal = requirePrincipal(c)
      await access.sessions.signOut(principal)
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      rooms.endAccess({ kind: 'signed-out', sessionHash: principal.sessionHash })
      return c.body(null, 204)
    })
    .get('/api/editions/:id/members', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor, Role.Viewer])
      const body: MemberList = { members: await access.members.list(editionId) }
      return c.json(body)
    })
    .delete('/api/editions/:id/members/:personId', async (c) => {
      const editionId = c.req.param('id')
      const personId = c.req.param('personId')
      const caller = await requireRole(c, access, editionId, [Role.Owner])
      if (personId === caller.personId) {
        throw new AppError(400, ErrorCode.BadRequest, 'an owner cannot revoke themselves')
      }
      if (await access.members.isInstanceOwner(personId)) {
        throw new AppError(
          400,
          ErrorCode.BadRequest,
          'the instance’s owner has every edition: no edition can revoke them',
        )
      }
      if (!(await access.members.revoke(editionId, personId))) {
        throw new AppError(404, ErrorCode.NotFound, `no member ${personId} in ${editionId}`)
      }
      rooms.endAccess({ kind: 'revoked', personId, editionId })
      return c.body(null, 204)
    })
    .get('/api/editions/:id/arrivals', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner])
      const body: ArrivalList = { arrivals: await access.arrivals.list(editionId) }
      return c.json(body)
    })
    .post('/api/editions/:id/arrivals/:personId/approve', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner])
      if (!(await access.arrivals.approve(editionId, c.req.param('personId')))) {
        throw new AppError(404, ErrorCode.NotFound, 'nobody waits so to join this edition')
      }
      return c.body(null, 204)
    })
    .delete('/api/editions/:id/arrivals/:personId', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner])
      if (!(await access.arrivals.refuse(editionId, c.req.param('personId')))) {
        throw new AppError(404, ErrorCode.NotFound, 'nobody waits so to join this edition')
      }
      return c.body(null, 204)
    })
    .get('/api/editions/:id/invitations', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      const body: InvitationList = { invitations: await access.invitations.list(editionId) }
      return c.json(body)
    })
    .post('/api/editions/:id/invitations', async (c) => {
      const editionId = c.req.param('id')
      const caller = await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      const input = await readBody(c, CreateInvitationSchema)
      if (!invitableRoles(caller.role).includes(input.role)) {
        throw new AppError(
          403,
          ErrorCode.Forbidden,
          `a ${caller.role} may not invite a ${input.role}`,
          [{ path: 'role', message: `a ${caller.role} may not invite a ${input.role}` }],
        )
      }
      if (caller.readOnlyEdition && canEdit(input.role)) {
        throw new AppError(400, ErrorCode.InvalidInput, 'this edition is a record: viewers only', [
          { path: 'role', message: 'this edition is a record: viewers only' },
        ])
      }
      const created = await access.invitations.create({
        ...input,
        editionId,
        createdBy: caller.personId,
      })
      const body: CreatedInvitation = {
        invitation: created.invitation,
        path: invitationPath(created.token),
      }
      return c.json(body, 201)
    })
    .delete('/api/editions/:id/invitations/:invitationId', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      if (!(await access.invitations.revoke(editionId, c.req.param('invitationId')))) {
        throw new AppError(404, ErrorCode.NotFound, 'no such invitation link')
      }
      return c.body(null, 204)
    })
}
