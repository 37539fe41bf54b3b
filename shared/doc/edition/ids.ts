import { getRandomValues } from 'lib0/webcrypto'

// 32 letters and digits without look-alikes: 12 of them carry 60 random bits,
// plenty for the few thousand entries of an edition, and keep updates short.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const ID_LENGTH = 12

/** A new random id for an entry, e.g. '7k2m9xq4p0ab'. */
export function newId(): string {
  const bytes = getRandomValues(new Uint8Array(ID_LENGTH))
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}
