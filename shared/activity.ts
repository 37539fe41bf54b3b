import * as z from 'zod'
import { type Committee, CommitteeSchema } from './access'
import { LocalizedTextSchema } from './doc/edition/schema'

/**
 * Who made a change: a signed-in member; a participant of a public page,
 * named as they named themselves (so never shown as a member); or Kaigi.
 */
export const ActorKind = { Member: 'member', Participant: 'participant', Kaigi: 'kaigi' } as const
export type ActorKind = (typeof ActorKind)[keyof typeof ActorKind]

/** What was done to an entity. */
export const ActivityAction = { Created: 'created', Edited: 'edited', Deleted: 'deleted' } as const
export type ActivityAction = (typeof ActivityAction)[keyof typeof ActivityAction]

/**
 * One readable entry of an edition's activity: one person's changes to one
 * entity (a session, a theme, the edition's details…), grouped while they
 * kept at it. "Aiko (JP) edited the Japanese title of Atelier 2".
 */
export const ActivityEntrySchema = z.object({
  id: z.string(),
  /** The member who made the change; null for a participant or for Kaigi itself. */
  personId: z.string().nullable(),
  actorKind: z.enum(ActorKind),
  actorName: z.string(),
  committee: CommitteeSchema.nullable(),
  /** `meta` (the edition's details) or a collection: `sessions`, `themes`… */
  section: z.string(),
  /** The entity's id; empty for the edition's details. */
  entityId: z.string(),
  action: z.enum(ActivityAction),
  /**
   * The fields changed, as paths: `title.ja`, `start`, `speakerIds`. Empty
   * for a creation or a deletion alone.
   */
  fields: z.array(z.string()),
  /** The entity's name as of the last change (before it, for a deletion). */
  label: LocalizedTextSchema,
  firstAt: z.string(),
  lastAt: z.string(),
  /** How many edits the entry groups. */
  changes: z.number().int().min(1),
})
export type ActivityEntry = z.infer<typeof ActivityEntrySchema>

/** `GET /api/editions/<id>/activity?entity=<id>&person=<id>&before=<next>`, newest first. */
export const ActivityListSchema = z.object({
  entries: z.array(ActivityEntrySchema),
  /** Pass as `before` for the next page; null at the end. */
  next: z.string().nullable(),
})
export type ActivityList = z.infer<typeof ActivityListSchema>

export const ActivityQuerySchema = z
  .object({
    entity: z.string().max(64).optional(),
    person: z.string().max(64).optional(),
    /** The `next` of the page before: where this page starts. */
    before: z
      .string()
      .regex(/^\d{1,15}\.[A-Za-z0-9_-]{1,64}$/, 'not a page cursor')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>

/** Who made a change, as the activity names them. */
export interface Actor {
  kind: ActorKind
  personId: string | null
  name: string
  committee: Committee | null
}

/**
 * Someone without an account who wrote through a public page: named as they
 * named themselves (or their collectivité); an empty name reads "a participant".
 */
export const participantActor = (name: string): Actor => ({
  kind: ActorKind.Participant,
  personId: null,
  name: name.trim(),
  committee: null,
})

/** The changes Kaigi makes on its own account. */
export const KAIGI_ACTOR: Actor = {
  kind: ActorKind.Kaigi,
  personId: null,
  name: 'Kaigi',
  committee: null,
}

/** An activity entry as stored: with its edition, and times as dates. */
export interface ActivityRecord extends Omit<ActivityEntry, 'firstAt' | 'lastAt'> {
  editionId: string
  firstAt: Date
  lastAt: Date
}
