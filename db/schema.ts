import {
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'
import { Committee, Role } from '../shared/access'
import { ActivityAction, ActorKind } from '../shared/activity'
import { ContactLanguage } from '../shared/directory'
import { CollectiviteKind, Country, type LocalizedText } from '../shared/doc/edition/schema'
import { type AttachmentRecipe, MessageState, SendKind } from '../shared/mail'
import { Interpretation, type RegistrationMember } from '../shared/registrations'

/**
 * The values of one of shared/'s constant objects, as drizzle's `enum`
 * takes them: each column's values have one source, the shared constant.
 */
const valuesOf = <T extends Record<string, string>>(values: T) =>
  Object.values(values) as [T[keyof T], ...T[keyof T][]]

/**
 * One row per synced document: its compacted state. A document is its
 * snapshot followed by its rows in `document_updates`, in id order.
 */
export const documents = sqliteTable('documents', {
  name: text('name').primaryKey(),
  snapshot: blob('snapshot', { mode: 'buffer' }).notNull(),
  compactedAt: integer('compacted_at', { mode: 'timestamp_ms' }).notNull(),
  /**
   * The last id of the update log folded into the snapshot: every update up
   * to it is in the snapshot, the rows after it are not. Several processes
   * compact the same document; a snapshot replaces this one only if it
   * folds more (a compare-and-set), so none undoes another's.
   */
  compactedThrough: integer('compacted_through').notNull().default(0),
})

/**
 * The update log: every accepted Yjs update, appended before it is applied
 * and relayed. Compaction folds a document's rows into its snapshot.
 */
export const documentUpdates = sqliteTable(
  'document_updates',
  {
    // AUTOINCREMENT: an id is never given twice, even after compaction
    // deleted the highest rows, so "the rows after id n" always means the
    // updates committed after it (what a process catching up reads).
    id: integer('id').primaryKey({ autoIncrement: true }),
    docName: text('doc_name').notNull(),
    update: blob('update', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('document_updates_doc_name_id').on(table.docName, table.id)],
)

/**
 * The editions (one Rencontres each). What an edition says (title, city,
 * dates, programme) lives in its Yjs document, `docName`; this row makes it
 * listable and is where access rules attach.
 */
export const editions = sqliteTable('editions', {
  id: text('id').primaryKey(),
  docName: text('doc_name').notNull().unique(),
  /** A past edition kept as a record: listed, never edited. */
  readOnly: integer('read_only', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  /**
   * When a member of it was last revoked: a link made before then no longer
   * admits a new person directly (see `arrivalRequests`).
   */
  lastRevocationAt: integer('last_revocation_at', { mode: 'timestamp_ms' }),
  /**
   * The layout of texts (`TEXT_LAYOUT`) the edition's document was last
   * checked for at start; an edition checked for this Kaigi's layout is not
   * read again (server/editions/text-layout.ts). Null until its first check.
   */
  textLayout: text('text_layout'),
})

/**
 * A person who has signed in through an invitation link. `admin` is the
 * instance's owner (the first start's link, or `KAIGI_OWNER_TOKEN`): owner of
 * every edition.
 */
export const people = sqliteTable('people', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  admin: integer('admin', { mode: 'boolean' }).notNull().default(false),
  /**
   * The committee the instance's owner said they sit on when signing in:
   * theirs wherever a membership carries none.
   */
  committee: text('committee', { enum: valuesOf(Committee) }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
})

/** A person's role in one edition. A revoked membership stays, as a record. */
export const memberships = sqliteTable(
  'memberships',
  {
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role', { enum: valuesOf(Role) }).notNull(),
    committee: text('committee', { enum: valuesOf(Committee) }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [primaryKey({ columns: [table.editionId, table.personId] })],
)

/**
 * An invitation link. Only the SHA-256 of its token is stored: the link is
 * shown once, to whoever creates it. No edition: the instance owner's link.
 */
export const invitations = sqliteTable('invitations', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  editionId: text('edition_id').references(() => editions.id),
  role: text('role', { enum: valuesOf(Role) }).notNull(),
  committee: text('committee', { enum: valuesOf(Committee) }),
  createdBy: text('created_by').references(() => people.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
  maxUses: integer('max_uses'),
  uses: integer('uses').notNull().default(0),
  revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
})

/** Who came in through an invitation link, and when: one row per acceptance. */
export const invitationUses = sqliteTable(
  'invitation_uses',
  {
    id: text('id').primaryKey(),
    invitationId: text('invitation_id')
      .notNull()
      .references(() => invitations.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('invitation_uses_invitation').on(table.invitationId, table.usedAt)],
)

/**
 * A person who came through a link made before the latest revocation in its
 * edition: they wait, with no access, until an owner approves them (who then
 * becomes a member with the link's role) or refuses them (the row goes).
 */
export const arrivalRequests = sqliteTable(
  'arrival_requests',
  {
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    invitationId: text('invitation_id')
      .notNull()
      .references(() => invitations.id),
    /** The committee the link names, or the one they chose on arrival. */
    committee: text('committee', { enum: valuesOf(Committee) }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.editionId, table.personId] })],
)

/**
 * A one-time link that signs another device in as the person who made it:
 * no role, no edition, only who they are. Only the SHA-256 of its token is
 * stored; `sessionHash` is the session it opened, once used.
 */
export const deviceLinks = sqliteTable(
  'device_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    sessionHash: text('session_hash'),
  },
  (table) => [index('device_links_person').on(table.personId)],
)

/** A signed-in browser. Only the SHA-256 of the cookie's token is stored. */
export const signInSessions = sqliteTable(
  'sign_in_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('sign_in_sessions_person').on(table.personId)],
)

/**
 * The participant link of a meeting (`/m/<token>`): public by design (shown
 * on the room's projector), so its token is kept as it is; one per meeting.
 */
export const participantLinks = sqliteTable(
  'participant_links',
  {
    token: text('token').primaryKey(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    meetingId: text('meeting_id').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('participant_links_meeting').on(table.editionId, table.meetingId)],
)

/** An edition's participation form: its public link and its deadline. */
export const registrationForms = sqliteTable('registration_forms', {
  editionId: text('edition_id')
    .primaryKey()
    .references(() => editions.id),
  token: text('token').notNull().unique(),
  deadline: integer('deadline', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * A returned participation form, whole: the contact person and e-mail are
 * kept here only. The edition's document holds the rest, for the live list
 * and counts, under the same id.
 */
export const registrations = sqliteTable(
  'registrations',
  {
    id: text('id').primaryKey(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    collectiviteId: text('collectivite_id'),
    collectiviteName: text('collectivite_name').notNull(),
    country: text('country', { enum: valuesOf(Country) }).notNull(),
    contactName: text('contact_name').notNull(),
    email: text('email').notNull(),
    delegates: integer('delegates').notNull(),
    workshopIds: text('workshop_ids', { mode: 'json' }).$type<string[]>().notNull(),
    wantsToSpeak: integer('wants_to_speak', { mode: 'boolean' }).notNull(),
    wantsToPropose: integer('wants_to_propose', { mode: 'boolean' }).notNull(),
    /** The delegation's members: names in both scripts, functions and e-mails, here only. */
    members: text('members', { mode: 'json' }).$type<RegistrationMember[]>().notNull().default([]),
    /** The days of the edition the delegation attends (also in the document). */
    dayIds: text('day_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    interpretation: text('interpretation', { enum: valuesOf(Interpretation) })
      .notNull()
      .default('none'),
    dietaryNeeds: text('dietary_needs').notNull().default(''),
    accessibilityNeeds: text('accessibility_needs').notNull().default(''),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** When it was last amended (through the personal link, or by an editor). */
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('registrations_edition').on(table.editionId, table.createdAt),
    index('registrations_collectivite').on(table.editionId, table.collectiviteId),
  ],
)

/**
 * Each collectivité's own link to an edition's form (`/f/<token>`), made the
 * first time a letter or the committee asks for it and the same ever after:
 * what it sends is that collectivité's registration, and only that one.
 */
export const personalFormLinks = sqliteTable(
  'personal_form_links',
  {
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    /** The collectivité's id in the edition's document. */
    collectiviteId: text('collectivite_id').notNull(),
    token: text('token').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.editionId, table.collectiviteId] })],
)

/**
 * A named version of an edition: the whole document's state when it was
 * saved, its author and time. `publishedAt` marks the versions that were
 * the published programme; the latest of them is the one in force.
 */
export const versions = sqliteTable(
  'versions',
  {
    id: text('id').primaryKey(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    name: text('name').notNull(),
    authorId: text('author_id').references(() => people.id),
    authorName: text('author_name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    state: blob('state', { mode: 'buffer' }).notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('versions_edition').on(table.editionId, table.createdAt)],
)

/**
 * An edition's activity: who changed what and when, one row per person and
 * entity while they keep at it (see `server/activity`). Written in the same
 * transaction as the updates it describes, and kept apart from the update
 * log, so that compaction leaves it whole.
 */
export const activity = sqliteTable(
  'activity',
  {
    id: text('id').primaryKey(),
    editionId: text('edition_id').notNull(),
    /** The member; null for a participant without an account, or for Kaigi itself. */
    personId: text('person_id'),
    // Entries written before authors had kinds read as members'.
    actorKind: text('actor_kind', { enum: valuesOf(ActorKind) })
      .notNull()
      .default('member'),
    actorName: text('actor_name').notNull(),
    committee: text('committee', { enum: valuesOf(Committee) }),
    section: text('section').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: valuesOf(ActivityAction) }).notNull(),
    fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
    label: text('label', { mode: 'json' }).$type<LocalizedText>().notNull(),
    firstAt: integer('first_at', { mode: 'timestamp_ms' }).notNull(),
    lastAt: integer('last_at', { mode: 'timestamp_ms' }).notNull(),
    changes: integer('changes').notNull(),
  },
  (table) => [
    index('activity_edition').on(table.editionId, table.lastAt),
    index('activity_entity').on(table.editionId, table.entityId, table.lastAt),
    index('activity_person').on(table.editionId, table.personId, table.lastAt),
  ],
)

/**
 * Who writes under each Yjs client id of a document: the person whose
 * update first wrote that client's clocks (null: the server's own
 * changes). Yjs takes a client's clocks as that client's, so an update
 * under another person's client id would take their next clocks, and their
 * own later edits would read as already known and be dropped.
 */
export const documentClients = sqliteTable(
  'document_clients',
  {
    docName: text('doc_name').notNull(),
    clientId: integer('client_id').notNull(),
    personId: text('person_id'),
  },
  (table) => [primaryKey({ columns: [table.docName, table.clientId] })],
)

/**
 * The directory of collectivités across editions. Their contacts are
 * personal data: kept here only, never in an edition's document.
 */
export const directoryCollectivites = sqliteTable(
  'directory_collectivites',
  {
    id: text('id').primaryKey(),
    nameFr: text('name_fr').notNull(),
    nameJa: text('name_ja').notNull(),
    country: text('country', { enum: valuesOf(Country) }).notNull(),
    kind: text('kind', { enum: valuesOf(CollectiviteKind) }).notNull(),
    address: text('address').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('directory_collectivites_country').on(table.country)],
)

/** A contact of a collectivité of the directory: who the letters go to, in their language. */
export const directoryContacts = sqliteTable(
  'directory_contacts',
  {
    id: text('id').primaryKey(),
    collectiviteId: text('collectivite_id')
      .notNull()
      .references(() => directoryCollectivites.id, { onDelete: 'cascade' }),
    /** Its place among the collectivité's contacts: the first is the letter's recipient. */
    position: integer('position').notNull(),
    name: text('name').notNull(),
    function: text('function').notNull(),
    email: text('email').notNull(),
    language: text('language', { enum: valuesOf(ContactLanguage) }).notNull(),
  },
  (table) => [index('directory_contacts_collectivite').on(table.collectiviteId, table.position)],
)

/** That a collectivité of the directory took part in an edition. */
export const directoryParticipations = sqliteTable(
  'directory_participations',
  {
    collectiviteId: text('collectivite_id')
      .notNull()
      .references(() => directoryCollectivites.id, { onDelete: 'cascade' }),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
  },
  (table) => [primaryKey({ columns: [table.collectiviteId, table.editionId] })],
)

/**
 * A send of the outbox: one action that queued messages (the pack to the
 * directory, a reminder…), committed with that action.
 */
export const outboxSends = sqliteTable(
  'outbox_sends',
  {
    id: text('id').primaryKey(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    kind: text('kind', { enum: valuesOf(SendKind) }).notNull(),
    /** The member who asked for it; null for Kaigi itself. */
    createdBy: text('created_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('outbox_sends_edition').on(table.editionId, table.createdAt)],
)

/**
 * A message of the outbox, with what it says and the recipes of its
 * attachments (made when it is sent). The mail worker claims it (`leaseUntil`)
 * before sending, so that a restarted process takes it up again only once
 * that claim has lapsed, and marks it sent once the server accepted it.
 */
export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    id: text('id').primaryKey(),
    sendId: text('send_id')
      .notNull()
      .references(() => outboxSends.id, { onDelete: 'cascade' }),
    editionId: text('edition_id').notNull(),
    /** Its place in its send: messages leave in the order they were queued. */
    position: integer('position').notNull(),
    collectiviteId: text('collectivite_id'),
    toName: text('to_name').notNull(),
    toEmail: text('to_email').notNull(),
    language: text('language', { enum: valuesOf(ContactLanguage) }).notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    attachments: text('attachments', { mode: 'json' }).$type<AttachmentRecipe[]>().notNull(),
    /** Its `Message-ID` header, the same at every attempt: receivers drop a copy they hold. */
    messageId: text('message_id').notNull(),
    state: text('state', { enum: valuesOf(MessageState) }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** When it may be attempted (again): its creation, then its backoff. */
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** Until when a worker holds it; null when no attempt is under way. */
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('outbox_messages_send').on(table.sendId, table.position),
    index('outbox_messages_due').on(table.state, table.nextAttemptAt),
    uniqueIndex('outbox_messages_message_id').on(table.messageId),
  ],
)
