import { describe, expect, it } from 'vitest'
import { mapLocalIndex } from '../../../client/sync/text-binding'
import { applySplice, rebaseSplice, type TextDelta } from '../../../shared/doc/text-change'

describe('mapLocalIndex', () => {
  // The field showed "Atelier", the user composed " 分科会" at the end while
  // someone else typed "1. " at the start.
  const shown = 'Atelier'
  const local = { index: 7, remove: 0, insert: ' 分科会' }
  const remote: TextDelta[] = [[{ insert: '1. ' }]]
  const rebased = rebaseSplice(local, remote)
  const shared = applySplice('1. Atelier', rebased)

  it('keeps the caret after the text the user just entered', () => {
    expect(shared).toBe('1. Atelier 分科会')
    const caret = applySplice(shown, local).length
    expect(mapLocalIndex(caret, local, rebased, remote)).toBe(shared.length)
  })

  it('moves positions before and inside the entered text with it', () => {
    expect(shared[mapLocalIndex(0, local, rebased, remote)]).toBe('A')
    expect(shared[mapLocalIndex(8, local, rebased, remote)]).toBe('分')
  })

  it('follows remote changes alone when there was no local edit', () => {
    expect(mapLocalIndex(3, null, null, remote)).toBe(6)
  })
})
