import * as z from 'zod'
import { SuggestionFormSchema } from './doc/edition/meetings'
import { ProposalInputSchema } from './doc/edition/proposals'
import {
  type EditionSnapshot,
  IsoDateSchema,
  LocalizedTextSchema,
  ThemeKind,
} from './doc/edition/schema'

/**
 * The public side of a meeting: what a participant's phone reads and sends
 * through the meeting's participant link (`/m/<token>`), with no account.
 */

/** The path of a meeting's participant page. */
export const participantPath = (token: string): string => `/m/${token}`

/** The workshops a participant may pick, as the public pages list them. */
export const workshopChoices = (edition: Pick<EditionSnapshot, 'themes'>) =>
  edition.themes
    .filter((theme) => theme.kind === ThemeKind.Workshop)
    .map((theme) => ({ id: theme.id, title: theme.title }))

/** `GET /api/public/meetings/<token>`: what the participant page shows. */
export const PublicMeetingSchema = z.object({
  editionTitle: LocalizedTextSchema,
  date: IsoDateSchema,
  place: LocalizedTextSchema,
  intakeOpen: z.boolean(),
  /** The workshops a suggestion may be about. */
  workshops: z.array(z.object({ id: z.string(), title: LocalizedTextSchema })),
})
export type PublicMeeting = z.infer<typeof PublicMeetingSchema>

/**
 * The body of `POST /api/public/meetings/<token>/suggestions`: a suggestion
 * without its meeting, which the link names. Answers 201 `{ id }`; 400
 * `invalid_input` naming each wrong field; 409 `intake_closed`; 429 when one
 * address sends too many.
 */
export const PublicSuggestionSchema = SuggestionFormSchema.omit({ meetingId: true })
export type PublicSuggestion = z.input<typeof PublicSuggestionSchema>

/**
 * The body of `POST /api/public/meetings/<token>/proposals`: a collectivité's
 * workshop proposal, sent through the meeting's link. Answers as a
 * suggestion does (201, 400 with the fields, 409 while the intake is
 * closed, 429).
 */
export const PublicProposalSchema = ProposalInputSchema
export type PublicProposal = z.input<typeof PublicProposalSchema>

/** `POST /api/editions/<id>/meetings/<meetingId>/participant-link` (owners and editors). */
export const ParticipantLinkSchema = z.object({ path: z.string() })
export type ParticipantLink = z.infer<typeof ParticipantLinkSchema>
