/**
 * What the committees take in: their meetings and the suggestions sent
 * during them, workshop proposals and their comments, and collectivités'
 * registrations.
 */
import * as z from 'zod'
import {
  CountrySchema,
  ProposalStatusSchema,
  SuggestionStatusSchema,
  SuggestionTargetSchema,
} from './codes'
import {
  ClockTimeSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  TimeZoneSchema,
} from './values'

/** The longest suggestion: a few sentences said in a meeting, not a report. */
export const MAX_SUGGESTION_LENGTH = 1000
export const MAX_SUGGESTION_NAME_LENGTH = 100
export const MAX_SUGGESTION_COLLECTIVITE_LENGTH = 200

/**
 * A meeting of the steering committees, with its suggestion intake: while
 * `intakeOpen`, the participants in the room send suggestions.
 */
export const MeetingFieldsSchema = z.object({
  date: IsoDateSchema,
  /** Its hours, in the edition's time zone; null while unknown. */
  start: ClockTimeSchema.nullable().default(null),
  end: ClockTimeSchema.nullable().default(null),
  /**
   * The clocks its hours are on, when not the edition's: the French
   * committee meets in Paris for an edition held in Shizuoka.
   */
  timeZone: TimeZoneSchema.nullable().default(null),
  place: LocalizedTextSchema,
  /**
   * The event it is held within ("Rencontres de l'action internationale des
   * collectivités territoriales"), empty when it stands alone.
   */
  event: LocalizedTextSchema.default({ fr: '', ja: '', en: '' }),
  /** The agenda, one item a line. */
  agenda: LocalizedTextSchema,
  intakeOpen: z.boolean(),
})
export const MeetingSchema = MeetingFieldsSchema.extend({ id: IdSchema })
export type Meeting = z.infer<typeof MeetingSchema>

/**
 * A suggestion sent during a meeting, as its author typed it (in French or
 * Japanese: it is not translated). The server writes it in for the
 * participant, who has no account; the committee triages it.
 */
export const SuggestionFieldsSchema = z.object({
  meetingId: IdSchema,
  text: z.string().trim().min(1).max(MAX_SUGGESTION_LENGTH),
  authorName: z.string().trim().max(MAX_SUGGESTION_NAME_LENGTH),
  collectivite: z.string().trim().max(MAX_SUGGESTION_COLLECTIVITE_LENGTH),
  target: SuggestionTargetSchema,
  /** The workshop theme a `workshop` suggestion is about; null otherwise. */
  themeId: IdSchema.nullable(),
  createdAt: z.iso.datetime(),
  status: SuggestionStatusSchema,
  /** The suggestion this one was merged into. */
  mergedIntoId: IdSchema.nullable(),
  /** The committee members (Kaigi person ids) who support it: its +1s. */
  supporterIds: z.array(IdSchema),
  /** The programme session it was turned into. */
  sessionId: IdSchema.nullable(),
  /** The workshop proposal it was turned into. */
  proposalId: IdSchema.nullable().default(null),
})
export const SuggestionSchema = SuggestionFieldsSchema.extend({ id: IdSchema })
export type Suggestion = z.infer<typeof SuggestionSchema>

/**
 * A workshop proposal from one or more collectivités (co-proposers named as
 * they wrote themselves), reviewed by the committees: +1s, comments, then
 * accepted (its workshop session is created), merged or declined.
 */
export const ProposalFieldsSchema = z.object({
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  themeId: IdSchema.nullable(),
  collectiviteNames: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
  status: ProposalStatusSchema,
  mergedIntoId: IdSchema.nullable(),
  supporterIds: z.array(IdSchema),
  /** The workshop session created when it was accepted. */
  sessionId: IdSchema.nullable(),
  /** The suggestion it came from, if any. */
  suggestionId: IdSchema.nullable(),
  createdAt: z.iso.datetime(),
})
export const ProposalSchema = ProposalFieldsSchema.extend({ id: IdSchema })
export type Proposal = z.infer<typeof ProposalSchema>

/** A committee member's comment on a proposal. */
export const ProposalCommentFieldsSchema = z.object({
  proposalId: IdSchema,
  authorId: IdSchema,
  authorName: z.string().trim().min(1).max(100),
  text: z.string().trim().min(1).max(2000),
  createdAt: z.iso.datetime(),
})
export const ProposalCommentSchema = ProposalCommentFieldsSchema.extend({ id: IdSchema })
export type ProposalComment = z.infer<typeof ProposalCommentSchema>

/**
 * A collectivité's registration (bulletin de participation), as the
 * committee sees it live. The contact person and e-mail stay in the
 * database only (personal data does not go into the shared document).
 */
export const RegistrationFieldsSchema = z.object({
  /** The collectivité picked from the edition's list, or null for a new one named below. */
  collectiviteId: IdSchema.nullable(),
  collectiviteName: z.string().trim().min(1).max(200),
  country: CountrySchema,
  delegates: z.number().int().min(1).max(200),
  workshopIds: z.array(IdSchema),
  /** The edition's days the delegation attends (none named: not said). */
  dayIds: z.array(IdSchema).default([]),
  wantsToSpeak: z.boolean(),
  wantsToPropose: z.boolean(),
  createdAt: z.iso.datetime(),
  /** When it was last amended (by its collectivité or corrected by an editor). */
  amendedAt: z.iso.datetime().optional(),
})
export const RegistrationSchema = RegistrationFieldsSchema.extend({ id: IdSchema })
export type Registration = z.infer<typeof RegistrationSchema>
