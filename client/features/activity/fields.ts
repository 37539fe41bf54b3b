import type {
  Collection,
  CollectiviteFieldsSchema,
  DayFieldsSchema,
  EditionMetaSchema,
  LOCALIZED_FIELDS,
  MeetingFieldsSchema,
  PersonFieldsSchema,
  ProposalCommentFieldsSchema,
  ProposalFieldsSchema,
  RegistrationFieldsSchema,
  RoomFieldsSchema,
  SessionFieldsSchema,
  SuggestionFieldsSchema,
  ThemeFieldsSchema,
  VenueFieldsSchema,
} from '../../../shared/doc/edition'
import type { Section } from '../../../shared/doc/edition/layout'

/**
 * The schema of each section of the document, the same ones the activity
 * reads its fields from (shared/doc/edition/activity.ts). A section added to
 * the layout without its line here fails the type check below.
 */
interface SectionSchemas {
  meta: typeof EditionMetaSchema
  days: typeof DayFieldsSchema
  venues: typeof VenueFieldsSchema
  rooms: typeof RoomFieldsSchema
  themes: typeof ThemeFieldsSchema
  sessions: typeof SessionFieldsSchema
  persons: typeof PersonFieldsSchema
  collectivites: typeof CollectiviteFieldsSchema
  meetings: typeof MeetingFieldsSchema
  suggestions: typeof SuggestionFieldsSchema
  registrations: typeof RegistrationFieldsSchema
  proposals: typeof ProposalFieldsSchema
  proposalComments: typeof ProposalCommentFieldsSchema
}

/** The fields of one section, as its schema names them. */
export type FieldOf<S extends Section> = keyof SectionSchemas[S]['shape'] & string

/** Every field of every section. */
export type SchemaField = { [S in Section]: FieldOf<S> }[Section]

/** The texts written in each language (`title`, `label`…), worded with their language. */
export type TextField = (typeof LOCALIZED_FIELDS)[keyof typeof LOCALIZED_FIELDS][number]

/**
 * Names the activity reads fields by that no schema holds: a session's day
 * and start are its schedule, its rooms its room (as layout 1 named them).
 */
export type ReadField = 'schedule' | 'roomId'

/**
 * Fields of layout 2 whose schema lines land with their own features (a
 * day's own hours); worded already, so that they never read as codes.
 */
type ComingField = 'ownHours'

/**
 * Each language's words for every field that is not a text: a field added to
 * a schema without its words here fails the type check, instead of showing
 * its code to the committees.
 */
export type FieldWords = Readonly<
  Record<Exclude<SchemaField, TextField> | ReadField | ComingField, string>
>

/** Each language's words for each text field, in the shape its grammar needs. */
export type TextWords<T> = Readonly<Record<TextField, T>>

/** Each kind of entity named with its label, as what was created, deleted or edited. */
export type ThingWords = Readonly<Record<Collection, (label: string) => string>>

/**
 * The words for `key`, or undefined for a key no map names (a foreign
 * client's field, or one such as `constructor` that an object inherits).
 */
export function wordsFor<T>(
  words: Readonly<Partial<Record<string, T>>>,
  key: string,
): T | undefined {
  return Object.hasOwn(words, key) ? words[key] : undefined
}
