import * as Y from 'yjs'
import { seedDemoEdition } from '../../server/editions/demo'
import { programmeEntities } from '../../server/editions/published-programme'
import { type ProgrammeView, programmeView } from '../../server/exports/programme-view'
import { createSession, Interpretation, readEdition, SessionKind } from '../../shared/doc/edition'
import { ExportSource } from '../../shared/exports'
import { fillLargeEdition } from './large-edition'

/** The published-version origin the export tests give their views. */
export const TEST_ORIGIN = {
  source: ExportSource.Published,
  versionId: 'v-final',
  versionName: 'Programme définitif',
  at: new Date('2024-10-01T09:00:00Z'),
} as const

function viewOf(fill: (doc: Y.Doc) => void, editionId: string): ProgrammeView {
  const doc = new Y.Doc()
  try {
    fill(doc)
    return programmeView(editionId, programmeEntities(readEdition(doc).value), TEST_ORIGIN)
  } finally {
    doc.destroy()
  }
}

/** The demo edition's programme (Shizuoka 2024), as the exports read it. */
export const demoProgrammeView = (): ProgrammeView => viewOf(seedDemoEdition, 'shizuoka-2024')

/** The demo edition grown to `sessions` sessions. */
export const largeProgrammeView = (sessions: number): ProgrammeView =>
  viewOf((doc) => fillLargeEdition(doc, sessions), 'large-programme')

/** Ids of the sessions `layoutTwoProgrammeView` adds to the demo edition. */
export const LAYOUT_TWO = {
  /** In two rooms, given out of grid order; with all four roles; interpreted consecutively. */
  twoRooms: 's-twinning-workshop',
  /** Without a day nor a start: in no export. */
  unplaced: 's-unplaced',
  /** The demo's lunch of 20 November, across all rooms. */
  allRooms: 's-lunch-20',
} as const

/**
 * The demo edition with what layout 2 added: a session in two rooms with a
 * moderator, a speaker, a rapporteur and a witness, interpreted
 * consecutively, and one not yet placed.
 */
export const layoutTwoProgrammeView = (): ProgrammeView =>
  viewOf((doc) => {
    seedDemoEdition(doc)
    createSession(
      doc,
      {
        id: LAYOUT_TWO.twoRooms,
        kind: SessionKind.Workshop,
        title: {
          fr: 'Atelier commun : les jumelages de demain',
          ja: '合同分科会：これからの姉妹都市交流',
        },
        day: '2024-11-21',
        start: '14:00',
        durationMinutes: 60,
        roomIds: ['room-meeting-2', 'room-meeting-1'],
        moderatorIds: ['p-girard'],
        speakerIds: ['p-dubois'],
        rapporteurIds: ['p-sugiyama'],
        witnessIds: ['p-masuda'],
        interpretation: Interpretation.Consecutive,
      },
      'test',
    )
    createSession(
      doc,
      {
        id: LAYOUT_TWO.unplaced,
        kind: SessionKind.Workshop,
        title: { fr: 'Séance encore à placer', ja: '日時未定のセッション' },
        speakerIds: ['p-mochizuki'],
      },
      'test',
    )
  }, 'shizuoka-2024')
