/** The programme's entities: the edition's days, its venues and rooms, its themes and sessions. */
import * as z from 'zod'
import { MAX_SESSION_MINUTES, SLOT_MINUTES } from '../grid'
import {
  InterpretationSchema,
  SessionKindSchema,
  SessionStatusSchema,
  ThemeKindSchema,
} from './codes'
import { ClockTimeSchema, IdSchema, IsoDateSchema, LocalizedTextSchema } from './values'

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
