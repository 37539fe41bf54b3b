import { PROGRAMME_EXPORTS } from '../shared/exports'
import { fillLargeEdition } from '../tests/helpers/large-edition'
import { signIn, TEST_OWNER_TOKEN } from '../tests/helpers/sign-in'
import { startServer } from '../tests/helpers/start-server'
import { median, timeRuns } from './stats'

/**
 * Every export of a large programme, through the HTTP API against the real
 * server: the draft (made afresh on each request, the worst case) and the
 * published version (made on its first request, then served from memory).
 */
export interface ExportsOptions {
  sessions: number
  repetitions: number
}

export interface ExportTiming {
  file: string
  /** The draft, made on each request: median of the runs. */
  draftMs: number
  /** The slowest of those runs. */
  draftMaxMs: number
  /** The published version's first request, made then. */
  publishedFirstMs: number
  /** The published version's later requests, from memory: median. */
  publishedCachedMs: number
  bytes: number
}

export interface ExportsResult {
  sessions: number
  timings: ExportTiming[]
}

const EDITION = 'large-programme'

export async function runExportsBench(options: ExportsOptions): Promise<ExportsResult> {
  const server = await startServer({
    seeds: [
      { id: EDITION, readOnly: false, fill: (doc) => fillLargeEdition(doc, options.sessions) },
    ],
  })
  try {
    const headers = { 'content-type': 'application/json', cookie: server.ownerCookie }
    const url = (path: string) => `${server.url}/api/editions/${EDITION}${path}`
    // Each file's runs as a person of their own: the server limits the files made per person.
    let reader = server.ownerCookie
    const download = async (path: string): Promise<number> => {
      const response = await fetch(url(path), { headers: { cookie: reader } })
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
      return (await response.arrayBuffer()).byteLength
    }
    const saved = await fetch(url('/versions'), {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Programme définitif' }),
    })
    const { id } = (await saved.json()) as { id: string }
    await fetch(url(`/versions/${id}/publish`), { method: 'POST', headers })

    const timings: ExportTiming[] = []
    for (const file of PROGRAMME_EXPORTS) {
      reader = await signIn(server.url, TEST_OWNER_TOKEN, `Bench ${file}`)
      let bytes = 0
      const draft = await timeRuns(options.repetitions, 1, async () => {
        bytes = await download(`/export/${file}?source=draft`)
      })
      const first = performance.now()
      await download(`/export/${file}`)
      const publishedFirstMs = performance.now() - first
      const cached = await timeRuns(options.repetitions, 0, () => download(`/export/${file}`))
      timings.push({
        file,
        draftMs: median(draft),
        draftMaxMs: Math.max(...draft),
        publishedFirstMs,
        publishedCachedMs: median(cached),
        bytes,
      })
    }
    return { sessions: options.sessions, timings }
  } finally {
    await server.close()
    server.cleanup()
  }
}
