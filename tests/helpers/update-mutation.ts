import * as encoding from 'lib0/encoding'
import * as prng from 'lib0/prng'
import * as Y from 'yjs'

type Struct = Y.Item | Y.GC | Y.Skip

interface Block {
  client: number
  clock: number
  structs: Struct[]
}

interface Range {
  clock: number
  length: number
}

/** An update taken apart into Yjs's own structs, to be altered and written again. */
interface OpenUpdate {
  blocks: Block[]
  deletes: Map<number, Range[]>
}

function openUpdate(update: Uint8Array): OpenUpdate {
  const { structs, ds } = Y.decodeUpdate(update)
  const blocks: Block[] = []
  for (const struct of structs as Struct[]) {
    const last = blocks.at(-1)
    const lastStruct = last?.structs.at(-1)
    if (
      last &&
      lastStruct &&
      last.client === struct.id.client &&
      lastStruct.id.clock + lastStruct.length === struct.id.clock
    ) {
      last.structs.push(struct)
    } else {
      blocks.push({ client: struct.id.client, clock: struct.id.clock, structs: [struct] })
    }
  }
  const deletes = new Map<number, Range[]>()
  for (const [client, items] of ds.clients) {
    deletes.set(
      client,
      items.map((item) => ({ clock: item.clock, length: item.len })),
    )
  }
  return { blocks, deletes }
}

/** Writes the structs back as a v1 update, with Yjs's own struct writers. */
function closeUpdate({ blocks, deletes }: OpenUpdate): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  const rest = encoder.restEncoder
  const written = blocks.filter((block) => block.structs.length > 0)
  encoding.writeVarUint(rest, written.length)
  for (const block of written) {
    encoding.writeVarUint(rest, block.structs.length)
    encoder.writeClient(block.client)
    encoding.writeVarUint(rest, block.clock)
    for (const struct of block.structs) {
      if (struct instanceof Y.Skip) {
        encoder.writeInfo(10)
        encoding.writeVarUint(rest, struct.length)
      } else {
        struct.write(encoder, 0)
      }
    }
  }
  const clients = [...deletes].filter(([, ranges]) => ranges.length > 0)
  encoding.writeVarUint(rest, clients.length)
  for (const [client, ranges] of clients) {
    encoder.resetDsCurVal()
    encoding.writeVarUint(rest, client)
    encoding.writeVarUint(rest, ranges.length)
    for (const range of ranges) {
      encoder.writeDsClock(range.clock)
      encoder.writeDsLen(range.length)
    }
  }
  return encoder.toUint8Array()
}

/**
 * Ids an altered struct may point at: items of the replica (most of them
 * real, some just past what it holds) and structs of the update itself.
 */
function randomId(gen: prng.PRNG, context: Y.Doc, open: OpenUpdate): Y.ID {
  const own = open.blocks.flatMap((block) => block.structs)
  const clients = [...context.store.clients.keys()]
  const choice = prng.int32(gen, 0, 9)
  if ((choice < 3 || clients.length === 0) && own.length > 0) {
    const struct = prng.oneOf(gen, own)
    return Y.createID(struct.id.client, struct.id.clock + prng.int32(gen, 0, struct.length - 1))
  }
  if (clients.length === 0) return Y.createID(prng.uint32(gen, 0, 1000), 0)
  const client = prng.oneOf(gen, clients)
  const state = Y.getState(context.store, client)
  const clock = choice === 9 ? state + prng.int32(gen, 0, 2) : prng.int32(gen, 0, state - 1)
  return Y.createID(client, clock)
}

const ROOT_KEYS = ['t', 'a', 'm', 'x'] as const
const SUB_KEYS = ['titre', 'salle', 'k'] as const

/** What one mutation does, named so that a failure says which one made it. */
const MUTATIONS = [
  'origin-equals-right',
  'right-equals-origin',
  'swap-origins',
  'random-origin',
  'random-right',
  'drop-origin',
  'drop-right',
  'neighbour-instead-of-parent',
  'random-parent',
  'toggle-parent-sub',
  'shift-clock',
  'change-client',
  'change-length',
  'to-gc',
  'to-deleted',
  'to-type',
  'add-skip',
  'add-delete',
  'extend-delete',
] as const
export type Mutation = (typeof MUTATIONS)[number]

function randomParent(gen: prng.PRNG, context: Y.Doc, open: OpenUpdate): string | Y.ID {
  return prng.bool(gen) ? prng.oneOf(gen, [...ROOT_KEYS]) : randomId(gen, context, open)
}

/** Applies `mutation` to `open` in place; false when it does not apply to this update. */
function mutate(gen: prng.PRNG, mutation: Mutation, open: OpenUpdate, context: Y.Doc): boolean {
  const block = open.blocks.length > 0 ? prng.oneOf(gen, open.blocks) : undefined
  const items = open.blocks.flatMap((b) => b.structs).filter((s) => s instanceof Y.Item)
  const item = items.length > 0 ? prng.oneOf(gen, items) : undefined
  const itemIndex = (target: Struct) => {
    for (const b of open.blocks) {
      const index = b.structs.indexOf(target)
      if (index >= 0) return { b, index }
    }
    throw new Error('struct not in the update')
  }
  // An item left with no neighbour must name its parent.
  const ensureParent = (target: Y.Item) => {
    if (target.origin === null && target.rightOrigin === null && target.parent === null) {
      target.parent = randomParent(gen, context, open) as unknown as Y.AbstractType<unknown>
    }
  }
  switch (mutation) {
    case 'origin-equals-right':
      if (!item?.rightOrigin) return false
      item.origin = item.rightOrigin
      return true
    case 'right-equals-origin':
      if (!item?.origin) return false
      item.rightOrigin = item.origin
      return true
    case 'swap-origins':
      if (!item || (!item.origin && !item.rightOrigin)) return false
      ;[item.origin, item.rightOrigin] = [item.rightOrigin, item.origin]
      return true
    case 'random-origin':
      if (!item) return false
      item.origin = randomId(gen, context, open)
      return true
    case 'random-right':
      if (!item) return false
      item.rightOrigin = randomId(gen, context, open)
      return true
    case 'drop-origin':
      if (!item?.origin) return false
      item.origin = null
      ensureParent(item)
      return true
    case 'drop-right':
      if (!item?.rightOrigin) return false
      item.rightOrigin = null
      ensureParent(item)
      return true
    case 'neighbour-instead-of-parent':
      if (!item || item.origin || item.rightOrigin) return false
      if (prng.bool(gen)) item.origin = randomId(gen, context, open)
      else item.rightOrigin = randomId(gen, context, open)
      return true
    case 'random-parent':
      if (!item || item.origin || item.rightOrigin) return false
      item.parent = randomParent(gen, context, open) as unknown as Y.AbstractType<unknown>
      return true
    case 'toggle-parent-sub':
      if (!item) return false
      item.parentSub = item.parentSub === null ? prng.oneOf(gen, [...SUB_KEYS]) : null
      if (item.origin || item.rightOrigin) {
        // Written only beside no neighbour: drop them so that the change shows.
        item.origin = null
        item.rightOrigin = null
        item.parent = randomParent(gen, context, open) as unknown as Y.AbstractType<unknown>
      }
      return true
    case 'shift-clock':
      if (!block) return false
      block.clock = Math.max(0, block.clock + prng.int32(gen, -2, 2))
      return true
    case 'change-client': {
      if (!block) return false
      const clients = [...context.store.clients.keys()]
      block.client =
        clients.length > 0 && prng.bool(gen) ? prng.oneOf(gen, clients) : prng.uint32(gen, 1, 1e9)
      if (open.blocks.filter((b) => b.client === block.client).length > 1) return false
      return true
    }
    case 'change-length': {
      const structs = open.blocks.flatMap((b) => b.structs)
      if (structs.length === 0) return false
      const struct = prng.oneOf(gen, structs)
      const delta = prng.bool(gen) ? 1 : -1
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) {
        const str = struct.content.str
        const next = delta > 0 ? `${str}z` : str.slice(0, -1)
        if (next.length === 0) return false
        struct.content = new Y.ContentString(next)
      } else if (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted) {
        if (struct.length + delta <= 0) return false
        struct.content = new Y.ContentDeleted(struct.length + delta)
      } else if (struct instanceof Y.GC) {
        if (struct.length + delta <= 0) return false
        struct.length += delta
        return true
      } else {
        return false
      }
      struct.length = struct.content.getLength()
      return true
    }
    case 'to-gc': {
      if (!item) return false
      const { b, index } = itemIndex(item)
      b.structs[index] = new Y.GC(item.id, item.length)
      return true
    }
    case 'to-deleted':
      if (!item) return false
      item.content = new Y.ContentDeleted(item.length)
      return true
    case 'to-type':
      if (item?.length !== 1) return false
      item.content = new Y.ContentType(prng.bool(gen) ? new Y.Map() : new Y.Text())
      return true
    case 'add-skip': {
      if (!block) return false
      const at = prng.int32(gen, 0, block.structs.length)
      block.structs.splice(at, 0, new Y.Skip(Y.createID(block.client, 0), 1))
      return true
    }
    case 'add-delete': {
      const id = randomId(gen, context, open)
      const ranges = open.deletes.get(id.client) ?? []
      ranges.push({ clock: id.clock, length: prng.int32(gen, 1, 3) })
      ranges.sort((x, y) => x.clock - y.clock)
      open.deletes.set(id.client, ranges)
      return true
    }
    case 'extend-delete': {
      const all = [...open.deletes.values()].flat()
      if (all.length === 0) return false
      const range = prng.oneOf(gen, all)
      range.length += prng.int32(gen, 1, 3)
      return true
    }
  }
}

/**
 * `update` altered at the level of its structs (neighbours, parent, map
 * key, clocks, lengths, content, delete set), as a hostile client could
 * write it, with ids drawn from `context` (the document it will be sent to)
 * and from the update itself. Null when no drawn mutation applies.
 */
export function mutateUpdate(
  gen: prng.PRNG,
  update: Uint8Array,
  context: Y.Doc,
): { update: Uint8Array; mutations: Mutation[] } | null {
  const open = openUpdate(update)
  const mutations: Mutation[] = []
  const count = prng.int32(gen, 1, 10) === 1 ? 2 : 1
  for (let attempt = 0; attempt < 8 && mutations.length < count; attempt++) {
    const mutation = prng.oneOf(gen, [...MUTATIONS])
    if (mutate(gen, mutation, open, context)) mutations.push(mutation)
  }
  if (mutations.length === 0) return null
  try {
    return { update: closeUpdate(open), mutations }
  } catch {
    // Some combinations cannot be written at all (an item with no parent).
    return null
  }
}

/**
 * A v1 update written from hand-made structs (`new Y.Item(...)`, whose
 * parent is a root's name or an item's id), consecutive ones of a client
 * in one run, and deleted ranges.
 */
export function encodeStructs(
  structs: Array<Y.Item | Y.GC>,
  deletes: Array<{ client: number; clock: number; length: number }> = [],
): Uint8Array {
  const open: OpenUpdate = { blocks: [], deletes: new Map() }
  for (const struct of structs) {
    const last = open.blocks.at(-1)
    if (last && last.client === struct.id.client) last.structs.push(struct)
    else open.blocks.push({ client: struct.id.client, clock: struct.id.clock, structs: [struct] })
  }
  for (const { client, clock, length } of deletes) {
    open.deletes.set(client, [...(open.deletes.get(client) ?? []), { clock, length }])
  }
  return closeUpdate(open)
}
