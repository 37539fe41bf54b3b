import * as Y from 'yjs'
import { programmeEntities } from '../../server/editions/published-programme'
import { type ProgrammeView, programmeView } from '../../server/export/programme-view'
import { readEdition, seedDemoEdition } from '../../shared/doc/edition'
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
