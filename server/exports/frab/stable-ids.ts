/**
 * The ids frab's files give events, people and rooms, made from Kaigi's own
 * ids so that every export gives the same thing the same id.
 */
import { createHash } from 'node:crypto'

/**
 * The namespace of Kaigi's name-based UUIDs (version 5). Never change it: a
 * guid must stay the same across exports, or apps take each re-import for a
 * new event.
 */
const KAIGI_NAMESPACE = Buffer.from('f5b69b7b392d44a8817061a4bd234b88', 'hex')

/** The UUID version 5 of `name` in Kaigi's namespace: the same name, the same UUID. */
export function uuidV5(name: string): string {
  const hash = createHash('sha1').update(KAIGI_NAMESPACE).update(name, 'utf8').digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const MAX_INT32 = 0x7fffffff

/**
 * Positive 31-bit numbers for the legacy `id`s (the XSD requires them on
 * events and keeps them unique): taken from each guid, so they do not change
 * from one export to the next; a rare clash moves to the next free number,
 * in key order so that it does not depend on the programme's order.
 */
export function numericIds(guidByKey: ReadonlyMap<string, string>): Map<string, number> {
  const ids = new Map<string, number>()
  const taken = new Set<number>()
  for (const key of [...guidByKey.keys()].sort()) {
    let id = Number.parseInt((guidByKey.get(key) ?? '').slice(0, 8), 16) & MAX_INT32 || 1
    while (taken.has(id)) id = (id % MAX_INT32) + 1
    taken.add(id)
    ids.set(key, id)
  }
  return ids
}
