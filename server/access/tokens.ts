import { createHash, randomBytes } from 'node:crypto'

/** A secret for a link or a cookie: 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** A short public id (for an invitation's row, a person). */
export const newId = (): string => randomBytes(9).toString('base64url')

/**
 * What the database keeps of a token: its SHA-256. A stolen database copy
 * then opens no session and no link. A token is random and long, so a plain
 * hash is enough (no salt, no slow hash: there is nothing to guess).
 */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')
