import { createHash, randomBytes } from 'node:crypto'

/** A secret for a link or a cookie: 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** Letters and digits read aloud and typed without doubt: no 0/o, 1/l/i. */
const TYPABLE = 'abcdefghjkmnpqrstuvwxyz23456789'

/** The shape of `newTypableCode`'s codes: a link of any other shape is no link. */
export const TYPABLE_CODE = /^[a-hj-km-np-z2-9]{10}$/

/**
 * A code for a public link that people type from a projector or a letter
 * (`/m/<code>`, `/f/<code>`): 10 characters, about 50 bits, lower case. Such
 * links only let anyone send a suggestion or a form, rate-limited.
 */
export function newTypableCode(): string {
  const bytes = randomBytes(10)
  let code = ''
  // 256 is not a multiple of 31: the first 8 letters come up a little more
  // often (9 in 256 against 8), which costs a fraction of a bit in all.
  for (const byte of bytes) code += TYPABLE[byte % TYPABLE.length]
  return code
}

/** A short public id (for an invitation's row, a person). */
export const newId = (): string => randomBytes(9).toString('base64url')

/**
 * What the database keeps of a token: its SHA-256. A stolen database copy
 * then opens no session and no link. A token is random and long, so a plain
 * hash is enough (no salt, no slow hash: there is nothing to guess).
 */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')
