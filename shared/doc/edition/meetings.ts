import type * as Y from 'yjs'
import * as z from 'zod'
import { allocateId, parseInput, requireEntry, requireReference, withDefaults } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { entryMap, insertEntry, plainEntry, transactEdition, writeFields } from './layout'
import {
  ClockTimeSchema,
  type Id,
  IdSchema,
  LocalizedTextPatchSchema,
  MAX_SUGGESTION_COLLECTIVITE_LENGTH,
  MAX_SUGGESTION_LENGTH,
  MAX_SUGGESTION_NAME_LENGTH,
  MeetingFieldsSchema,
  SuggestionStatus,
  SuggestionTarget,
  SuggestionTargetSchema,
  ThemeKind,
  TimeZoneSchema,
} from './schema'
import { createSession, type SessionInput } from './sessions'
import { toggleSupporter } from './support'

const emptyText = { fr: '', ja: '', en: '' }

const MeetingInputSchema = MeetingFieldsSchema.partial({ agenda: true, intakeOpen: true })
  .extend({ id: IdSchema.optional() })
  .strict()
/** A new meeting: its date and place; agenda and intake (closed) are optional. */
export type MeetingInput = z.input<typeof MeetingInputSchema>

// Without their defaults: a patch that does not name the hours or the event leaves them as they are.
const MeetingPatchSchema = MeetingFieldsSchema.extend({
  start: ClockTimeSchema.nullable(),
  end: ClockTimeSchema.nullable(),
  timeZone: TimeZoneSchema.nullable(),
  place: LocalizedTextPatchSchema,
  event: LocalizedTextPatchSchema,
  agenda: LocalizedTextPatchSchema,
})
  .partial()
  .strict()
export type MeetingPatch = z.input<typeof MeetingPatchSchema>

/** Adds a meeting of the committees and returns its id. */
export function createMeeting(doc: Y.Doc, input: MeetingInput, origin: unknown): Id {
  const { id: requested, ...fields } = parseInput(MeetingInputSchema, input, 'meeting')
  return transactEdition(doc, origin, () => {
    const id = allocateId(doc, 'meetings', requested)
    insertEntry(doc, 'meetings', id, withDefaults({ agenda: emptyText, intakeOpen: false }, fields))
    return id
  })
}

/** Changes the fields of meeting `id` given in `patch` (the chair opens the intake with `intakeOpen`). */
export function updateMeeting(doc: Y.Doc, id: Id, patch: MeetingPatch, origin: unknown): void {
  const fields = parseInput(MeetingPatchSchema, patch, 'meeting change')
  transactEdition(doc, origin, () =>
    writeFields(requireEntry(doc, 'meetings', id), 'meetings', fields),
  )
}

/**
 * A participant's suggestion, as the public form sends it: the text, the
 * target, and optionally who sends it. The server adds the time and the
 * triage state.
 */
export const SuggestionFormSchema = z
  .object({
    meetingId: IdSchema,
    text: z.string().trim().min(1).max(MAX_SUGGESTION_LENGTH),
    authorName: z.string().trim().max(MAX_SUGGESTION_NAME_LENGTH).optional(),
    collectivite: z.string().trim().max(MAX_SUGGESTION_COLLECTIVITE_LENGTH).optional(),
    target: SuggestionTargetSchema,
    /** Required when the target is a workshop: which workshop theme. */
    themeId: IdSchema.nullable().optional(),
  })
  .strict()
export type SuggestionInput = z.input<typeof SuggestionFormSchema>

/** Why a suggestion is refused though well-formed. */
export const SuggestionRefusal = {
  /** The meeting's intake is closed (or the meeting is gone). */
  IntakeClosed: 'intake_closed',
} as const

/** Adds a participant's suggestion to meeting `meetingId`'s wall; returns its id. */
export function addSuggestion(
  doc: Y.Doc,
  input: SuggestionInput,
  origin: unknown,
  now: Date = new Date(),
): Id {
  const fields = parseInput(SuggestionFormSchema, input, 'suggestion')
  return transactEdition(doc, origin, () => {
    const meeting = plainEntry(doc, 'meetings', fields.meetingId)
    if (meeting?.intakeOpen !== true) {
      throw new EditionError(
        EditionErrorCode.InvalidInput,
        `the intake of meeting ${fields.meetingId} is closed`,
        [{ path: 'meetingId', message: SuggestionRefusal.IntakeClosed }],
      )
    }
    const themeId = fields.target === SuggestionTarget.Workshop ? (fields.themeId ?? null) : null
    if (fields.target === SuggestionTarget.Workshop) {
      const theme = themeId === null ? null : plainEntry(doc, 'themes', themeId)
      if (!theme || theme.kind !== ThemeKind.Workshop) {
        throw new EditionError(EditionErrorCode.UnknownReference, 'no such workshop theme', [
          { path: 'themeId', message: 'not a workshop theme of this edition' },
        ])
      }
    }
    const id = allocateId(doc, 'suggestions')
    insertEntry(doc, 'suggestions', id, {
      meetingId: fields.meetingId,
      text: fields.text,
      authorName: fields.authorName ?? '',
      collectivite: fields.collectivite ?? '',
      target: fields.target,
      themeId,
      createdAt: now.toISOString(),
      status: SuggestionStatus.New,
      mergedIntoId: null,
      supporterIds: [],
      sessionId: null,
      proposalId: null,
    })
    return id
  })
}

/** Adds or removes committee member `personId`'s +1 on suggestion `id`. */
export function toggleSupport(doc: Y.Doc, id: Id, personId: string, origin: unknown): boolean {
  return toggleSupporter(doc, 'suggestions', id, personId, origin)
}

const TriageSchema = z.enum([
  SuggestionStatus.New,
  SuggestionStatus.Kept,
  SuggestionStatus.Dismissed,
])

/** Keeps, dismisses, or puts back to new suggestion `id`. */
export function triageSuggestion(
  doc: Y.Doc,
  id: Id,
  status: z.input<typeof TriageSchema>,
  origin: unknown,
): void {
  const parsed = parseInput(TriageSchema, status, 'triage')
  transactEdition(doc, origin, () =>
    writeFields(requireEntry(doc, 'suggestions', id), 'suggestions', {
      status: parsed,
      mergedIntoId: null,
    }),
  )
}

/** Merges suggestion `id` into suggestion `intoId` (it stays listed, linked to it). */
export function mergeSuggestion(doc: Y.Doc, id: Id, intoId: Id, origin: unknown): void {
  if (id === intoId) {
    throw new EditionError(EditionErrorCode.InvalidInput, 'a suggestion cannot merge into itself', [
      { path: 'intoId', message: 'the same suggestion' },
    ])
  }
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'suggestions', id)
    requireReference(doc, 'suggestions', intoId, 'intoId')
    writeFields(entry, 'suggestions', { status: SuggestionStatus.Merged, mergedIntoId: intoId })
  })
}

/**
 * Turns suggestion `id` into a programme session made from `session`, and
 * links the two; returns the session's id. One transaction: both or neither.
 */
export function convertSuggestionToSession(
  doc: Y.Doc,
  id: Id,
  session: SessionInput,
  origin: unknown,
): Id {
  return transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'suggestions', id)
    const sessionId = createSession(doc, session, origin)
    writeFields(entry, 'suggestions', { status: SuggestionStatus.Converted, sessionId })
    return sessionId
  })
}

/** Whether meeting `id` takes suggestions now. */
export const isIntakeOpen = (doc: Y.Doc, id: Id): boolean =>
  entryMap(doc, 'meetings', id)?.get('intakeOpen') === true
