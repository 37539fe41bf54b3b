import { expect } from 'vitest'
import * as Y from 'yjs'
import {
  createPerson,
  createRoom,
  createSession,
  createTheme,
  EditionSnapshotSchema,
  initEdition,
  readEdition,
} from '../../../../shared/doc/edition'

/** The origin of the test's own edits. */
export const ME = 'me'

/** A document holding a small edition: two rooms, two persons, a workshop theme, one session. */
export function smallEdition(clientID?: number) {
  const doc = new Y.Doc()
  if (clientID !== undefined) doc.clientID = clientID
  initEdition(
    doc,
    {
      number: 8,
      title: { fr: '8es Rencontres', ja: '第8回日仏自治体交流会議' },
      hostCity: { fr: 'Shizuoka', ja: '静岡市' },
      hostCountry: 'JP',
      startDate: '2024-11-18',
      endDate: '2024-11-21',
      timeZone: 'Asia/Tokyo',
    },
    ME,
  )
  const hall = createRoom(doc, { id: 'hall', name: { fr: 'Grande salle', ja: '大ホール' } }, ME)
  const small = createRoom(doc, { id: 'small', name: { fr: 'Petite salle', ja: '小会議室' } }, ME)
  const claire = createPerson(doc, { id: 'claire', name: { fr: 'Claire', ja: 'クレール' } }, ME)
  const kenta = createPerson(doc, { id: 'kenta', name: { fr: 'Kenta', ja: '健太' } }, ME)
  const theme = createTheme(
    doc,
    { id: 'youth', kind: 'workshop', title: { fr: 'Jeunesse', ja: '青少年' } },
    ME,
  )
  const session = createSession(
    doc,
    {
      id: 'workshop',
      kind: 'workshop',
      title: { fr: 'Atelier 1', ja: '第1分科会' },
      day: '2024-11-20',
      start: '10:00',
      durationMinutes: 90,
      roomIds: [hall],
      themeId: theme,
      speakerIds: [claire],
    },
    ME,
  )
  return { doc, hall, small, claire, kenta, theme, session }
}

/** A replica of `doc` with its own client id, as a second browser would hold. */
export function replicaOf(doc: Y.Doc, clientID?: number): Y.Doc {
  const replica = new Y.Doc()
  if (clientID !== undefined) replica.clientID = clientID
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
  return replica
}

/** Exchanges what each document lacks, both ways, as a sync server would. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, forB)
  Y.applyUpdate(a, forA)
}

/** Asserts that `docs` read as one valid programme, with nothing left unread, and returns it. */
export function expectConverged(...docs: Y.Doc[]) {
  const reads = docs.map((doc) => readEdition(doc))
  const [first, ...others] = reads
  if (!first) throw new Error('no document')
  for (const other of others) expect(other).toEqual(first)
  expect(first.problems).toEqual([])
  expect(EditionSnapshotSchema.parse(first.value)).toEqual(first.value)
  return first.value
}

/** The whole state of `doc`, to check that a refused edit changed nothing. */
export function stateOf(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc)
}
