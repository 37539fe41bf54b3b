/**
 * A change names the fields it changes and no others: a patch that names
 * none writes nothing. zod 4 fills `.default()` values inside `.partial()`,
 * so a patch schema that keeps a defaulted field would write its default
 * over whatever the field holds (a meeting's hours, a collectivité's link to
 * the directory, a room's booths were each wiped this way once).
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../../../server/editions/demo'
import {
  createProposal,
  readEdition,
  setDay,
  setMeta,
  updateCollectivite,
  updateMeeting,
  updatePerson,
  updateProposal,
  updateRoom,
  updateSession,
  updateTheme,
  updateVenue,
} from '../../../../shared/doc/edition'

const ME = 'me'

/** The demo edition, and the first id of each collection it changes. */
function demo() {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  // The demo has no workshop proposal yet: one, as a collectivité sends it.
  createProposal(
    doc,
    {
      title: { fr: 'Tourisme durable', ja: '持続可能な観光' },
      collectiviteNames: ['Ville de Tours'],
    },
    ME,
  )
  const edition = readEdition(doc).value
  const first = <T extends { id: string }>(list: readonly T[], what: string): string => {
    const [entry] = list
    if (!entry) throw new Error(`the demo has no ${what}`)
    return entry.id
  }
  return {
    doc,
    ids: {
      day: first(edition.days, 'day'),
      venue: first(edition.venues, 'venue'),
      room: first(edition.rooms, 'room'),
      theme: first(edition.themes, 'theme'),
      session: first(edition.sessions, 'session'),
      person: first(edition.persons, 'person'),
      collectivite: first(edition.collectivites, 'collectivité'),
      meeting: first(edition.meetings, 'meeting'),
      proposal: first(edition.proposals, 'proposal'),
    },
  }
}

type Ids = ReturnType<typeof demo>['ids']

const EMPTY_PATCHES: Record<string, (doc: Y.Doc, ids: Ids) => void> = {
  'the edition': (doc) => setMeta(doc, {}, ME),
  'a day': (doc, ids) => setDay(doc, ids.day, {}, ME),
  'a venue': (doc, ids) => updateVenue(doc, ids.venue, {}, ME),
  'a room': (doc, ids) => updateRoom(doc, ids.room, {}, ME),
  'a theme': (doc, ids) => updateTheme(doc, ids.theme, {}, ME),
  'a session': (doc, ids) => updateSession(doc, ids.session, {}, ME),
  'a person': (doc, ids) => updatePerson(doc, ids.person, {}, ME),
  'a collectivité': (doc, ids) => updateCollectivite(doc, ids.collectivite, {}, ME),
  'a meeting': (doc, ids) => updateMeeting(doc, ids.meeting, {}, ME),
  'a proposal': (doc, ids) => updateProposal(doc, ids.proposal, {}, ME),
}

describe('a change that names no field', () => {
  for (const [what, change] of Object.entries(EMPTY_PATCHES)) {
    it(`writes nothing to ${what}`, () => {
      const { doc, ids } = demo()
      const before = Y.encodeStateVector(doc)
      const written: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => written.push(update))
      change(doc, ids)
      expect(written).toEqual([])
      expect(Y.encodeStateVector(doc)).toEqual(before)
    })
  }
})
