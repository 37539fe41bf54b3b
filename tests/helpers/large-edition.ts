import * as Y from 'yjs'
import { seedDemoEdition } from '../../server/editions/demo'
import { createSession, readEdition, SessionKind } from '../../shared/doc/edition'

export const LARGE_EDITION_DAYS = ['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21']
const LARGE_ORIGIN = 'kaigi:large-edition'
/** Every fourth half-hour row holds one plenary across all rooms instead of a workshop per room. */
const PLENARY_EVERY = 4

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * The demo edition grown to `total` sessions over its four days, row by
 * half-hour row from 08:30: short workshops in every room, and every fourth
 * row a plenary across all rooms, each titled in French and Japanese. The
 * benches' and tests' large programme.
 */
export function fillLargeEdition(doc: Y.Doc, total: number): void {
  seedDemoEdition(doc)
  const { rooms, sessions } = readEdition(doc).value
  let n = sessions.length
  for (let row = 0; n < total; row++) {
    const minutes = 8 * 60 + 30 * row
    if (minutes >= 22 * 60) throw new Error('not enough slots for the sessions asked')
    const plenary = row % PLENARY_EVERY === 0
    for (const day of LARGE_EDITION_DAYS) {
      for (const room of plenary ? [null] : rooms) {
        if (n >= total) return
        n++
        createSession(
          doc,
          plenary
            ? {
                kind: SessionKind.Plenary,
                title: { fr: `Séance plénière ${n}`, ja: `全体会議${n}` },
                day,
                start: clock(minutes),
                durationMinutes: 25,
                allRooms: true,
              }
            : {
                kind: SessionKind.Workshop,
                title: { fr: `Séance de travail ${n}`, ja: `作業セッション${n}` },
                day,
                start: clock(minutes),
                durationMinutes: 25,
                roomIds: room ? [room.id] : [],
              },
          LARGE_ORIGIN,
        )
      }
    }
  }
}

/** A new document holding the large edition. */
export function largeEditionDoc(total: number): Y.Doc {
  const doc = new Y.Doc()
  fillLargeEdition(doc, total)
  return doc
}
