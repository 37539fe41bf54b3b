import * as z from 'zod'

/** The longest name a client may announce. */
export const MAX_PRESENCE_NAME_LENGTH = 60

/**
 * What each client announces about itself through Yjs awareness. Other
 * clients' states arrive from the network, so they are parsed, never trusted.
 */
export const PresenceIdentitySchema = z.object({
  name: z.string().trim().min(1).max(MAX_PRESENCE_NAME_LENGTH),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The member's steering committee, when they sit on one. */
  committee: z.enum(['fr', 'jp']).nullable().optional(),
})
/**
 * Who a presence is. The server writes it into every awareness state it
 * relays, from the member's sign-in: a client cannot pass for someone else.
 */
export type PresenceIdentity = z.infer<typeof PresenceIdentitySchema>

export const PresenceSchema = z.object({
  user: PresenceIdentitySchema,
  /** Whether the client's text field has the focus. */
  editing: z.boolean().default(false),
})
export type Presence = z.infer<typeof PresenceSchema>

/** `state` as a presence, or null if it is not one. */
export function parsePresence(state: unknown): Presence | null {
  const parsed = PresenceSchema.safeParse(state)
  return parsed.success ? parsed.data : null
}

/**
 * The most a client's awareness state may hold, as JSON. What the client
 * announces (its identity, whether it types, the session it edits) is a few
 * hundred bytes; the rest of a frame's 2 MiB would only be work for the server.
 */
export const MAX_PRESENCE_STATE_BYTES = 4 * 1024

/**
 * The most all the presences of one room may hold together, as JSON: what a
 * member joining is sent at once. 64 presences at the limit, or well over a
 * thousand members' real ones.
 */
export const MAX_ROOM_PRESENCE_BYTES = 256 * 1024
