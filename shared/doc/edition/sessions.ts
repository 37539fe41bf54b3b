import type * as Y from 'yjs'
import type { z } from 'zod'
import {
  allocateId,
  parseInput,
  requireEntry,
  requireReference,
  uniqueIds,
  withDefaults,
} from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { formatClockTime, parseClockTime, snapDuration, snapStart } from './grid'
import { deleteEntry, insertEntry, plainEntry, transactEdition, writeFields } from './layout'
import { INTERPRETED_BY_DEFAULT } from './rules'
import {
  type Id,
  IdSchema,
  IsoDateSchema,
  LocalizedTextPatchSchema,
  SessionFieldsSchema,
  SessionKind,
} from './schema'

/** The duration of a session created without one. */
export const DEFAULT_SESSION_MINUTES = 60

const SessionInputSchema = SessionFieldsSchema.partial({
  kind: true,
  title: true,
  description: true,
  durationMinutes: true,
  roomId: true,
  themeId: true,
  speakerIds: true,
  moderatorIds: true,
  interpretation: true,
  status: true,
})
  .extend({ id: IdSchema.optional() })
  .strict()
/**
 * A new session: its day and start; everything else is optional (an
 * untitled 60-minute draft of kind 'other', interpreted if its kind usually is).
 */
export type SessionInput = z.input<typeof SessionInputSchema>

const SessionPatchSchema = SessionFieldsSchema.extend({
  title: LocalizedTextPatchSchema,
  description: LocalizedTextPatchSchema,
})
  .partial()
  .strict()
/** The fields of a session to change; texts may change in some languages only. */
export type SessionPatch = z.input<typeof SessionPatchSchema>

/** A session's people: its speakers or its moderators. */
export const SessionRole = { Speaker: 'speaker', Moderator: 'moderator' } as const
export type SessionRole = (typeof SessionRole)[keyof typeof SessionRole]
const LIST_OF_ROLE = { speaker: 'speakerIds', moderator: 'moderatorIds' } as const

type SessionReferences = Partial<
  Pick<z.infer<typeof SessionFieldsSchema>, 'roomId' | 'themeId' | 'speakerIds' | 'moderatorIds'>
>

function requireReferences(doc: Y.Doc, fields: SessionReferences): void {
  requireReference(doc, 'rooms', fields.roomId, 'roomId')
  requireReference(doc, 'themes', fields.themeId, 'themeId')
  for (const key of ['speakerIds', 'moderatorIds'] as const) {
    for (const personId of fields[key] ?? []) requireReference(doc, 'persons', personId, key)
  }
}

function withUniqueLists<F extends SessionReferences>(fields: F): F {
  const unique = { ...fields }
  if (fields.speakerIds) unique.speakerIds = uniqueIds(fields.speakerIds)
  if (fields.moderatorIds) unique.moderatorIds = uniqueIds(fields.moderatorIds)
  return unique
}

/** Adds a session and returns its id. Repeated speakers or moderators are kept once. */
export function createSession(doc: Y.Doc, input: SessionInput, origin: unknown): Id {
  const { id: requested, ...given } = parseInput(SessionInputSchema, input, 'session')
  const kind = given.kind ?? SessionKind.Other
  const fields = withDefaults(
    {
      kind,
      title: { fr: '', ja: '', en: '' },
      description: { fr: '', ja: '', en: '' },
      durationMinutes: DEFAULT_SESSION_MINUTES,
      roomId: null,
      themeId: null,
      speakerIds: [],
      moderatorIds: [],
      interpretation: INTERPRETED_BY_DEFAULT.includes(kind),
      status: 'draft',
    },
    withUniqueLists(given),
  )
  return transactEdition(doc, origin, () => {
    requireReferences(doc, fields)
    const id = allocateId(doc, 'sessions', requested)
    insertEntry(doc, 'sessions', id, fields)
    return id
  })
}

function writeSession(
  doc: Y.Doc,
  id: Id,
  patch: SessionPatch,
  origin: unknown,
  rewrite: readonly string[] = [],
): void {
  const fields = withUniqueLists(parseInput(SessionPatchSchema, patch, 'session change'))
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'sessions', id)
    requireReferences(doc, fields)
    writeFields(entry, 'sessions', fields, rewrite)
  })
}

/** Changes the fields of session `id` given in `patch`. Repeated people are kept once. */
export function updateSession(doc: Y.Doc, id: Id, patch: SessionPatch, origin: unknown): void {
  writeSession(doc, id, patch, origin)
}

/** Where a session is dragged: a day, a start in minutes since midnight (snapped), a room. */
export interface SessionTarget {
  day: string
  startMinutes: number
  /** Left as it is when undefined; null takes the session out of any room. */
  roomId?: Id | null
}

/**
 * Moves session `id` to `target`, its start snapped to the 5-minute grid
 * within the day. Day, start and room are written even where unchanged, so
 * that of two members dragging one session at once, one wins the whole
 * place: a session never lands on one's day in the other's room.
 */
export function moveSession(doc: Y.Doc, id: Id, target: SessionTarget, origin: unknown): void {
  const day = parseInput(IsoDateSchema, target.day, 'day')
  if (!Number.isFinite(target.startMinutes)) {
    throw new EditionError(EditionErrorCode.InvalidInput, 'startMinutes is not a number', [
      { path: 'startMinutes', message: 'not a number' },
    ])
  }
  const start = formatClockTime(snapStart(target.startMinutes))
  writeSession(doc, id, { day, start, roomId: target.roomId }, origin, ['day', 'start', 'roomId'])
}

/**
 * Resizes session `id` to `durationMinutes`, snapped to the grid (at least 5).
 * Dragging its 'end' keeps the start; dragging its 'start' keeps the end.
 */
export function resizeSession(
  doc: Y.Doc,
  id: Id,
  durationMinutes: number,
  origin: unknown,
  edge: 'start' | 'end' = 'end',
): void {
  if (!Number.isFinite(durationMinutes)) {
    throw new EditionError(EditionErrorCode.InvalidInput, 'durationMinutes is not a number', [
      { path: 'durationMinutes', message: 'not a number' },
    ])
  }
  const duration = snapDuration(durationMinutes)
  if (edge === 'end') {
    updateSession(doc, id, { durationMinutes: duration }, origin)
    return
  }
  const current = plainEntry(doc, 'sessions', id)
  if (!current) throw new EditionError(EditionErrorCode.NotFound, `no entry ${id} in sessions`)
  const start = typeof current.start === 'string' ? parseClockTime(current.start) : null
  const end = start === null ? null : start + Number(current.durationMinutes)
  if (start === null || end === null || !Number.isFinite(end)) {
    throw new EditionError(EditionErrorCode.InvalidInput, `session ${id} has no valid time`)
  }
  const newStart = Math.max(end - duration, 0)
  const fields = { start: formatClockTime(newStart), durationMinutes: end - newStart }
  writeSession(doc, id, fields, origin, ['start', 'durationMinutes'])
}

/** Deletes session `id`; false if it was already gone. */
export function deleteSession(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => deleteEntry(doc, 'sessions', id))
}

/** The ids of a session's speakers or moderators, as stored (strings only). */
function sessionPersonIds(doc: Y.Doc, sessionId: Id, role: SessionRole): string[] {
  const list = plainEntry(doc, 'sessions', sessionId)?.[LIST_OF_ROLE[role]]
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
}

/** Adds `personId` to the speakers or moderators of session `sessionId`, once. */
export function addSessionPerson(
  doc: Y.Doc,
  sessionId: Id,
  role: SessionRole,
  personId: Id,
  origin: unknown,
): void {
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'sessions', sessionId)
    requireReference(doc, 'persons', personId, LIST_OF_ROLE[role])
    const ids = sessionPersonIds(doc, sessionId, role)
    if (ids.includes(personId)) return
    writeFields(entry, 'sessions', { [LIST_OF_ROLE[role]]: [...uniqueIds(ids), personId] })
  })
}

/** Removes `personId` from the speakers or moderators of session `sessionId`. */
export function removeSessionPerson(
  doc: Y.Doc,
  sessionId: Id,
  role: SessionRole,
  personId: Id,
  origin: unknown,
): void {
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'sessions', sessionId)
    const ids = sessionPersonIds(doc, sessionId, role)
    if (!ids.includes(personId)) return
    writeFields(entry, 'sessions', { [LIST_OF_ROLE[role]]: ids.filter((id) => id !== personId) })
  })
}
