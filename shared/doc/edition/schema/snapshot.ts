/** The edition as a whole: its layout version, its snapshot and the collections it holds. */
import * as z from 'zod'
import {
  MeetingSchema,
  ProposalCommentSchema,
  ProposalSchema,
  RegistrationSchema,
  SuggestionSchema,
} from './intake'
import { EditionMetaSchema } from './meta'
import { CollectiviteSchema, PersonSchema } from './people'
import { DaySchema, RoomSchema, SessionSchema, ThemeSchema, VenueSchema } from './programme'

/**
 * The layout version written in each edition document; bumped when the layout
 * changes. Version 2 gave sessions several rooms (`roomIds`, `allRooms`), an
 * unplaced state (no day or time), a kind of interpretation and two more
 * roles, and added venues and days; version 1 entries still read (legacy.ts).
 */
export const SCHEMA_VERSION = 2

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
