import * as prng from 'lib0/prng'
import * as Y from 'yjs'

/** The root types the random edits write to, by name. */
export const EDITED_ROOTS = { text: 't', array: 'a', map: 'm' } as const

const KEYS = ['titre', 'salle', 'début', 'durée', 'thème'] as const
// Words of both languages, with characters outside the BMP (surrogate pairs),
// which Yjs splits specially.
const WORDS = ['Atelier', '分科会', 'plénière', '会議', 'x', '🎌', '🇫🇷', 'é'] as const

type Nested = Y.Text | Y.Array<unknown> | Y.Map<unknown>

/** The shared types of `doc` an edit may reach: the roots and every type nested in them. */
function reachableTypes(doc: Y.Doc): Nested[] {
  const roots: Nested[] = [
    doc.getText(EDITED_ROOTS.text),
    doc.getArray(EDITED_ROOTS.array),
    doc.getMap(EDITED_ROOTS.map),
  ]
  const found: Nested[] = []
  const queue = [...roots]
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    found.push(type)
    if (found.length > 40) break
    const children =
      type instanceof Y.Array ? type.toArray() : type instanceof Y.Map ? [...type.values()] : []
    for (const child of children) {
      if (child instanceof Y.Text || child instanceof Y.Array || child instanceof Y.Map) {
        queue.push(child)
      }
    }
  }
  return found
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

const word = (gen: prng.PRNG): string => prng.oneOf(gen, [...WORDS])

/** A value a random edit inserts: plain most of the time, sometimes a new shared type. */
function randomValue(gen: prng.PRNG): unknown {
  switch (prng.int32(gen, 0, 5)) {
    case 0:
      return new Y.Text(word(gen))
    case 1:
      return new Y.Map()
    case 2:
      return new Y.Array()
    case 3:
      return prng.int32(gen, 0, 100)
    default:
      return word(gen)
  }
}

/**
 * One random edit of `doc`, as a member's client makes them: insertions
 * and deletions in a plain text, insertions and deletions in arrays,
 * entries set and deleted in maps, at the roots and in nested types.
 */
export function randomEdit(gen: prng.PRNG, doc: Y.Doc): void {
  const types = reachableTypes(doc)
  const type = prng.oneOf(gen, types)
  doc.transact(() => {
    if (type instanceof Y.Text) {
      // Kaigi's editors never cut a surrogate pair (shared/doc/text-change.ts): neither do these.
      // Positions as Yjs counts them: an embed or a type in the text is one.
      const text = (type.toDelta() as Array<{ insert: unknown }>)
        .map(({ insert }) => (typeof insert === 'string' ? insert : '\u0000'))
        .join('')
      const at = (index: number) => (isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index)
      const length = text.length
      if (prng.int32(gen, 0, 9) < 6 || length === 0) {
        type.insert(at(prng.int32(gen, 0, length)), word(gen))
        return
      }
      const start = at(prng.int32(gen, 0, length - 1))
      const end = at(Math.min(length, start + prng.int32(gen, 1, 3)))
      if (end <= start) return
      // Kaigi's texts are plain: no formatting.
      type.delete(start, end - start)
    } else if (type instanceof Y.Array) {
      const length = type.length
      if (prng.int32(gen, 0, 3) > 0 || length === 0) {
        const values = [randomValue(gen)]
        if (prng.bool(gen)) values.push(word(gen))
        type.insert(prng.int32(gen, 0, length), values)
      } else {
        const at = prng.int32(gen, 0, length - 1)
        type.delete(at, prng.int32(gen, 1, Math.min(2, length - at)))
      }
    } else {
      const key = prng.oneOf(gen, [...KEYS])
      if (prng.int32(gen, 0, 3) > 0) type.set(key, randomValue(gen))
      else type.delete(key)
    }
  })
}
