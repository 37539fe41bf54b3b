/**
 * A document stored with shared types nested deeper than any reader walks
 * (before the server refused them): every reader and mutator that meets
 * such an entry goes on with the others instead of overflowing its stack.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../../../server/editions/demo'
import { readEdition, sessionsInRoom } from '../../../../shared/doc/edition'
import { deepMaps } from '../../../helpers/deep-types'

function poisoned(collection: string, id: string): Y.Doc {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  Y.applyUpdate(doc, deepMaps(4711, collection, id, 20_000))
  return doc
}

describe('an entry nested too deep to read', () => {
  it('is left out of the snapshot and reported, the other sessions read', () => {
    const doc = poisoned('sessions', 's-deep')
    const read = readEdition(doc)
    expect(read.value.sessions.length).toBeGreaterThan(0)
    expect(read.problems).toContainEqual({
      code: 'invalid_entry',
      collection: 'sessions',
      id: 's-deep',
      issues: [{ path: '', message: 'shared types nested more than 16 deep' }],
    })
  })

  it('in the metadata leaves the fields around it readable', () => {
    const doc = poisoned('meta', 'deep')
    const read = readEdition(doc)
    expect(read.value.meta.number).toBe(8)
    expect(read.value.meta.hostCity.fr).toMatch(/Shizuoka/)
  })

  it('does not keep the sessions of a room from being listed', () => {
    const doc = poisoned('sessions', 's-deep')
    const room = readEdition(doc).value.rooms[0]
    const held = readEdition(doc).value.sessions.filter((s) => room && s.roomIds.includes(room.id))
    expect(held.length).toBeGreaterThan(0)
    expect(sessionsInRoom(doc, room?.id ?? '').sort()).toEqual(held.map((s) => s.id).sort())
  })
})
