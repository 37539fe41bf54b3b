import type { z } from 'zod'
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
} from '../../shared/access'
import type { ErrorBody, FieldIssue } from '../../shared/errors'

/** A refusal from the API: its HTTP status, error code, message and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The finer reason of a refusal, if the server gave one. */
    readonly reason: string | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Whether `error` says that nobody is signed in on this browser (an API answered 401). */
export const isUnauthorized = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401

/**
 * Calls the API at `path` and parses its answer with `schema` (none for an
 * empty answer). A refusal becomes an `ApiError`; a network failure stays a
 * `TypeError`, which callers tell apart from a refusal.
 */
export async function callApi<T>(
  path: string,
  schema: z.ZodType<T> | null,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null
    throw new ApiError(
      response.status,
      body?.error?.code ?? null,
      body?.error?.message ?? `${init.method ?? 'GET'} ${path}: ${response.status}`,
      body?.error?.issues ?? [],
      body?.error?.reason ?? null,
    )
  }
  if (schema === null) return undefined as T
  return schema.parse(await response.json())
}

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
