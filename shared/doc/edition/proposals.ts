import type * as Y from 'yjs'
import * as z from 'zod'
import { allocateId, parseInput, requireEntry, requireReference } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { insertEntry, plainEntry, transactEdition, writeFields } from './layout'
import {
  type Id,
  IdSchema,
  LocalizedTextPatchSchema,
  ProposalCommentFieldsSchema,
  ProposalFieldsSchema,
  ProposalStatus,
  SuggestionStatus,
  ThemeKind,
} from './schema'
import { createSession, type SessionInput } from './sessions'
import { toggleSupporter } from './support'

/**
 * A new workshop proposal: a title in French or Japanese (or both), its
 * description, theme and proposing collectivités. Submitted by a
 * participant through the meeting's link, or by a committee member.
 */
export const ProposalInputSchema = z
  .object({
    title: LocalizedTextPatchSchema,
    description: LocalizedTextPatchSchema.default({}),
    themeId: IdSchema.nullable().default(null),
    collectiviteNames: ProposalFieldsSchema.shape.collectiviteNames,
  })
  .strict()
  .refine((input) => Boolean(input.title.fr?.trim() || input.title.ja?.trim()), {
    path: ['title'],
    message: 'a title in French or Japanese',
  })
export type ProposalInput = z.input<typeof ProposalInputSchema>

const ProposalPatchSchema = ProposalFieldsSchema.pick({ themeId: true, collectiviteNames: true })
  .extend({ title: LocalizedTextPatchSchema, description: LocalizedTextPatchSchema })
  .partial()
  .strict()
export type ProposalPatch = z.input<typeof ProposalPatchSchema>

const text = (patch: {
  fr?: string | undefined
  ja?: string | undefined
  en?: string | undefined
}) => ({
  fr: patch.fr?.trim() ?? '',
  ja: patch.ja?.trim() ?? '',
  en: patch.en?.trim() ?? '',
})

function requireWorkshopTheme(doc: Y.Doc, themeId: Id | null): void {
  if (themeId === null) return
  if (plainEntry(doc, 'themes', themeId)?.kind !== ThemeKind.Workshop) {
    throw new EditionError(EditionErrorCode.UnknownReference, `no workshop theme ${themeId}`, [
      { path: 'themeId', message: 'not a workshop theme of this edition' },
    ])
  }
}

/** Adds a proposal, `submitted`; returns its id. */
export function createProposal(
  doc: Y.Doc,
  input: ProposalInput,
  origin: unknown,
  now: Date = new Date(),
  suggestionId: Id | null = null,
): Id {
  const fields = parseInput(ProposalInputSchema, input, 'proposal')
  return transactEdition(doc, origin, () => {
    requireWorkshopTheme(doc, fields.themeId)
    const id = allocateId(doc, 'proposals')
    insertEntry(doc, 'proposals', id, {
      title: text(fields.title),
      description: text(fields.description),
      themeId: fields.themeId,
      collectiviteNames: fields.collectiviteNames,
      status: ProposalStatus.Submitted,
      mergedIntoId: null,
      supporterIds: [],
      sessionId: null,
      suggestionId,
      createdAt: now.toISOString(),
    })
    return id
  })
}

/** Changes the fields of proposal `id` given in `patch` (translations, theme, co-proposers). */
export function updateProposal(doc: Y.Doc, id: Id, patch: ProposalPatch, origin: unknown): void {
  const fields = parseInput(ProposalPatchSchema, patch, 'proposal change')
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'proposals', id)
    if (fields.themeId !== undefined) requireWorkshopTheme(doc, fields.themeId)
    writeFields(entry, 'proposals', fields)
  })
}

const ReviewSchema = z.enum([
  ProposalStatus.Submitted,
  ProposalStatus.UnderReview,
  ProposalStatus.Declined,
])

/** Puts proposal `id` under review, declines it, or back to submitted. */
export function reviewProposal(
  doc: Y.Doc,
  id: Id,
  status: z.input<typeof ReviewSchema>,
  origin: unknown,
): void {
  const parsed = parseInput(ReviewSchema, status, 'review')
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'proposals', id)
    if (entry.get('status') === ProposalStatus.Accepted) {
      throw new EditionError(EditionErrorCode.InvalidInput, 'the proposal is already accepted', [
        { path: 'status', message: 'accepted: its session exists' },
      ])
    }
    writeFields(entry, 'proposals', { status: parsed, mergedIntoId: null })
  })
}

/** Merges proposal `id` into proposal `intoId`, whose co-proposers it joins. */
export function mergeProposal(doc: Y.Doc, id: Id, intoId: Id, origin: unknown): void {
  if (id === intoId) {
    throw new EditionError(EditionErrorCode.InvalidInput, 'a proposal cannot merge into itself', [
      { path: 'intoId', message: 'the same proposal' },
    ])
  }
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'proposals', id)
    requireReference(doc, 'proposals', intoId, 'intoId')
    const into = requireEntry(doc, 'proposals', intoId)
    const names = [
      ...(into.get('collectiviteNames') as string[]),
      ...(entry.get('collectiviteNames') as string[]),
    ]
    writeFields(into, 'proposals', { collectiviteNames: [...new Set(names)].slice(0, 20) })
    writeFields(entry, 'proposals', { status: ProposalStatus.Merged, mergedIntoId: intoId })
  })
}

/**
 * Accepts proposal `id`: its workshop session is created from `session`
 * (the title and theme default to the proposal's), and linked. One
 * transaction: both or neither. Returns the session's id.
 */
export function acceptProposal(
  doc: Y.Doc,
  id: Id,
  session: Omit<SessionInput, 'kind' | 'title'> & Partial<Pick<SessionInput, 'title'>>,
  origin: unknown,
): Id {
  return transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'proposals', id)
    if (entry.get('status') === ProposalStatus.Accepted) {
      throw new EditionError(EditionErrorCode.InvalidInput, 'the proposal is already accepted')
    }
    const proposal = plainEntry(doc, 'proposals', id) as {
      title: { fr: string; ja: string; en: string }
      themeId: string | null
    }
    const sessionId = createSession(
      doc,
      {
        kind: 'workshop',
        title: proposal.title,
        themeId: proposal.themeId,
        ...session,
      },
      origin,
    )
    writeFields(entry, 'proposals', { status: ProposalStatus.Accepted, sessionId })
    return sessionId
  })
}

/** Adds or removes committee member `personId`'s support of proposal `id`. */
export function toggleProposalSupport(
  doc: Y.Doc,
  id: Id,
  personId: string,
  origin: unknown,
): boolean {
  return toggleSupporter(doc, 'proposals', id, personId, origin)
}

const CommentInputSchema = ProposalCommentFieldsSchema.omit({ createdAt: true }).strict()

/** Adds a committee member's comment to proposal `proposalId`; returns its id. */
export function commentProposal(
  doc: Y.Doc,
  input: z.input<typeof CommentInputSchema>,
  origin: unknown,
  now: Date = new Date(),
): Id {
  const fields = parseInput(CommentInputSchema, input, 'comment')
  return transactEdition(doc, origin, () => {
    requireReference(doc, 'proposals', fields.proposalId, 'proposalId')
    const id = allocateId(doc, 'proposalComments')
    insertEntry(doc, 'proposalComments', id, { ...fields, createdAt: now.toISOString() })
    return id
  })
}

/**
 * Turns suggestion `suggestionId` into a workshop proposal made from
 * `input`, linked both ways; returns the proposal's id.
 */
export function convertSuggestionToProposal(
  doc: Y.Doc,
  suggestionId: Id,
  input: ProposalInput,
  origin: unknown,
  now: Date = new Date(),
): Id {
  return transactEdition(doc, origin, () => {
    const suggestion = requireEntry(doc, 'suggestions', suggestionId)
    const proposalId = createProposal(doc, input, origin, now, suggestionId)
    writeFields(suggestion, 'suggestions', {
      status: SuggestionStatus.Converted,
      proposalId,
    })
    return proposalId
  })
}
