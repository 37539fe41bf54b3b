import * as Y from 'yjs'
import type { Place } from './item-place'
import type { PlacementChain } from './placement-chain'

/** Whether a UTF-16 unit is the first half of a surrogate pair. */
export const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
/** Whether a UTF-16 unit is the second half of a surrogate pair. */
export const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The UTF-16 unit at clock `clock` of a string item (of the room or of the
 * update), or NaN when it holds no string there.
 */
export function unitAt(
  store: Y.Doc['store'],
  chain: PlacementChain<Place>,
  known: (client: number) => number,
  client: number,
  clock: number,
): number {
  if (clock < known(client)) {
    const item = Y.getItem(store, Y.createID(client, clock))
    if (!(item instanceof Y.Item) || !(item.content instanceof Y.ContentString)) return Number.NaN
    return item.content.str.charCodeAt(clock - item.id.clock)
  }
  const struct = chain.find({ client, clock })
  return struct?.text?.charCodeAt(clock - struct.clock) ?? Number.NaN
}
