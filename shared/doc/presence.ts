import { z } from 'zod'

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
