import * as z from 'zod'
import { CloseCode, CloseReason } from '../../shared/protocol'
import type { ConnectionAccess } from './connection'

/**
 * A rule of a revocation: the sockets it picks are closed with its code and
 * reason. A revocation's rules apply in order, the first that picks a socket
 * closing it.
 */
export interface Revocation {
  match: (docName: string, access: ConnectionAccess) => boolean
  code: CloseCode
  reason: string
}

/**
 * An access that ended, as every process holding sockets must hear of it:
 * plain data, so that it can cross Redis, turned into the rules that close
 * the sockets by `revocationsOf`.
 */
export const AccessEndSchema = z.discriminatedUnion('kind', [
  /** A sign-in session signed out: its sockets close, whatever their document. */
  z.object({ kind: z.literal('signed-out'), sessionHash: z.string() }),
  /** A member lost an edition. */
  z.object({ kind: z.literal('revoked'), personId: z.string(), editionId: z.string() }),
])
export type AccessEnd = z.infer<typeof AccessEndSchema>

const ACCESS_CHANGED = 'access changed: reconnect'

/** The rules that close the sockets `end` ends, each socket by the first that picks it. */
export function revocationsOf(end: AccessEnd): Revocation[] {
  if (end.kind === 'signed-out') {
    return [
      {
        match: (_doc, access) => access.sessionHash === end.sessionHash,
        code: CloseCode.Unauthorized,
        reason: CloseReason.SignedOut,
      },
    ]
  }
  // Every socket of theirs closes, not only this edition's: a plain shared
  // text is open to whoever edits some edition, so the door (the sync
  // route) decides again, as they reconnect, what they may still open.
  const theirs = (access: { personId: string }) => access.personId === end.personId
  return [
    {
      match: (_doc, access) => theirs(access) && access.editionId === end.editionId,
      code: CloseCode.Forbidden,
      reason: CloseReason.Revoked,
    },
    {
      match: (_doc, access) => theirs(access),
      code: CloseCode.TryAgainLater,
      reason: ACCESS_CHANGED,
    },
  ]
}

/** Reads an access end another process published; null for anything else. */
export function parseAccessEnd(text: string): AccessEnd | null {
  try {
    return AccessEndSchema.parse(JSON.parse(text))
  } catch {
    return null
  }
}
