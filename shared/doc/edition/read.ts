/**
 * Reading an edition out of its Y.Doc as plain, validated values. Anything a
 * client wrote is untrusted: an entry that fails its schema is left out and
 * reported, never thrown, so one bad entry cannot blank the programme.
 */
import type * as Y from 'yjs'
import type { z } from 'zod'
import { MAX_TYPE_DEPTH, TOO_DEEP } from '../plain-value'
import { uniqueIds } from './checks'
import type { InputIssue } from './errors'
import { plainEntries, plainMeta, readSchemaVersion } from './layout'
import { upgradeSessionFields } from './legacy'
import { mergeChainEnd } from './merge-chain'
import {
  type Collection,
  CollectiviteFieldsSchema,
  DayFieldsSchema,
  type EditionMeta,
  EditionMetaSchema,
  type EditionSnapshot,
  IdSchema,
  IsoDateSchema,
  MeetingFieldsSchema,
  PEOPLE_FIELDS,
  PersonFieldsSchema,
  ProposalCommentFieldsSchema,
  ProposalFieldsSchema,
  RegistrationFieldsSchema,
  RoomFieldsSchema,
  SCHEMA_VERSION,
  SessionFieldsSchema,
  SuggestionFieldsSchema,
  ThemeFieldsSchema,
  VenueFieldsSchema,
} from './schema'

export const ReadProblemCode = {
  /** The document holds no edition yet (not initialised, or not synced yet). */
  MissingMeta: 'missing_meta',
  /** A newer Kaigi wrote the document: read as far as understood, but do not write. */
  UnsupportedSchemaVersion: 'unsupported_schema_version',
  /** A metadata field is missing or invalid: it reads as its default. */
  InvalidMetaField: 'invalid_meta_field',
  /** An entry is invalid: it is left out of the snapshot. */
  InvalidEntry: 'invalid_entry',
} as const
export type ReadProblemCode = (typeof ReadProblemCode)[keyof typeof ReadProblemCode]

export type ReadProblem =
  | { code: typeof ReadProblemCode.MissingMeta }
  | { code: typeof ReadProblemCode.UnsupportedSchemaVersion; found: number; supported: number }
  | { code: typeof ReadProblemCode.InvalidMetaField; field: string; issues: InputIssue[] }
  | {
      code: typeof ReadProblemCode.InvalidEntry
      collection: Collection
      id: string
      issues: InputIssue[]
    }

/** A snapshot of an edition and what could not be read into it. */
export interface EditionRead {
  value: EditionSnapshot
  problems: ReadProblem[]
}

const emptyText = () => ({ fr: '', ja: '', en: '' })

/** What each metadata field reads as when it is absent or invalid. */
export function defaultMeta(): EditionMeta {
  return {
    number: 1,
    year: 2008,
    title: emptyText(),
    hostCity: emptyText(),
    hostCountry: 'FR',
    venue: emptyText(),
    startDate: null,
    endDate: null,
    timeZone: 'UTC',
    globalThemeId: null,
    status: 'draft',
    participation: { participants: null, collectivites: { FR: null, JP: null } },
    letter: emptyText(),
    letterPlace: emptyText(),
    letterDate: null,
    signatoryIds: [],
    formReturn: emptyText(),
  }
}

const issuesOf = (error: z.ZodError, prefix = ''): InputIssue[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }))

/** The issue of a value nesting shared types deeper than any reader walks (plain-value.ts). */
const tooDeep = (path: string): InputIssue => ({
  path,
  message: `shared types nested more than ${MAX_TYPE_DEPTH} deep`,
})

function readMeta(doc: Y.Doc, problems: ReadProblem[]): EditionMeta {
  const raw = plainMeta(doc)
  const version = readSchemaVersion(doc)
  const meta = defaultMeta()
  if (version === undefined && Object.keys(raw).length === 0) {
    problems.push({ code: ReadProblemCode.MissingMeta })
    return meta
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const issues = [{ path: 'schemaVersion', message: 'not a schema version' }]
    problems.push({ code: ReadProblemCode.InvalidMetaField, field: 'schemaVersion', issues })
  } else if (version > SCHEMA_VERSION) {
    problems.push({
      code: ReadProblemCode.UnsupportedSchemaVersion,
      found: version,
      supported: SCHEMA_VERSION,
    })
  }
  // Field by field: a bad venue must not hide the edition's dates and time zone.
  const fields: Record<string, unknown> = meta
  for (const [field, schema] of Object.entries(EditionMetaSchema.shape)) {
    if (raw[field] === TOO_DEEP) {
      problems.push({ code: ReadProblemCode.InvalidMetaField, field, issues: [tooDeep(field)] })
      continue
    }
    const parsed = (schema as z.ZodType).safeParse(raw[field])
    if (parsed.success) fields[field] = parsed.data
    else {
      const issues = issuesOf(parsed.error, field)
      problems.push({ code: ReadProblemCode.InvalidMetaField, field, issues })
    }
  }
  return meta
}

function readCollection<S extends z.ZodType<object>>(
  doc: Y.Doc,
  collection: Collection,
  schema: S,
  problems: ReadProblem[],
  /** Brings an entry of an earlier layout to today's, before it is checked. */
  upgrade: (raw: unknown) => unknown = (raw) => raw,
): Array<z.infer<S> & { id: string }> {
  const entries: Array<z.infer<S> & { id: string }> = []
  // Days are keyed by their date: a key that is no date would break every
  // reader of the snapshot that checks it against the schema (a version's preview).
  const keySchema = collection === 'days' ? IsoDateSchema : IdSchema
  for (const [id, raw] of plainEntries(doc, collection)) {
    if (raw === TOO_DEEP) {
      problems.push({ code: ReadProblemCode.InvalidEntry, collection, id, issues: [tooDeep('')] })
      continue
    }
    const idParsed = keySchema.safeParse(id)
    const parsed = schema.safeParse(upgrade(raw))
    if (idParsed.success && parsed.success) {
      entries.push({ id, ...parsed.data })
      continue
    }
    const issues = [
      ...(idParsed.success ? [] : issuesOf(idParsed.error, 'id')),
      ...(parsed.success ? [] : issuesOf(parsed.error)),
    ]
    problems.push({ code: ReadProblemCode.InvalidEntry, collection, id, issues })
  }
  return entries
}

/** The edition's metadata alone, read as readEdition reads it (references unresolved). */
export function readEditionMeta(doc: Y.Doc): { value: EditionMeta; problems: ReadProblem[] } {
  const problems: ReadProblem[] = []
  return { value: readMeta(doc, problems), problems }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byId = (a: { id: string }, b: { id: string }) => compareText(a.id, b.id)
const byPosition = (a: { id: string; position: number }, b: { id: string; position: number }) =>
  a.position - b.position || byId(a, b)

function problemKey(problem: ReadProblem): string {
  const where = 'collection' in problem ? `${problem.collection}\u0000${problem.id}` : ''
  return `${problem.code}\u0000${where}\u0000${'field' in problem ? problem.field : ''}`
}

/**
 * The edition held by `doc` as plain values, with the problems met reading
 * it. References always resolve: one to a missing or unreadable entry (the
 * normal outcome of deleting a room while someone else assigns a session to
 * it) reads as none, and repeated ids in a list read once. Entries come in a
 * fixed order, so equal documents give equal snapshots.
 */
export function readEdition(doc: Y.Doc): EditionRead {
  const problems: ReadProblem[] = []
  const meta = readMeta(doc, problems)
  const days = readCollection(doc, 'days', DayFieldsSchema, problems).sort(byId)
  const venues = readCollection(doc, 'venues', VenueFieldsSchema, problems).sort(byPosition)
  const rooms = readCollection(doc, 'rooms', RoomFieldsSchema, problems).sort(byPosition)
  const themes = readCollection(doc, 'themes', ThemeFieldsSchema, problems).sort(byPosition)
  const sessions = readCollection(
    doc,
    'sessions',
    SessionFieldsSchema,
    problems,
    upgradeSessionFields,
  )
  const persons = readCollection(doc, 'persons', PersonFieldsSchema, problems).sort(byId)
  const collectiviteEntries = readCollection(
    doc,
    'collectivites',
    CollectiviteFieldsSchema,
    problems,
  )
  const meetings = readCollection(doc, 'meetings', MeetingFieldsSchema, problems)
  const suggestions = readCollection(doc, 'suggestions', SuggestionFieldsSchema, problems)
  const registrations = readCollection(doc, 'registrations', RegistrationFieldsSchema, problems)
  const proposals = readCollection(doc, 'proposals', ProposalFieldsSchema, problems)
  const comments = readCollection(doc, 'proposalComments', ProposalCommentFieldsSchema, problems)

  const venueIds = new Set(venues.map((venue) => venue.id))
  const roomIds = new Set(rooms.map((room) => room.id))
  const themeIds = new Set(themes.map((theme) => theme.id))
  const personIds = new Set(persons.map((person) => person.id))
  // A merged collectivité is a tombstone: not listed, and whoever names it reads the merged one.
  const mergedInto = new Map(collectiviteEntries.map((each) => [each.id, each.mergedIntoId]))
  const resolveCollectivite = (id: string | null) => mergeChainEnd(id, mergedInto)
  const collectivites = collectiviteEntries.flatMap(({ mergedIntoId: _, ...collectivite }) =>
    resolveCollectivite(collectivite.id) === collectivite.id ? [collectivite] : [],
  )
  const resolve = (id: string | null, known: Set<string>) =>
    id !== null && known.has(id) ? id : null
  const resolveAll = (ids: readonly string[]) => uniqueIds(ids.filter((id) => personIds.has(id)))

  meta.globalThemeId = resolve(meta.globalThemeId, themeIds)
  for (const room of rooms) room.venueId = resolve(room.venueId, venueIds)
  for (const person of persons) {
    person.collectiviteId = resolveCollectivite(person.collectiviteId)
  }
  for (const session of sessions) {
    session.roomIds = uniqueIds(session.roomIds.filter((id) => roomIds.has(id)))
    session.themeId = resolve(session.themeId, themeIds)
    for (const field of PEOPLE_FIELDS) session[field] = resolveAll(session[field])
  }
  const sessionIds = new Set(sessions.map((session) => session.id))
  const suggestionIds = new Set(suggestions.map((suggestion) => suggestion.id))
  const proposalIds = new Set(proposals.map((proposal) => proposal.id))
  for (const proposal of proposals) {
    proposal.themeId = resolve(proposal.themeId, themeIds)
    proposal.sessionId = resolve(proposal.sessionId, sessionIds)
    proposal.suggestionId = resolve(proposal.suggestionId, suggestionIds)
    proposal.mergedIntoId = resolve(proposal.mergedIntoId, proposalIds)
    proposal.supporterIds = uniqueIds(proposal.supporterIds)
  }
  proposals.sort((a, b) => compareText(a.createdAt, b.createdAt) || byId(a, b))
  // A comment on a deleted proposal is not shown.
  const proposalComments = comments
    .filter((comment) => proposalIds.has(comment.proposalId))
    .sort((a, b) => compareText(a.createdAt, b.createdAt) || byId(a, b))
  for (const suggestion of suggestions) {
    suggestion.themeId = resolve(suggestion.themeId, themeIds)
    suggestion.sessionId = resolve(suggestion.sessionId, sessionIds)
    suggestion.mergedIntoId = resolve(suggestion.mergedIntoId, suggestionIds)
    suggestion.proposalId = resolve(suggestion.proposalId, proposalIds)
    // Two members' concurrent +1 from one person reads as one.
    suggestion.supporterIds = uniqueIds(suggestion.supporterIds)
  }
  // Unplaced sessions (no day or time) come last, as the tray lists them.
  sessions.sort(
    (a, b) =>
      compareText(a.day ?? '~', b.day ?? '~') ||
      compareText(a.start ?? '~', b.start ?? '~') ||
      byId(a, b),
  )
  collectivites.sort(byId)
  meetings.sort((a, b) => compareText(a.date, b.date) || byId(a, b))
  for (const registration of registrations) {
    registration.collectiviteId = resolveCollectivite(registration.collectiviteId)
    registration.workshopIds = uniqueIds(registration.workshopIds.filter((id) => themeIds.has(id)))
  }
  registrations.sort((a, b) => compareText(a.createdAt, b.createdAt) || byId(a, b))
  // Newest first, as the wall shows them.
  suggestions.sort((a, b) => compareText(b.createdAt, a.createdAt) || byId(a, b))
  problems.sort((a, b) => compareText(problemKey(a), problemKey(b)))
  return {
    value: {
      meta,
      days,
      venues,
      rooms,
      themes,
      sessions,
      persons,
      collectivites,
      meetings,
      suggestions,
      registrations,
      proposals,
      proposalComments,
    },
    problems,
  }
}
