import {
  type AcceptedInvitation,
  AcceptedInvitationSchema,
  type AcceptInvitation,
  type Arrival,
  ArrivalListSchema,
  type CreatedDeviceLink,
  CreatedDeviceLinkSchema,
  type CreatedInvitation,
  CreatedInvitationSchema,
  type CreateInvitation,
  type DeviceLinkPreview,
  DeviceLinkPreviewSchema,
  type Invitation,
  InvitationListSchema,
  type InvitationPreview,
  InvitationPreviewSchema,
  type Me,
  type Member,
  MemberListSchema,
  MeSchema,
} from '../../../shared/access'
import { callApi } from '../../lib/api'

const editionPath = (editionId: string) => `/api/editions/${encodeURIComponent(editionId)}`

export const fetchMe = (): Promise<Me> => callApi('/api/me', MeSchema)

export const signOut = (): Promise<void> => callApi('/api/sign-out', null, { method: 'POST' })

export const previewInvitation = (token: string): Promise<InvitationPreview> =>
  callApi(`/api/invitations/${encodeURIComponent(token)}`, InvitationPreviewSchema)

export const acceptInvitation = (
  token: string,
  input: AcceptInvitation,
): Promise<AcceptedInvitation> =>
  callApi(`/api/invitations/${encodeURIComponent(token)}/accept`, AcceptedInvitationSchema, {
    method: 'POST',
    body: input,
  })

export const fetchMembers = async (editionId: string): Promise<Member[]> =>
  (await callApi(`${editionPath(editionId)}/members`, MemberListSchema)).members

export const revokeMember = (editionId: string, personId: string): Promise<void> =>
  callApi(`${editionPath(editionId)}/members/${encodeURIComponent(personId)}`, null, {
    method: 'DELETE',
  })

export const fetchInvitations = async (editionId: string): Promise<Invitation[]> =>
  (await callApi(`${editionPath(editionId)}/invitations`, InvitationListSchema)).invitations

export const createInvitation = (
  editionId: string,
  input: CreateInvitation,
): Promise<CreatedInvitation> =>
  callApi(`${editionPath(editionId)}/invitations`, CreatedInvitationSchema, {
    method: 'POST',
    body: input,
  })

export const revokeInvitation = (editionId: string, invitationId: string): Promise<void> =>
  callApi(`${editionPath(editionId)}/invitations/${encodeURIComponent(invitationId)}`, null, {
    method: 'DELETE',
  })

export const fetchArrivals = async (editionId: string): Promise<Arrival[]> =>
  (await callApi(`${editionPath(editionId)}/arrivals`, ArrivalListSchema)).arrivals

export const approveArrival = (editionId: string, personId: string): Promise<void> =>
  callApi(`${editionPath(editionId)}/arrivals/${encodeURIComponent(personId)}/approve`, null, {
    method: 'POST',
  })

export const refuseArrival = (editionId: string, personId: string): Promise<void> =>
  callApi(`${editionPath(editionId)}/arrivals/${encodeURIComponent(personId)}`, null, {
    method: 'DELETE',
  })

export const createDeviceLink = (): Promise<CreatedDeviceLink> =>
  callApi('/api/me/device-links', CreatedDeviceLinkSchema, { method: 'POST' })

export const previewDeviceLink = (token: string): Promise<DeviceLinkPreview> =>
  callApi(`/api/device-links/${encodeURIComponent(token)}`, DeviceLinkPreviewSchema)

export const acceptDeviceLink = (token: string): Promise<void> =>
  callApi(`/api/device-links/${encodeURIComponent(token)}/accept`, null, { method: 'POST' })
