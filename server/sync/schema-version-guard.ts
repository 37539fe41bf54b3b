import * as Y from 'yjs'
import { SCHEMA_VERSION } from '../../shared/doc/edition/schema'
import { EDITION_DOC_PREFIX } from '../../shared/editions'
import { PlacementChain, type PlacementStep } from './placement-chain'
import type { StructId, StructSummary, UpdateSummary } from './update-parser'
import { MalformedUpdateError } from './update-parser'

// Where the edition's layout writes its version (shared/doc/edition/layout.ts).
const META_ROOT = 'meta'
const VERSION_KEY = 'schemaVersion'

/**
 * Refuses an update of an edition's document that writes its schema version
 * as anything but a version this Kaigi knows (1 to SCHEMA_VERSION). The
 * server's own changes (a registration, a participant's suggestion) refuse
 * to write a document of a newer layout, lest they lose fields they do not
 * know: a member setting the version to 99 would stop them all, for
 * everyone, until someone repaired the document by hand. A write over the
 * stored version names only its neighbour, so the item's key is found as
 * Yjs finds it, through the neighbour (left, else right), without recursion.
 */
export function checkSchemaVersion(doc: Y.Doc, docName: string, summary: UpdateSummary): void {
  if (!docName.startsWith(EDITION_DOC_PREFIX)) return
  const places = versionPlaces(doc.store, summary)
  const writes: Array<{ id: StructId; struct: StructSummary }> = []
  for (const { client, structs } of summary.clients) {
    const known = Y.getState(doc.store, client)
    for (const struct of structs) {
      // What the room already holds was checked when it came in.
      if (struct.clock + struct.length <= known || !places.valueOf(struct)) continue
      const id = { client, clock: struct.clock }
      if (!isKnownVersion(struct)) {
        throw refusal(id, `is not one this Kaigi writes (1 to ${SCHEMA_VERSION})`)
      }
      // Yjs deletes a map entry placed left of another: with the stored
      // version deleted in the same update, the edition would be left with none.
      if (struct.hasRightOrigin) throw refusal(id, 'is placed before another')
      if (deletes(summary, id)) throw refusal(id, 'is deleted by the same update')
      writes.push({ id, struct })
    }
  }
  // Deleting the version, not writing over it, would make the edition read
  // as one never created: its details could no longer be changed.
  const current = currentVersionItem(doc)
  if (!current || !deletes(summary, current.id)) return
  const overwritten = writes.some(
    ({ struct }) =>
      // Stryker disable next-line OptionalChaining: equivalent, a struct written under the version always has a placement.
      struct.placement?.kind === 'beside' &&
      struct.placement.id.client === current.id.client &&
      struct.placement.id.clock === current.id.clock,
  )
  if (!overwritten) {
    throw new MalformedUpdateError("update deletes the edition's schema version")
  }
}

const refusal = (id: StructId, why: string) =>
  new MalformedUpdateError(`schema version written at ${id.client}:${id.clock} ${why}`)

/** Whether the update's delete set covers clock `id.clock` of `id.client`. */
function deletes(summary: UpdateSummary, id: StructId): boolean {
  return summary.deletes.some(
    (range) =>
      range.client === id.client &&
      range.clock <= id.clock &&
      id.clock < range.clock + range.length,
  )
}

/** The item holding the room's schema version now, if it holds one. */
function currentVersionItem(doc: Y.Doc): Y.Item | null {
  const meta = doc.share.get(META_ROOT)
  const item = meta?._map.get(VERSION_KEY)
  return item && !item.deleted ? item : null
}

/**
 * One plain whole number among this Kaigi's layouts. Anything else (a string,
 * a shared type, content already deleted) is no version a Kaigi writes.
 */
function isKnownVersion(struct: StructSummary): boolean {
  if (struct.plain?.length !== 1) return false
  const [value] = struct.plain
  return (
    // Stryker disable next-line ConditionalExpression: equivalent, Number.isInteger is false for anything but a number; the check narrows the type.
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SCHEMA_VERSION
  )
}

/** Whether each struct of an update goes under `meta.schemaVersion`, resolved once each. */
function versionPlaces(store: Y.Doc['store'], summary: UpdateSummary): PlacementChain<boolean> {
  const chain: PlacementChain<boolean> = new PlacementChain(
    summary,
    (struct): PlacementStep<boolean> => {
      const placement = struct.placement
      // Stryker disable next-line ObjectLiteral: equivalent, a value left undefined reads as false.
      if (placement === null || placement.kind === 'under') return { value: false }
      if (placement.kind === 'root') {
        return { value: placement.key === META_ROOT && struct.parentSub === VERSION_KEY }
      }
      if (placement.id.clock < Y.getState(store, placement.id.client)) {
        return { value: inRoomAtVersion(store, placement.id) }
      }
      const target = chain.find(placement.id)
      // Beside a neighbour: under the same key as it.
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: unreachable, checkUpdate reports a neighbour found nowhere as missing before this guard runs.
      return target ? { after: target, map: (atVersion) => atVersion } : { value: false }
    },
    // A neighbour chain that loops goes nowhere (Yjs would never integrate it).
    // Stryker disable next-line BooleanLiteral: unreachable, checkUpdate reports a looping chain as missing clocks before this guard runs.
    () => false,
  )
  return chain
}

/** Whether the room's item `id` is an entry of the root map `meta` under the version's key. */
function inRoomAtVersion(store: Y.Doc['store'], id: StructId): boolean {
  const item = Y.getItem(store, Y.createID(id.client, id.clock))
  if (!(item instanceof Y.Item) || item.parentSub !== VERSION_KEY) return false
  const parent: unknown = item.parent
  return (
    // Stryker disable next-line ConditionalExpression: equivalent, an integrated item's parent is a shared type; the check narrows the type.
    parent instanceof Y.AbstractType &&
    parent._item === null &&
    Y.findRootTypeKey(parent) === META_ROOT
  )
}
