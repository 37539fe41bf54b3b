import type { ConnectionAccess } from '../../server/sync/connection'

/** A connection's rights as the sync route grants them, for tests that join rooms directly. */
export function memberAccess(overrides: Partial<ConnectionAccess> = {}): ConnectionAccess {
  return {
    canEdit: true,
    identity: { name: 'Aiko', color: '#2f6db5' },
    personId: 'person-aiko',
    editionId: null,
    sessionHash: 'session-aiko',
    ...overrides,
  }
}
