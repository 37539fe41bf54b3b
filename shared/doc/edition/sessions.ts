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
import { upgradeSessionFields } from './legacy'
import { readEdition } from './read'
import { INTERPRETED_BY_DEFAULT } from './rules'
import {
  type Id,
  IdSchema,
  Interpretation,
  IsoDateSchema,
  LocalizedTextPatchSchema,
  PEOPLE_FIELD_OF_ROLE,
  PEOPLE_FIELDS,
  type PeopleField,
  type Session,
  SessionFieldsSchema,
  SessionKind,
  type SessionRole,
  SessionStatus,
} from './schema'

/** The duration of a session created without one. */
export const DEFAULT_SESSION_MINUTES = 60

const SessionInputSchema = SessionFieldsSchema.partial()
  .extend({ id: IdSchema.optional() })
  .strict()
/**
 * A new session; every field is optional: an untitled 60-minute draft of
 * kind 'other', unplaced until given a day, a start and a room, and
 * interpreted simultaneously if its kind usually is.
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

type SessionReferences = Partial<
  Pick<z.infer<typeof SessionFieldsSchema>, 'roomIds' | 'themeId' | PeopleField>
>

function requireReferences(doc: Y.Doc, fields: SessionReferences): void {
  for (const roomId of fields.roomIds ?? []) requireReference(doc, 'rooms', roomId, 'roomIds')
  requireReference(doc, 'themes', fields.themeId, 'themeId')
  for (const key of PEOPLE_FIELDS) {
    for (const personId of fields[key] ?? []) requireReference(doc, 'persons', personId, key)
  }
}

function withUniqueLists<F extends SessionReferences>(fields: F): F {
  const unique = { ...fields }
  if (fields.roomIds) unique.roomIds = uniqueIds(fields.roomIds)
  for (const key of PEOPLE_FIELDS) {
    const ids = fields[key]
    if (ids) unique[key] = uniqueIds(ids)
  }
  return unique
}

/** Adds a session and returns its id. Repeated rooms or people are kept once. */
export function createSession(doc: Y.Doc, input: SessionInput, origin: unknown): Id {
  const { id: requested, ...given } = parseInput(SessionInputSchema, input, 'session')
  const kind = given.kind ?? SessionKind.Other
  const fields = withDefaults(
    {
      kind,
      title: { fr: '', ja: '', en: '' },
      description: { fr: '', ja: '', en: '' },
      day: null,
      start: null,
      durationMinutes: DEFAULT_SESSION_MINUTES,
      roomIds: [],
      allRooms: false,
      themeId: null,
      moderatorIds: [],
      speakerIds: [],
      rapporteurIds: [],
      witnessIds: [],
      interpretation: INTERPRETED_BY_DEFAULT.includes(kind)
        ? Interpretation.Simultaneous
        : Interpretation.None,
      status: SessionStatus.Draft,
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

/** Where a session is dragged: a day, a start in minutes since midnight (snapped), its rooms. */
export interface SessionTarget {
  day: string
  startMinutes: number
  /** Left as they are when undefined; [] takes the session out of every room. */
  roomIds?: Id[]
  /** Left as it is when undefined. */
  allRooms?: boolean
}

/**
 * Moves session `id` to `target`, its start snapped to the 5-minute grid
 * within the day. Day, start and rooms are written even where unchanged, so
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
  const { roomIds, allRooms } = target
  writeSession(doc, id, { day, start, roomIds, allRooms }, origin, [
    'day',
    'start',
    'roomIds',
    'allRooms',
  ])
}

/** Takes session `id` off the grid, into the tray: no day and no time; its rooms stay. */
export function unplaceSession(doc: Y.Doc, id: Id, origin: unknown): void {
  writeSession(doc, id, { day: null, start: null }, origin, ['day', 'start'])
}

/** Puts session `id` in `roomIds`, or across every room; of two concurrent choices, one wins whole. */
export function setSessionRooms(
  doc: Y.Doc,
  id: Id,
  rooms: { roomIds: Id[]; allRooms: boolean },
  origin: unknown,
): void {
  writeSession(doc, id, rooms, origin, ['roomIds', 'allRooms'])
}

/**
 * Adds a copy of session `id` (texts, place, theme, people, everything) and
 * returns the copy's id. The copy is a draft, whatever the original's status.
 * It is made of the session as read, so a room or person deleted by another
 * member, still named in the stored entry, is not copied.
 */
export function duplicateSession(doc: Y.Doc, id: Id, origin: unknown): Id {
  return transactEdition(doc, origin, () => {
    const read = readEdition(doc).value.sessions.find((session) => session.id === id)
    if (!read) {
      throw new EditionError(EditionErrorCode.NotFound, `no readable session ${id} to duplicate`)
    }
    const { id: _, ...original } = read
    const copy: Omit<Session, 'id'> = { ...original, status: SessionStatus.Draft }
    const fields = withUniqueLists(copy)
    requireReferences(doc, fields)
    const copyId = allocateId(doc, 'sessions')
    insertEntry(doc, 'sessions', copyId, fields)
    return copyId
  })
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

/** The ids of a session's people in `role`, as stored (strings only). */
function sessionPersonIds(doc: Y.Doc, sessionId: Id, role: SessionRole): string[] {
  const list = upgradeSessionFields(plainEntry(doc, 'sessions', sessionId)) as Record<
    string,
    unknown
  > | null
  const ids = list?.[PEOPLE_FIELD_OF_ROLE[role]]
  return Array.isArray(ids) ? ids.filter((item): item is string => typeof item === 'string') : []
}

/** Adds `personId` to the people of session `sessionId` in `role`, once, last. */
export function addSessionPerson(
  doc: Y.Doc,
  sessionId: Id,
  role: SessionRole,
  personId: Id,
  origin: unknown,
): void {
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'sessions', sessionId)
    const field = PEOPLE_FIELD_OF_ROLE[role]
    requireReference(doc, 'persons', personId, field)
    const ids = sessionPersonIds(doc, sessionId, role)
    if (ids.includes(personId)) return
    writeFields(entry, 'sessions', { [field]: [...uniqueIds(ids), personId] })
  })
}

/** Removes `personId` from the people of session `sessionId` in `role`. */
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
    const field = PEOPLE_FIELD_OF_ROLE[role]
    writeFields(entry, 'sessions', { [field]: ids.filter((id) => id !== personId) })
  })
}

/** Moves `personId` one place earlier (-1) or later (+1) among the people of `role`. */
export function reorderSessionPerson(
  doc: Y.Doc,
  sessionId: Id,
  role: SessionRole,
  personId: Id,
  direction: -1 | 1,
  origin: unknown,
): void {
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'sessions', sessionId)
    const ids = uniqueIds(sessionPersonIds(doc, sessionId, role))
    const from = ids.indexOf(personId)
    const to = from + direction
    if (from === -1 || to < 0 || to >= ids.length) return
    ids.splice(from, 1)
    ids.splice(to, 0, personId)
    writeFields(entry, 'sessions', { [PEOPLE_FIELD_OF_ROLE[role]]: ids })
  })
}
