/**
 * The codes the edition's entities are written with, and their zod enums.
 * Codes are ASCII; their labels live in the i18n files.
 */
import * as z from 'zod'

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
