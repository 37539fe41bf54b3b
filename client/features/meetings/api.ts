import * as z from 'zod'
import {
  type ParticipantLink,
  ParticipantLinkSchema,
  type PublicMeeting,
  PublicMeetingSchema,
  type PublicProposal,
  type PublicSuggestion,
} from '../../../shared/meetings'
import { callApi } from '../../lib/api'

const publicPath = (token: string) => `/api/public/meetings/${encodeURIComponent(token)}`

/** What a participant's page shows of the meeting behind link `token`. */
export const fetchPublicMeeting = (token: string): Promise<PublicMeeting> =>
  callApi(publicPath(token), PublicMeetingSchema)

/** Sends a participant's suggestion through link `token`; refusals come back as `ApiError`s. */
export const sendSuggestion = (
  token: string,
  body: Partial<PublicSuggestion>,
): Promise<{ id: string }> =>
  callApi(`${publicPath(token)}/suggestions`, z.object({ id: z.string() }), {
    method: 'POST',
    body,
  })

/** The participant link of meeting `meetingId` (the same one each time), for owners and editors. */
export const fetchParticipantLink = (
  editionId: string,
  meetingId: string,
): Promise<ParticipantLink> =>
  callApi(
    `/api/editions/${encodeURIComponent(editionId)}/meetings/${encodeURIComponent(meetingId)}/participant-link`,
    ParticipantLinkSchema,
    { method: 'POST' },
  )

/** Sends a collectivité's workshop proposal through link `token`; refusals come back as `ApiError`s. */
export const sendProposal = (token: string, body: PublicProposal): Promise<{ id: string }> =>
  callApi(`${publicPath(token)}/proposals`, z.object({ id: z.string() }), {
    method: 'POST',
    body,
  })
