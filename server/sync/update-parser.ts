import * as decoding from 'lib0/decoding'
import { withinDepth } from './json-depth'

/**
 * A strict reader of Yjs v1 updates. Yjs's own reader trusts its input: a
 * truncated update can integrate half of its structs before it throws, and a
 * reference to content the server lacks is parked in memory as a pending
 * struct. This reader walks the whole encoding first, without touching any
 * document, and returns what validation needs: the ranges of clocks the
 * update adds, the ids it refers to, and the ranges it deletes.
 *
 * The layout mirrors Yjs 13's `UpdateDecoderV1` (see `readClientsStructRefs`,
 * `readItemContent` and `readDeleteSet` in yjs/src).
 */

export interface StructId {
  client: number
  clock: number
}

/** A range of clocks of one client: `[clock, clock + length)`. */
export interface ClockRange {
  client: number
  clock: number
  length: number
}

/**
 * Where an item goes, as its encoding says: under a root type, under the
 * shared type an item holds, or in the parent of its neighbour (its left
 * one, else its right one, as Yjs takes it).
 */
export type Placement =
  | { kind: 'root'; key: string }
  | { kind: 'under'; id: StructId }
  | { kind: 'beside'; id: StructId }

/** One struct: its clocks, and the ids it needs present before Yjs can integrate it. */
export interface StructSummary {
  clock: number
  length: number
  /** Its left and right neighbours and its parent, as far as they are given by id. */
  dependencies: StructId[]
  /** Where it goes; null for garbage (GC), which goes nowhere. */
  placement: Placement | null
  /** Whether it holds a shared type (ContentType). */
  holdsType: boolean
  /** Whether it names a right neighbour (Y.Map.set never does; its left one is `placement`'s). */
  hasRightOrigin: boolean
  /** The last clock of its left neighbour when it was written (Yjs's `origin`), if any. */
  origin: StructId | null
  /** The first clock of its right neighbour when it was written (Yjs's `rightOrigin`), if any. */
  rightOrigin: StructId | null
  /** The Yjs type ref of the shared type it holds (0 YArray, 1 YMap, …), else null. */
  typeRef: number | null
  /** Its text when its content is a string (ContentString), else null. */
  text: string | null
  /** Its kind of content, as Yjs numbers them (see ContentRef). */
  contentRef: number
  /** The map key it is written under, when it names its parent (beside a neighbour, the neighbour's). */
  parentSub: string | null
  /** Its values when its content is plain (ContentAny, what Y.Map.set writes), else null. */
  plain: unknown[] | null
}

/** The structs of one client, consecutive from the first one's clock. */
export interface ClientStructs {
  client: number
  structs: StructSummary[]
}

export interface UpdateSummary {
  /** The structs the update creates, by client, in the order written. */
  clients: ClientStructs[]
  /** Ids that items of this update name as their parent: each must be a shared type. */
  parents: StructId[]
  /** Ids of the shared types (ContentType items) this update creates itself. */
  createdTypes: StructId[]
  /** The ranges the update deletes. */
  deletes: ClockRange[]
}

/** Thrown for an update that is not a well-formed Yjs v1 update. */
export class MalformedUpdateError extends Error {
  override name = 'MalformedUpdateError'
}

// Bits of a struct's info byte, as Yjs names them (lib0/binary BIT6..BIT8).
const HAS_PARENT_SUB = 0b0010_0000
const HAS_RIGHT_ORIGIN = 0b0100_0000
const HAS_ORIGIN = 0b1000_0000
const CONTENT_REF_MASK = 0b0001_1111

/** The kinds of an item's content, as Yjs numbers them in the info byte. */
export const ContentRef = {
  GC: 0,
  Deleted: 1,
  JSON: 2,
  Binary: 3,
  String: 4,
  Embed: 5,
  Format: 6,
  Type: 7,
  Any: 8,
  Doc: 9,
  Skip: 10,
} as const

// Yjs type refs: YArray, YMap, YText, YXmlElement, YXmlFragment, YXmlHook, YXmlText.
const TYPE_REF_COUNT = 7
const TYPE_REFS_WITH_KEY = new Set([3, 5])

/** Decodes `update` completely, or throws MalformedUpdateError saying what is wrong. */
export function parseUpdate(update: Uint8Array): UpdateSummary {
  if (update.byteLength === 0) throw new MalformedUpdateError('empty update')
  const decoder = decoding.createDecoder(update)
  try {
    const summary: UpdateSummary = {
      clients: [],
      parents: [],
      createdTypes: [],
      deletes: [],
    }
    readStructs(decoder, summary)
    readDeletes(decoder, summary)
    if (decoding.hasContent(decoder)) {
      throw new MalformedUpdateError(`${update.byteLength - decoder.pos} unexpected trailing bytes`)
    }
    return summary
  } catch (error) {
    if (error instanceof MalformedUpdateError) throw error
    // lib0 throws plain Errors on a read past the end or a bad varint.
    throw new MalformedUpdateError(`undecodable update: ${(error as Error).message}`)
  }
}

function readStructs(decoder: decoding.Decoder, summary: UpdateSummary): void {
  const clientCount = decoding.readVarUint(decoder)
  const seenClients = new Set<number>()
  for (let i = 0; i < clientCount; i++) {
    const structCount = decoding.readVarUint(decoder)
    const client = decoding.readVarUint(decoder)
    const startClock = decoding.readVarUint(decoder)
    if (seenClients.has(client)) throw new MalformedUpdateError(`client ${client} listed twice`)
    seenClients.add(client)
    if (structCount === 0) throw new MalformedUpdateError(`client ${client} has no structs`)
    const structs: StructSummary[] = []
    let clock = startClock
    for (let j = 0; j < structCount; j++) {
      const struct = readStruct(decoder, summary, { client, clock })
      if (struct.length <= 0) throw new MalformedUpdateError(`empty struct at ${client}:${clock}`)
      structs.push(struct)
      clock += struct.length
      if (!Number.isSafeInteger(clock)) throw new MalformedUpdateError('clock out of range')
    }
    summary.clients.push({ client, structs })
  }
}

function readStruct(
  decoder: decoding.Decoder,
  summary: UpdateSummary,
  id: StructId,
): StructSummary {
  const info = decoding.readUint8(decoder)
  const ref = info & CONTENT_REF_MASK
  if (ref === ContentRef.GC) {
    return {
      clock: id.clock,
      length: decoding.readVarUint(decoder),
      dependencies: [],
      placement: null,
      holdsType: false,
      hasRightOrigin: false,
      origin: null,
      rightOrigin: null,
      typeRef: null,
      text: null,
      contentRef: ref,
      parentSub: null,
      plain: null,
    }
  }
  if (ref === ContentRef.Skip) {
    // A Skip marks a gap: the structs after it depend on clocks this update lacks.
    throw new MalformedUpdateError(`update has a gap (skip) at ${id.client}:${id.clock}`)
  }
  const dependencies: StructId[] = []
  const hasRightOrigin = (info & HAS_RIGHT_ORIGIN) !== 0
  const origin = (info & HAS_ORIGIN) !== 0 ? readId(decoder) : null
  const rightOrigin = hasRightOrigin ? readId(decoder) : null
  if (origin) dependencies.push(origin)
  if (rightOrigin) dependencies.push(rightOrigin)
  const neighbour = dependencies[0]
  let placement: Placement
  let parentSub: string | null = null
  if (neighbour) {
    placement = { kind: 'beside', id: neighbour }
  } else {
    // Without neighbours the item names its parent: a root type by key, or an item.
    const parentIsRootKey = decoding.readVarUint(decoder) === 1
    if (parentIsRootKey) {
      placement = { kind: 'root', key: decoding.readVarString(decoder) }
    } else {
      const parent = readId(decoder)
      dependencies.push(parent)
      summary.parents.push(parent)
      placement = { kind: 'under', id: parent }
    }
    if ((info & HAS_PARENT_SUB) !== 0) parentSub = decoding.readVarString(decoder)
  }
  const plain: unknown[] | null = ref === ContentRef.Any ? [] : null
  const typed: ContentFacts = { typeRef: null, text: null }
  const length = readContent(decoder, ref, id, plain, typed)
  const holdsType = ref === ContentRef.Type
  if (holdsType) summary.createdTypes.push({ ...id })
  return {
    clock: id.clock,
    length,
    dependencies,
    placement,
    holdsType,
    hasRightOrigin,
    origin,
    rightOrigin,
    typeRef: typed.typeRef,
    text: typed.text,
    contentRef: ref,
    parentSub,
    plain,
  }
}

function readId(decoder: decoding.Decoder): StructId {
  const client = decoding.readVarUint(decoder)
  const clock = decoding.readVarUint(decoder)
  return { client, clock }
}

/** What the checks after reading need of an item's content. */
interface ContentFacts {
  typeRef: number | null
  text: string | null
}

/** Reads an item's content and returns its length, as Yjs's `content.getLength()`. */
function readContent(
  decoder: decoding.Decoder,
  ref: number,
  id: StructId,
  plain: unknown[] | null,
  typed: ContentFacts,
): number {
  switch (ref) {
    case ContentRef.Deleted:
      return decoding.readVarUint(decoder)
    case ContentRef.JSON: {
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) {
        const json = decoding.readVarString(decoder)
        if (json !== 'undefined') parseJson(json, id)
      }
      return count
    }
    case ContentRef.Binary:
      decoding.readVarUint8Array(decoder)
      return 1
    case ContentRef.String:
      typed.text = decoding.readVarString(decoder)
      return typed.text.length
    case ContentRef.Embed:
      parseJson(decoding.readVarString(decoder), id)
      return 1
    case ContentRef.Format:
      decoding.readVarString(decoder)
      parseJson(decoding.readVarString(decoder), id)
      return 1
    case ContentRef.Type: {
      const typeRef = decoding.readVarUint(decoder)
      if (typeRef >= TYPE_REF_COUNT) {
        throw new MalformedUpdateError(`unknown type ref ${typeRef} at ${id.client}:${id.clock}`)
      }
      if (TYPE_REFS_WITH_KEY.has(typeRef)) decoding.readVarString(decoder)
      typed.typeRef = typeRef
      return 1
    }
    case ContentRef.Any: {
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) {
        const value = decoding.readAny(decoder)
        if (!withinDepth(value)) {
          throw new MalformedUpdateError(`content nested too deep at ${id.client}:${id.clock}`)
        }
        // Stryker disable next-line OptionalChaining: equivalent, `plain` is a list whenever the content is plain values.
        plain?.push(value)
      }
      return count
    }
    case ContentRef.Doc:
      // Kaigi's documents have no sub-documents, and Yjs trusts their options
      // blindly (null options throw halfway through integration).
      throw new MalformedUpdateError(`sub-documents are not accepted (${id.client}:${id.clock})`)
    default:
      throw new MalformedUpdateError(`unknown content ref ${ref} at ${id.client}:${id.clock}`)
  }
}

function parseJson(json: string, id: StructId): void {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    throw new MalformedUpdateError(`invalid JSON content at ${id.client}:${id.clock}`)
  }
  if (!withinDepth(value)) {
    throw new MalformedUpdateError(`content nested too deep at ${id.client}:${id.clock}`)
  }
}

function readDeletes(decoder: decoding.Decoder, summary: UpdateSummary): void {
  const clientCount = decoding.readVarUint(decoder)
  for (let i = 0; i < clientCount; i++) {
    const client = decoding.readVarUint(decoder)
    const rangeCount = decoding.readVarUint(decoder)
    for (let j = 0; j < rangeCount; j++) {
      const clock = decoding.readVarUint(decoder)
      const length = decoding.readVarUint(decoder)
      if (length === 0) throw new MalformedUpdateError(`empty delete range at ${client}:${clock}`)
      summary.deletes.push({ client, clock, length })
    }
  }
}
