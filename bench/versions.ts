import { statSync } from 'node:fs'
import type { Client } from '@libsql/client'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../server/editions/demo-seeds'
import { moveSession, readEdition, spliceLocalizedText } from '../shared/doc/edition'
import { connectClient, synced } from '../tests/helpers/clients'
import { startServer } from '../tests/helpers/start-server'
import { median, timeRuns } from './stats'

/**
 * Versions at scale: the demo edition edited `updates` times by one member
 * (typing in a description, moving a session), an owner saving a named
 * version every `updates / versions` edits. Then timed: listing the
 * versions, comparing the first with now, restoring a middle one; and the
 * database's size on disk.
 */

export interface VersionsOptions {
  updates: number
  versions: number
  repetitions: number
}

export interface VersionsResult {
  updates: number
  versions: number
  listMs: number
  diffMs: number
  restoreMs: number
  /** The database file and its write-ahead log, bytes. */
  databaseBytes: number
  /** The compacted document alone, bytes (for scale). */
  documentBytes: number
  /** Activity entries the edits made (grouped per person and entity). */
  activityEntries: number
  /** The activity's first page, and one session's, as the edits left it. */
  activityMs: number
  /** The same with one entry per update (no edit ever grouped): the worst case. */
  worstActivityEntries: number
  worstActivityMs: number
  worstSessionActivityMs: number
  /** Disk per activity entry in the worst case, bytes. */
  activityEntryBytes: number
}

const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`

export async function runVersionsBench(options: VersionsOptions): Promise<VersionsResult> {
  // The member's edits come as fast as the bench makes them: the flood limit is lifted.
  const server = await startServer({ seeds: DEMO_SEEDS, messagesPerSecond: 1_000_000 })
  const member = connectClient(server.syncUrl, DOC, new Y.Doc())
  try {
    await synced(member)
    const api = (path: string, method = 'GET', body?: unknown) =>
      fetch(`${server.url}/api/editions/${EDITION}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      })
    const room = async () => server.kaigi.registry.peek(DOC)
    const serverHas = async (clock: number) => {
      const doc = (await room())?.doc
      return doc ? Y.getState(doc.store, member.doc.clientID) >= clock : false
    }

    const every = Math.max(1, Math.floor(options.updates / options.versions))
    const path = { collection: 'sessions', id: 's-workshop-2', field: 'description' } as const
    const ids: string[] = []
    for (let i = 0; i < options.updates; i++) {
      if (i % 50 === 49) {
        const minutes = 13 * 60 + 30 + ((i / 50) % 6) * 5
        moveSession(member.doc, 's-break-20', { day: '2024-11-20', startMinutes: minutes }, 'bench')
      } else {
        // Typing and correcting: the text stays about as long as it was.
        spliceLocalizedText(
          member.doc,
          path,
          'fr',
          { index: 0, remove: i % 2, insert: i % 2 === 0 ? 'x' : '' },
          'bench',
        )
      }
      if (i % every === every - 1) {
        // A version of what the server holds: wait until it has this edit.
        const clock = Y.getState(member.doc.store, member.doc.clientID)
        while (!(await serverHas(clock))) await new Promise((resolve) => setTimeout(resolve, 2))
        const response = await api('/versions', 'POST', { name: `Version ${ids.length + 1}` })
        ids.push(((await response.json()) as { id: string }).id)
      }
    }
    const clock = Y.getState(member.doc.store, member.doc.clientID)
    while (!(await serverHas(clock))) await new Promise((resolve) => setTimeout(resolve, 5))

    const listMs = median(
      await timeRuns(
        options.repetitions,
        1,
        async () => {
          const response = await api('/versions')
          return ((await response.json()) as { versions: unknown[] }).versions.length
        },
        (count) => {
          if (count !== ids.length) throw new Error(`listed ${count} versions of ${ids.length}`)
        },
      ),
    )
    const diffMs = median(
      await timeRuns(options.repetitions, 1, async () =>
        (await api(`/versions/${ids[0]}/diff?to=now`)).json(),
      ),
    )
    const middle = ids[Math.floor(ids.length / 2)] as string
    const restoreMs = median(
      await timeRuns(options.repetitions, 1, async () => {
        const response = await api(`/versions/${middle}/restore`, 'POST')
        if (response.status !== 204) throw new Error(`restore answered ${response.status}`)
      }),
    )
    const activityPage = async (query: string) => {
      const response = await api(`/activity${query}`)
      if (response.status !== 200) throw new Error(`activity answered ${response.status}`)
      return ((await response.json()) as { entries: unknown[] }).entries.length
    }
    const activityEntries = Number(
      (await server.kaigi.database.client.execute('SELECT count(*) FROM activity')).rows[0]?.[0],
    )
    const activityMs = median(
      await timeRuns(options.repetitions, 1, () => activityPage('?limit=50')),
    )
    const live = (await room())?.doc
    const documentBytes = live ? Y.encodeStateAsUpdate(live).byteLength : 0
    if (live && readEdition(live).value.sessions.length === 0)
      throw new Error('restore emptied the programme')
    const file = server.databaseUrl.slice('file:'.length)
    const size = (name: string) => {
      try {
        return statSync(name).size
      } catch {
        return 0
      }
    }
    const databaseBytes = size(file) + size(`${file}-wal`)

    // The worst case: as many entries as updates, as if no edit were ever grouped.
    const checkpointed = async () => {
      await server.kaigi.database.client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
      return size(file)
    }
    const bytesBefore = await checkpointed()
    const worst = await addUngroupedActivity(server.kaigi.database.client, options.updates)
    const worstActivityMs = median(
      await timeRuns(options.repetitions, 1, () => activityPage('?limit=50')),
    )
    const worstSessionActivityMs = median(
      await timeRuns(options.repetitions, 1, () => activityPage('?limit=50&entity=s-workshop-2')),
    )
    const grownBytes = (await checkpointed()) - bytesBefore
    return {
      updates: options.updates,
      versions: ids.length,
      listMs,
      diffMs,
      restoreMs,
      databaseBytes,
      documentBytes,
      activityEntries,
      activityMs,
      worstActivityEntries: worst + activityEntries,
      worstActivityMs,
      worstSessionActivityMs,
      activityEntryBytes: grownBytes / worst,
    }
  } finally {
    member.destroy()
    await server.close()
    server.cleanup()
  }
}

/**
 * Adds `count` activity entries to the edition, one per edit of a session's
 * description or time, each by one of four members: what a year of edits
 * that were never grouped would leave.
 */
async function addUngroupedActivity(client: Client, count: number): Promise<number> {
  const sessions = ['s-workshop-1', 's-workshop-2', 's-workshop-3', 's-closing', 's-break-20']
  const start = Date.now() - count * 60_000
  for (let from = 0; from < count; from += 1000) {
    const rows = []
    const args = []
    for (let i = from; i < Math.min(count, from + 1000); i++) {
      rows.push('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      const at = start + i * 60_000
      args.push(
        `worst-${i}`,
        EDITION,
        `member-${i % 4}`,
        'member',
        `Member ${i % 4}`,
        i % 2 === 0 ? 'fr' : 'jp',
        'sessions',
        sessions[i % sessions.length] as string,
        'edited',
        JSON.stringify(i % 3 === 0 ? ['start'] : ['description.fr']),
        JSON.stringify({ fr: 'Atelier 2 : jeunesse', ja: '第2分科会：青少年', en: '' }),
        at,
        at,
        1,
      )
    }
    await client.execute({
      sql: `INSERT INTO activity (id, edition_id, person_id, actor_kind, actor_name, committee, section, entity_id, action, fields, label, first_at, last_at, changes) VALUES ${rows.join(', ')}`,
      args,
    })
  }
  return count
}
