import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type NotesChange, observeNotes, readNotes, spliceNotes } from '../../../shared/doc/notes'
import {
  applySplice,
  diffText,
  rebaseSplice,
  shiftIndex,
  type TextDelta,
} from '../../../shared/doc/text-change'

describe('diffText', () => {
  it('finds the one changed range', () => {
    expect(diffText('Séance plénière', 'Séance de clôture')).toEqual({
      index: 7,
      remove: 6,
      insert: 'de clôtu',
    })
    expect(diffText('abc', 'abc')).toBeNull()
    expect(diffText('', '分科会')).toEqual({ index: 0, remove: 0, insert: '分科会' })
  })

  it('does not count a shared suffix twice when a letter is doubled', () => {
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' })
    expect(diffText('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' })
  })

  it('never cuts a surrogate pair', () => {
    const splice = diffText('会議😀', '会議😃')
    expect(splice).toEqual({ index: 2, remove: 2, insert: '😃' })
    expect(diffText('😀x', '😃x')).toEqual({ index: 0, remove: 2, insert: '😃' })
  })

  it('turns any text into any other', () => {
    const texts = ['', 'a', 'ab', 'ba', 'Nancy 2008', 'Shizuoka 静岡', '😀😀', 'a😀b', 'aaab']
    for (const before of texts) {
      for (const after of texts) {
        const splice = diffText(before, after)
        expect(splice ? applySplice(before, splice) : before).toBe(after)
      }
    }
  })
})

describe('shiftIndex', () => {
  const delta: TextDelta = [{ retain: 2 }, { insert: 'XY' }, { retain: 3 }, { delete: 2 }]
  it('moves positions after an insert and pulls them back over a delete', () => {
    expect(shiftIndex(0, delta)).toBe(0)
    expect(shiftIndex(1, delta)).toBe(1)
    expect(shiftIndex(3, delta)).toBe(5)
    expect(shiftIndex(6, delta)).toBe(7)
    expect(shiftIndex(7, delta)).toBe(7)
    expect(shiftIndex(9, delta)).toBe(9)
  })

  it('puts text inserted at the position before it, or after with bias before', () => {
    expect(shiftIndex(2, delta, 'after')).toBe(4)
    expect(shiftIndex(2, delta, 'before')).toBe(2)
  })
})

/** Runs `edit` on a copy of a text holding `text`; returns the copy's delta. */
function deltaOf(text: string, edit: (doc: Y.Doc) => void): { delta: TextDelta; after: string } {
  const doc = new Y.Doc()
  spliceNotes(doc, { index: 0, remove: 0, insert: text }, null)
  const changes: NotesChange[] = []
  observeNotes(doc, (change) => changes.push(change))
  edit(doc)
  const change = changes[0]
  if (!change) throw new Error('no change observed')
  return { delta: change.delta, after: change.text }
}

describe('notes', () => {
  it('reports a change as a delta that shiftIndex follows', () => {
    const { delta, after } = deltaOf('Tours 2016', (doc) =>
      spliceNotes(doc, { index: 0, remove: 5, insert: 'Kumamoto' }, 'remote'),
    )
    expect(after).toBe('Kumamoto 2016')
    expect(after.slice(shiftIndex(6, delta))).toBe('2016')
  })

  it('rebases an edit onto concurrent ones as Yjs merges them', () => {
    const base = 'Aix-en-Provence, octobre 2022'
    const cases = [
      {
        local: { index: 0, remove: 3, insert: 'Nancy' },
        remote: { index: 17, remove: 7, insert: 'novembre' },
      },
      {
        local: { index: 29, remove: 0, insert: ' ✓' },
        remote: { index: 0, remove: 0, insert: '第7回 ' },
      },
      {
        local: { index: 16, remove: 1, insert: '、' },
        remote: { index: 3, remove: 12, insert: '' },
      },
    ]
    for (const { local, remote } of cases) {
      const a = new Y.Doc()
      spliceNotes(a, { index: 0, remove: 0, insert: base }, null)
      const b = new Y.Doc()
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
      const { delta } = deltaOf(base, (doc) => spliceNotes(doc, remote, 'remote'))
      spliceNotes(a, remote, 'remote')
      spliceNotes(b, local, 'local')
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b))

      expect(applySplice(applySplice(base, remote), rebaseSplice(local, [delta]))).toBe(
        readNotes(a),
      )
    }
  })
})
