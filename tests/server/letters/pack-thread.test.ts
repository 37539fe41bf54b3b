import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../../server/editions/demo'
import type { PackJob } from '../../../server/exports/pack/pack-job'
import { renderPackFiles } from '../../../server/exports/pack/pack-render'
import { ExportRenderer } from '../../../server/exports/renderer'
import { type EditionSnapshot, readEdition } from '../../../shared/doc/edition'
import type { LetterInputs } from '../../../shared/letters/letter-inputs'
import { PACK_FILES, PackFile } from '../../../shared/letters/pack'
import { largeProgrammeView } from '../../helpers/programme-view'

const renderer = new ExportRenderer()
afterAll(() => renderer.close())

/** How many turns the event loop makes while `work` runs: none while it blocks the thread. */
async function loopTurnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0
  let done = false
  const spin = () => {
    if (done) return
    turns++
    setImmediate(spin)
  }
  setImmediate(spin)
  await work()
  done = true
  return turns
}

function demoEdition(): EditionSnapshot {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  const edition = readEdition(doc).value
  doc.destroy()
  return edition
}

/** What the server gathers for a French collectivité: the 7th's record, the deadline, its contact. */
const INPUTS: LetterInputs = {
  previous: {
    number: 7,
    year: 2022,
    hostCity: { fr: 'Aix-en-Provence', ja: 'エクス＝アン＝プロヴァンス市', en: '' },
    startDate: '2022-10-03',
    endDate: '2022-10-06',
    participation: { participants: null, collectivites: { FR: 22, JP: 14 } },
    globalTheme: { fr: 'Dans un monde post-Covid', ja: 'ポストコロナ', en: '' },
  },
  deadline: '2023-09-04T09:00:00.000Z',
  recipient: {
    collectiviteId: 'nantes',
    name: { fr: 'Ville de Nantes', ja: 'ナント市', en: '' },
    country: 'FR',
    kind: 'commune',
    address: '2 rue de l’Hôtel de Ville, 44094 Nantes',
    contact: { name: 'Claire Martin', function: 'Chargée de mission', email: 'c@nantes.example' },
    language: 'fr',
  },
  formUrl: 'https://kaigi.example.org/f/abcdefghjkmnpqrstuvw',
}

const job = (files: readonly PackFile[]): PackJob => ({
  edition: demoEdition(),
  inputs: INPUTS,
  lang: 'fr',
  files,
  view: largeProgrammeView(300),
  at: new Date('2023-07-11T09:00:00Z'),
})

describe('the invitation pack on the export thread', () => {
  it('makes each of the five files, PDFs and a Word file', async () => {
    const files = await renderer.renderPack(job(PACK_FILES))
    expect(Object.keys(files).sort()).toEqual([...PACK_FILES].sort())
    for (const file of PACK_FILES) {
      const head = Buffer.from(files[file]?.subarray(0, 4) ?? []).toString('latin1')
      expect(head, file).toBe(file === PackFile.LetterDocx ? 'PK\u0003\u0004' : '%PDF')
    }
  })

  it('leaves the server’s thread free while it makes a collectivité’s pack', async () => {
    const all = job(PACK_FILES)
    await renderer.renderPack(all)
    // The same files made on this thread hold it the whole time: a few turns at most.
    const here = await loopTurnsDuring(() => renderPackFiles(all))
    const there = await loopTurnsDuring(() => renderer.renderPack(all))
    expect(there).toBeGreaterThan(10 * Math.max(here, 1))
  })

  it('refuses, on the thread too, a letter with a field without a value', async () => {
    await expect(
      renderer.renderPack({ ...job([PackFile.LetterPdf]), inputs: { ...INPUTS, deadline: null } }),
    ).rejects.toThrow(/incomplete: .*deadline/)
  })
})
