import { Role } from '../../shared/access'

/**
 * Why an edition is shown read-only: it is a `record` (a past edition, an
 * archived one, or one written by a newer Kaigi), or the member is a
 * `viewer`. The record comes first: it holds for everyone.
 */
export const ReadOnlyReason = { Record: 'record', Viewer: 'viewer' } as const
export type ReadOnlyReason = (typeof ReadOnlyReason)[keyof typeof ReadOnlyReason]

export function readOnlyReason(record: boolean, role: Role | null): ReadOnlyReason | null {
  if (record) return ReadOnlyReason.Record
  // An unknown role (the server unreachable) edits: the server has the last word.
  return role === Role.Viewer ? ReadOnlyReason.Viewer : null
}
