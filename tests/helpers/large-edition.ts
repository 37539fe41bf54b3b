import * as Y from 'yjs'
import { createSession, readEdition, SessionKind, seedDemoEdition } from '../../shared/doc/edition'

export const LARGE_EDITION_DAYS = ['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21']
const LARGE_ORIGIN = 'kaigi:large-edition'

/**
 * The demo edition grown to `total` sessions: short workshops in every room
 * over its four days, each titled in French and Japanese. The benches' and
 * tests' large programme.
 */
export function fillLargeEdition(doc: Y.Doc, total: number): void {
  seedDemoEdition(doc)
  const { rooms, sessions } = readEdition(doc).value
  let n = sessions.length
  for (let slot = 0; n < total; slot++) {
    const day = LARGE_EDITION_DAYS[slot % LARGE_EDITION_DAYS.length] as string
    const room = rooms[Math.floor(slot / LARGE_EDITION_DAYS.length) % rooms.length]
    const minutes = 8 * 60 + 30 * Math.floor(slot / (LARGE_EDITION_DAYS.length * rooms.length))
    if (minutes >= 22 * 60) throw new Error('not enough slots for the sessions asked')
    const start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
    n++
    createSession(
      doc,
      {
        kind: SessionKind.Workshop,
        title: { fr: `Séance de travail ${n}`, ja: `作業セッション${n}` },
        day,
        start,
        durationMinutes: 25,
        roomId: room?.id ?? null,
      },
      LARGE_ORIGIN,
    )
  }
}

/** A new document holding the large edition. */
export function largeEditionDoc(total: number): Y.Doc {
  const doc = new Y.Doc()
  fillLargeEdition(doc, total)
  return doc
}
