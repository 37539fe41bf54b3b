/**
 * The edition's entities as zod schemas, and their types inferred from them:
 * the one source of truth for what a snapshot of an edition holds and what
 * the mutators accept. Codes are ASCII; their labels live in the i18n files.
 */
import { z } from 'zod'
import { MAX_SESSION_MINUTES, parseClockTime, SLOT_MINUTES } from './grid'
import { isValidTimeZone } from './time'

/**
 * The layout version written in each edition document; bumped when the layout
 * changes. Version 2 gave sessions several rooms (`roomIds`, `allRooms`), an
 * unplaced state (no day or time), a kind of interpretation and two more
 * roles, and added venues and days; version 1 entries still read (legacy.ts).
 */
export const SCHEMA_VERSION = 2

/** The longest text a field may hold (a long description fits many times over). */
export const MAX_TEXT_LENGTH = 20_000

/** Content languages. French and Japanese are required, English is optional. */
export const Lang = { French: 'fr', Japanese: 'ja', English: 'en' } as const
export type Lang = (typeof Lang)[keyof typeof Lang]
/** Every content language, in display order. */
export const LANGS: readonly Lang[] = [Lang.French, Lang.Japanese, Lang.English]
/** The languages every required text must have. */
export const REQUIRED_LANGS: readonly Lang[] = [Lang.French, Lang.Japanese]

/** The two countries of the Rencontres (ISO 3166-1 alpha-2). */
export const Country = { France: 'FR', Japan: 'JP' } as const
export type Country = (typeof Country)[keyof typeof Country]

/**
 * `draft`: being prepared, edited freely. `published`: an official programme
 * is public; edits continue and show up in the next published version.
 * `archived`: a past edition kept as a read-only record.
 */
export const EditionStatus = {
  Draft: 'draft',
  Published: 'published',
  Archived: 'archived',
} as const
export type EditionStatus = (typeof EditionStatus)[keyof typeof EditionStatus]

export const ThemeKind = { Global: 'global', Workshop: 'workshop' } as const
export type ThemeKind = (typeof ThemeKind)[keyof typeof ThemeKind]

export const SessionKind = {
  Plenary: 'plenary',
  Workshop: 'workshop',
  SiteVisit: 'site_visit',
  Ceremony: 'ceremony',
  Reception: 'reception',
  Break: 'break',
  Other: 'other',
} as const
export type SessionKind = (typeof SessionKind)[keyof typeof SessionKind]

export const SessionStatus = { Draft: 'draft', Confirmed: 'confirmed' } as const
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus]

/** French ⇄ Japanese interpretation: simultaneous needs booths in the room, consecutive does not. */
export const Interpretation = {
  None: 'none',
  Consecutive: 'consecutive',
  Simultaneous: 'simultaneous',
} as const
export type Interpretation = (typeof Interpretation)[keyof typeof Interpretation]

/**
 * The parts people play in a session, in the order a programme lists them,
 * each with the session field holding its people in order.
 */
export const SessionRole = {
  Moderator: 'moderator',
  Speaker: 'speaker',
  Rapporteur: 'rapporteur',
  /** Grand témoin: a guest who draws the lessons of the session. */
  Witness: 'witness',
} as const
export type SessionRole = (typeof SessionRole)[keyof typeof SessionRole]
/** Every role, in programme order. */
export const SESSION_ROLES: readonly SessionRole[] = Object.values(SessionRole)
/** The session field listing the people of each role. */
export const PEOPLE_FIELD_OF_ROLE = {
  moderator: 'moderatorIds',
  speaker: 'speakerIds',
  rapporteur: 'rapporteurIds',
  witness: 'witnessIds',
} as const satisfies Record<SessionRole, string>
export type PeopleField = (typeof PEOPLE_FIELD_OF_ROLE)[SessionRole]
/** Every session field listing people. */
export const PEOPLE_FIELDS: readonly PeopleField[] = Object.values(PEOPLE_FIELD_OF_ROLE)

/** Kinds of local authority: French ones, then Japanese ones (市, 町, 村, 都道府県). */
export const CollectiviteKind = {
  Commune: 'commune',
  Departement: 'departement',
  Region: 'region',
  /** Métropole, communauté d'agglomération or de communes. */
  Intercommunality: 'intercommunality',
  City: 'city',
  Town: 'town',
  Village: 'village',
  Prefecture: 'prefecture',
} as const
export type CollectiviteKind = (typeof CollectiviteKind)[keyof typeof CollectiviteKind]

/** The kinds that exist in each country. */
export const COLLECTIVITE_KINDS_BY_COUNTRY: Readonly<Record<Country, readonly CollectiviteKind[]>> =
  {
    FR: ['commune', 'departement', 'region', 'intercommunality'],
    JP: ['city', 'town', 'village', 'prefecture'],
  }

/** What a suggestion is about. */
export const SuggestionTarget = {
  GlobalTheme: 'global_theme',
  Workshop: 'workshop',
  Programme: 'programme',
  Other: 'other',
} as const
export type SuggestionTarget = (typeof SuggestionTarget)[keyof typeof SuggestionTarget]

/**
 * A suggestion's triage: `new` until the chair decides; `kept` for later;
 * `merged` into another suggestion; `dismissed`; `converted` into a
 * programme session (or a workshop proposal), which it links to.
 */
export const SuggestionStatus = {
  New: 'new',
  Kept: 'kept',
  Merged: 'merged',
  Dismissed: 'dismissed',
  Converted: 'converted',
} as const
export type SuggestionStatus = (typeof SuggestionStatus)[keyof typeof SuggestionStatus]

/** A workshop proposal's way through the committees. */
export const ProposalStatus = {
  Submitted: 'submitted',
  UnderReview: 'under_review',
  Accepted: 'accepted',
  Merged: 'merged',
  Declined: 'declined',
} as const
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus]

/** The longest suggestion: a few sentences said in a meeting, not a report. */
export const MAX_SUGGESTION_LENGTH = 1000
export const MAX_SUGGESTION_NAME_LENGTH = 100
export const MAX_SUGGESTION_COLLECTIVITE_LENGTH = 200

/** An entity's id: the key of its entry in the document. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id')
export type Id = z.infer<typeof IdSchema>

/** A calendar day, 'YYYY-MM-DD'. */
export const IsoDateSchema = z.iso.date()
/** A time of day on the 5-minute grid, 'HH:MM', in the edition's time zone. */
export const ClockTimeSchema = z
  .string()
  .refine((value) => parseClockTime(value) !== null, 'not a time of day HH:MM')
  .refine((value) => (parseClockTime(value) ?? 0) % SLOT_MINUTES === 0, 'not on the 5-minute grid')
/** An IANA time zone name this runtime knows, e.g. 'Asia/Tokyo'. */
export const TimeZoneSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, 'not an IANA time zone name')
  .refine(isValidTimeZone, 'unknown time zone')

const TextSchema = z.string().max(MAX_TEXT_LENGTH)

/** A text in French, Japanese and English; an absent language reads as empty. */
export const LocalizedTextSchema = z.object({
  fr: TextSchema.default(''),
  ja: TextSchema.default(''),
  en: TextSchema.default(''),
})
export type LocalizedText = z.infer<typeof LocalizedTextSchema>
export type LocalizedTextInput = z.input<typeof LocalizedTextSchema>
/** A change to some languages of a text; the others are left as they are. */
export const LocalizedTextPatchSchema = z
  .object({ fr: TextSchema.optional(), ja: TextSchema.optional(), en: TextSchema.optional() })
  .strict()

export const CountrySchema = z.enum(Country)
export const EditionStatusSchema = z.enum(EditionStatus)
export const ThemeKindSchema = z.enum(ThemeKind)
export const SessionKindSchema = z.enum(SessionKind)
export const SessionStatusSchema = z.enum(SessionStatus)
export const InterpretationSchema = z.enum(Interpretation)
export const SessionRoleSchema = z.enum(SessionRole)
export const CollectiviteKindSchema = z.enum(CollectiviteKind)
export const SuggestionTargetSchema = z.enum(SuggestionTarget)
export const SuggestionStatusSchema = z.enum(SuggestionStatus)
export const ProposalStatusSchema = z.enum(ProposalStatus)

const CountSchema = z.number().int().min(0).max(1_000_000).nullable()
/** Participation figures, null where unknown (a draft edition has none yet). */
export const ParticipationSchema = z.object({
  participants: CountSchema,
  collectivites: z.object({ FR: CountSchema, JP: CountSchema }),
})
export type Participation = z.infer<typeof ParticipationSchema>

/**
 * An edition's metadata. The dates are null while unknown (a past edition
 * whose exact days are not on record); `year` is always known.
 */
export const EditionMetaSchema = z.object({
  number: z.number().int().min(1).max(999),
  year: z.number().int().min(2000).max(2200),
  title: LocalizedTextSchema,
  hostCity: LocalizedTextSchema,
  hostCountry: CountrySchema,
  venue: LocalizedTextSchema,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  timeZone: TimeZoneSchema,
  globalThemeId: IdSchema.nullable(),
  status: EditionStatusSchema,
  participation: ParticipationSchema,
  /**
   * The invitation letter's template, one per language, written by each
   * committee (never machine-translated), with the fields Kaigi fills
   * (`{host_city}`, shared/letters/fields.ts).
   */
  letter: LocalizedTextSchema,
  /** Where the letter is signed ("Paris" / 「パリ」). */
  letterPlace: LocalizedTextSchema,
  /** The day the letter is dated; null until set. */
  letterDate: IsoDateSchema.nullable(),
  /** Who signs the letter, in order: persons of the edition, with their functions. */
  signatoryIds: z.array(IdSchema),
  /** With whom the participation form is returned (name, postal and e-mail address). */
  formReturn: LocalizedTextSchema,
})
export type EditionMeta = z.infer<typeof EditionMetaSchema>
export const EditionMetaPatchSchema = EditionMetaSchema.extend({
  title: LocalizedTextPatchSchema,
  hostCity: LocalizedTextPatchSchema,
  venue: LocalizedTextPatchSchema,
  letter: LocalizedTextPatchSchema,
  letterPlace: LocalizedTextPatchSchema,
  formReturn: LocalizedTextPatchSchema,
})
  .partial()
  .strict()
export type EditionMetaPatch = z.infer<typeof EditionMetaPatchSchema>

/** A place where sessions happen: the main venue, or another one (a site visit). */
export const VenueFieldsSchema = z.object({
  name: LocalizedTextSchema,
  address: LocalizedTextSchema,
  /** Order of the venues, ascending; the first is the edition's main venue. */
  position: z.number().finite(),
})
export const VenueSchema = VenueFieldsSchema.extend({ id: IdSchema })
export type Venue = z.infer<typeof VenueSchema>

export const RoomFieldsSchema = z.object({
  name: LocalizedTextSchema,
  capacity: z.number().int().positive().max(1_000_000).nullable(),
  /** Order of the rooms in the grid, ascending. */
  position: z.number().finite(),
  /** The venue the room is in; null when the edition has one place only. */
  venueId: IdSchema.nullable().default(null),
  /** Whether the room has booths for simultaneous interpretation. */
  booths: z.boolean().default(false),
})
export const RoomSchema = RoomFieldsSchema.extend({ id: IdSchema })
export type Room = z.infer<typeof RoomSchema>

export const ThemeFieldsSchema = z.object({
  kind: ThemeKindSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Order of the themes (workshop 1, 2, 3…), ascending. */
  position: z.number().finite(),
})
export const ThemeSchema = ThemeFieldsSchema.extend({ id: IdSchema })
export type Theme = z.infer<typeof ThemeSchema>

/**
 * A day of the edition, keyed by its date: the hours its grid shows and an
 * optional label ("Journée de visites" / 「視察日」). Each day of the
 * edition's dates has its entry from the moment the dates are set, so that
 * two members giving it its first label type into one text. A day without
 * an entry (or without hours of its own) reads as DEFAULT_DAY_BOUNDS.
 */
export const DayFieldsSchema = z.object({
  start: ClockTimeSchema,
  end: ClockTimeSchema,
  /** Whether `start` and `end` are the day's own hours; false, it has the default ones. */
  ownHours: z.boolean().default(false),
  label: LocalizedTextSchema,
})
export const DaySchema = DayFieldsSchema.extend({ id: IsoDateSchema })
export type Day = z.infer<typeof DaySchema>

/** The hours of a day that has no bounds of its own. */
export const DEFAULT_DAY_BOUNDS = { start: '09:00', end: '18:00' } as const

/**
 * A session. It is unplaced (in the tray, off the grid) while it has no day,
 * no start or no room; `allRooms` draws it across every room, present and
 * future (an opening plenary, a lunch break), and then `roomIds` is unused.
 */
export const SessionFieldsSchema = z.object({
  kind: SessionKindSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  day: IsoDateSchema.nullable(),
  start: ClockTimeSchema.nullable(),
  durationMinutes: z.number().int().positive().max(MAX_SESSION_MINUTES).multipleOf(SLOT_MINUTES),
  /** The rooms it takes, in the grid's order when drawn. */
  roomIds: z.array(IdSchema),
  allRooms: z.boolean(),
  themeId: IdSchema.nullable(),
  moderatorIds: z.array(IdSchema),
  speakerIds: z.array(IdSchema),
  rapporteurIds: z.array(IdSchema),
  witnessIds: z.array(IdSchema),
  interpretation: InterpretationSchema,
  status: SessionStatusSchema,
})
export const SessionSchema = SessionFieldsSchema.extend({ id: IdSchema })
export type Session = z.infer<typeof SessionSchema>

/**
 * A person. Each language holds the name as its readers write it: a French
 * name in katakana in `ja`, a Japanese one romanised in `fr`. `role` is the
 * person's function ("Maire adjointe" / 「副市長」), optional.
 */
export const PersonFieldsSchema = z.object({
  name: LocalizedTextSchema,
  /** How a name in kanji reads, in kana (しずおか たろう); empty for a name in Latin script. */
  reading: z.string().trim().max(200).default(''),
  role: LocalizedTextSchema,
  collectiviteId: IdSchema.nullable(),
})
export const PersonSchema = PersonFieldsSchema.extend({ id: IdSchema })
export type Person = z.infer<typeof PersonSchema>

export const CollectiviteFieldsSchema = z.object({
  name: LocalizedTextSchema,
  country: CountrySchema,
  kind: CollectiviteKindSchema,
  /**
   * The collectivité this one was merged into: it stays as a tombstone, so
   * that whoever named it at the moment of the merge reads the merged one.
   */
  mergedIntoId: IdSchema.nullable().default(null),
  /**
   * The directory's entry for it (server-side, with its address and
   * contacts): the letters of the invitation pack go to that entry's contact.
   */
  directoryId: IdSchema.nullable().default(null),
})
/** A collectivité as a snapshot lists it: merged ones are not listed, their names resolve. */
export const CollectiviteSchema = CollectiviteFieldsSchema.omit({ mergedIntoId: true }).extend({
  id: IdSchema,
})
export type Collectivite = z.infer<typeof CollectiviteSchema>

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

/** Everything an edition holds, as plain values. */
export const EditionSnapshotSchema = z.object({
  meta: EditionMetaSchema,
  days: z.array(DaySchema),
  venues: z.array(VenueSchema),
  rooms: z.array(RoomSchema),
  themes: z.array(ThemeSchema),
  sessions: z.array(SessionSchema),
  persons: z.array(PersonSchema),
  collectivites: z.array(CollectiviteSchema),
  meetings: z.array(MeetingSchema),
  suggestions: z.array(SuggestionSchema),
  registrations: z.array(RegistrationSchema),
  proposals: z.array(ProposalSchema),
  proposalComments: z.array(ProposalCommentSchema),
})
export type EditionSnapshot = z.infer<typeof EditionSnapshotSchema>

/** The collections of entities, each a map from id to entry in the document. */
export const Collection = {
  Days: 'days',
  Venues: 'venues',
  Rooms: 'rooms',
  Themes: 'themes',
  Sessions: 'sessions',
  Persons: 'persons',
  Collectivites: 'collectivites',
  Meetings: 'meetings',
  Suggestions: 'suggestions',
  Registrations: 'registrations',
  Proposals: 'proposals',
  ProposalComments: 'proposalComments',
} as const
export type Collection = (typeof Collection)[keyof typeof Collection]
/** Every collection, in reading order. */
export const COLLECTIONS: readonly Collection[] = Object.values(Collection)

/** The localized texts of the metadata and of each collection's entries. */
export const LOCALIZED_FIELDS = {
  meta: ['title', 'hostCity', 'venue', 'letter', 'letterPlace', 'formReturn'],
  days: ['label'],
  venues: ['name', 'address'],
  rooms: ['name'],
  themes: ['title', 'description'],
  sessions: ['title', 'description'],
  persons: ['name', 'role'],
  collectivites: ['name'],
  meetings: ['place', 'agenda', 'event'],
  suggestions: [],
  registrations: [],
  proposals: ['title', 'description'],
  proposalComments: [],
} as const satisfies Record<'meta' | Collection, readonly string[]>

/** The localized texts that must exist in every required language; the others need a translation only once written in some language. */
export const REQUIRED_TEXT_FIELDS = {
  meta: ['title', 'hostCity'],
  days: [],
  venues: ['name'],
  rooms: ['name'],
  themes: ['title'],
  sessions: ['title'],
  persons: ['name'],
  collectivites: ['name'],
  meetings: ['place'],
  suggestions: [],
  registrations: [],
  proposals: [],
  proposalComments: [],
} as const satisfies {
  [C in keyof typeof LOCALIZED_FIELDS]: readonly (typeof LOCALIZED_FIELDS)[C][number][]
}

/** The fields holding lists of ids. */
export const ID_LIST_FIELDS = {
  meta: ['signatoryIds'],
  days: [],
  venues: [],
  rooms: [],
  themes: [],
  sessions: ['roomIds', 'moderatorIds', 'speakerIds', 'rapporteurIds', 'witnessIds'],
  persons: [],
  collectivites: [],
  meetings: [],
  suggestions: ['supporterIds'],
  registrations: ['workshopIds'],
  proposals: ['supporterIds'],
  proposalComments: [],
} as const satisfies Record<'meta' | Collection, readonly string[]>

/** Where a localized text lives: the metadata's or an entry's field. */
export type TextPath =
  | { collection: 'meta'; field: (typeof LOCALIZED_FIELDS)['meta'][number] }
  | {
      [C in Collection]: { collection: C; id: Id; field: (typeof LOCALIZED_FIELDS)[C][number] }
    }[Collection]
