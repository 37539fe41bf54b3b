import type { PresenceIdentity } from '../../shared/doc/presence'
import type { AwarenessEntry } from './codec'

/**
 * `entry` with its `user` replaced by the identity the server knows for the
 * connection that sent it. A client's other fields (which session it has
 * open, whether it is typing) pass as they are; a state that is not an
 * object becomes just the identity. A removal ("null") stays a removal.
 */
export function stampPresence(entry: AwarenessEntry, identity: PresenceIdentity): AwarenessEntry {
  const state: unknown = JSON.parse(entry.state)
  if (state === null) return entry
  const fields = typeof state === 'object' && !Array.isArray(state) ? state : {}
  return { ...entry, state: JSON.stringify({ ...fields, user: identity }) }
}
