import { unzipSync } from 'fflate'
import { seedPastEdition } from '../server/editions/demo'
import { SERVER_ORIGIN } from '../server/sync/room-deps'
import { type DirectoryList, DirectoryListSchema } from '../shared/directory'
import {
  createCollectivite,
  readEdition,
  readLocalizedText,
  updateSession,
} from '../shared/doc/edition'
import { editionDocName } from '../shared/editions'
import { connectClient, synced } from '../tests/helpers/clients'
import { fillLargeEdition } from '../tests/helpers/large-edition'
import { startServer } from '../tests/helpers/start-server'
import { median } from './stats'

/**
 * The invitation pack of a large edition: `pack.zip` for `collectivites`
 * linked collectivités (half French, half Japanese, each with a directory
 * contact), its time per collectivité beside one programme PDF of the same
 * edition (its `sessions`, both languages) made in the same run; and, while
 * the zip is made, a member's edits relayed to another member, against the
 * same edits with the server idle, and the turns of the server's event loop
 * (the bench runs it in this process): files are made on the export
 * thread, so the relay should not wait for them.
 */
export interface PackOptions {
  collectivites: number
  sessions: number
  repetitions: number
  /** A member's edits, this far apart, during each render. */
  editPaceMs: number
}

export interface RelayFigures {
  edits: number
  medianMs: number
  maxMs: number
  /** Event-loop turns per second of the process that runs the server. */
  turnsPerSecond: number
}

export interface PackResult {
  collectivites: number
  sessions: number
  zipMs: number[]
  zipBytes: number
  files: number
  programmePdfMs: number[]
  idle: RelayFigures
  duringZip: RelayFigures
}

const EDITION = 'pack-bench'
const PREVIOUS = 'aix-en-provence-2022'

function directoryCsv(count: number): string {
  const rows = ['Nom (FR),Nom (JA),Pays,Type,Adresse,Contact,Fonction,Courriel,Langue']
  for (let i = 1; i <= count; i++) {
    rows.push(
      i % 2 === 0
        ? `Ville de Kaigi-${i},海技${i}市,Japon,市,静岡県海技${i}市1-${i},佐藤${i},国際課長,sato${i}@city${i}.example,日本語`
        : `Ville de Bourg-${i},ブール${i}市,France,commune,"${i} place de la Mairie, 44000 Bourg-${i}",Claire Martin ${i},Chargée des relations internationales,claire${i}@ville${i}.example,français`,
    )
  }
  return rows.join('\n')
}

export async function runPackBench(options: PackOptions): Promise<PackResult> {
  const server = await startServer({
    publicUrl: 'https://kaigi.example.org',
    seeds: [
      { id: PREVIOUS, readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
      { id: EDITION, readOnly: false, fill: (doc) => fillLargeEdition(doc, options.sessions) },
    ],
  })
  const writer = connectClient(server.syncUrl, editionDocName(EDITION))
  const reader = connectClient(server.syncUrl, editionDocName(EDITION))
  try {
    const cookie = server.ownerCookie
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { cookie, ...(init.body ? { 'content-type': 'text/csv; charset=utf-8' } : {}) },
      })
    const imported = await api('/api/directory/import', {
      method: 'POST',
      body: directoryCsv(options.collectivites),
    })
    if (imported.status !== 200) throw new Error(`import answered ${imported.status}`)
    const directory: DirectoryList = DirectoryListSchema.parse(
      await (await api('/api/directory')).json(),
    )
    await server.kaigi.registry.change(editionDocName(EDITION), (doc) => {
      for (const entry of directory.collectivites) {
        createCollectivite(
          doc,
          {
            name: { fr: entry.nameFr, ja: entry.nameJa, en: '' },
            country: entry.country,
            kind: entry.kind,
            directoryId: entry.id,
          },
          SERVER_ORIGIN,
        )
      }
    })
    const form = await fetch(`${server.url}/api/editions/${EDITION}/registration-form`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ deadline: '2023-09-04T09:00:00.000Z' }),
    })
    if (form.status !== 200) throw new Error(`the form answered ${form.status}`)
    await Promise.all([synced(writer), synced(reader)])

    const download = async (path: string): Promise<Uint8Array> => {
      const response = await api(`/api/editions/${EDITION}${path}`)
      if (response.status !== 200) {
        throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
      }
      return new Uint8Array(await response.arrayBuffer())
    }

    // A member's edit: the title of the edition's first session, as the reader's replica sees it.
    const sessionId = readEdition(writer.doc).value.sessions[0]?.id
    if (!sessionId) throw new Error('the edition has no session')
    const path = { collection: 'sessions', id: sessionId, field: 'title' } as const
    let sent = 0
    const relay = async (work: () => Promise<unknown>): Promise<RelayFigures> => {
      const latencies: number[] = []
      let turns = 0
      let done = false
      const spin = () => {
        if (done) return
        turns++
        setImmediate(spin)
      }
      setImmediate(spin)
      const started = performance.now()
      const editing = (async () => {
        while (!done) {
          const title = `Relais ${++sent}`
          const at = performance.now()
          // Checked on each update the reader's replica receives, not by polling it.
          const arrived = new Promise<void>((resolve) => {
            const check = () => {
              // One text read, not the whole edition: the bench shares the server's thread.
              if (readLocalizedText(reader.doc, path, 'fr') !== title) return
              reader.doc.off('update', check)
              resolve()
            }
            reader.doc.on('update', check)
          })
          updateSession(writer.doc, sessionId, { title: { fr: title } }, 'bench')
          await arrived
          latencies.push(performance.now() - at)
          await new Promise((resolve) => setTimeout(resolve, options.editPaceMs))
        }
      })()
      await work()
      done = true
      await editing
      const seconds = (performance.now() - started) / 1000
      return {
        edits: latencies.length,
        medianMs: median(latencies),
        maxMs: Math.max(...latencies),
        turnsPerSecond: turns / seconds,
      }
    }

    // Warm the thread and the fonts, then measure.
    await download('/pack.zip')
    await download('/export/programme.pdf?source=draft')
    const programmePdfMs: number[] = []
    for (let i = 0; i < options.repetitions; i++) {
      const start = performance.now()
      await api(`/api/editions/${EDITION}/export/programme.pdf?source=draft`).then((r) =>
        r.arrayBuffer(),
      )
      programmePdfMs.push(performance.now() - start)
    }
    const idle = await relay(() => new Promise((resolve) => setTimeout(resolve, 2000)))
    const zipMs: number[] = []
    let zip: Uint8Array = new Uint8Array()
    let duringZip: RelayFigures | undefined
    for (let i = 0; i < options.repetitions; i++) {
      const figures = await relay(async () => {
        const start = performance.now()
        zip = await download('/pack.zip')
        zipMs.push(performance.now() - start)
      })
      // The run whose zip took the median time speaks for the relay; keep the last one.
      duringZip = figures
    }
    const files = Object.keys(unzipSync(zip)).length
    if (files !== options.collectivites * 5) {
      throw new Error(`the zip holds ${files} files, not ${options.collectivites * 5}`)
    }
    if (!duringZip) throw new Error('no run')
    return {
      collectivites: options.collectivites,
      sessions: options.sessions,
      zipMs,
      zipBytes: zip.byteLength,
      files,
      programmePdfMs,
      idle,
      duringZip,
    }
  } finally {
    writer.destroy()
    reader.destroy()
    await server.close()
    server.cleanup()
  }
}
