/**
 * One commit of more rows than one SQL statement may bind (SQLite allows
 * 32,766 parameters): a burst of updates after a reconnection, or an import
 * that touches thousands of sessions. Every row is stored once, in order,
 * and the activity as the batch's last update left it; and a document's
 * clients keep their owners, the server's own as null.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { ClientOwners, SERVER_OWNER } from '../../../server/sync/client-owners'
import { applyStored, type PendingUpdate } from '../../../server/sync/doc-store'
import {
  ACTIVITY_ROWS_PER_UPSERT,
  LibsqlDocStore,
  ROWS_PER_INSERT,
} from '../../../server/sync/libsql-doc-store'
import type { ActivityRecord } from '../../../shared/activity'
import { tempDatabase } from '../../helpers/temp-database'

let database: Database
let remove: () => void
let store: LibsqlDocStore

beforeEach(async () => {
  ;({ database, remove } = await tempDatabase())
  store = new LibsqlDocStore(database)
})
afterEach(() => remove())

/** `count` one-character updates of one writer, each its own update as a browser sends them. */
function typing(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getText('t').insert(i, String(i % 10))
  return updates
}

const record = (n: number, changes: number): ActivityRecord => ({
  id: `entry-${n}`,
  editionId: 'shizuoka-2024',
  personId: 'person-aiko',
  actorKind: 'member',
  actorName: 'Aiko',
  committee: 'jp',
  section: 'sessions',
  entityId: `s-${n}`,
  action: 'edited',
  fields: ['title.ja'],
  label: { fr: `Séance ${n}`, ja: `セッション${n}`, en: '' },
  firstAt: new Date(1_700_000_000_000),
  lastAt: new Date(1_700_000_000_000 + changes),
  changes,
})

const count = async (sql: string) =>
  Number((await database.client.execute(sql)).rows[0]?.[0] ?? Number.NaN)

describe('one commit of more rows than one statement binds', () => {
  it('stores 4,500 updates (more than one INSERT holds) each once, in order', async () => {
    const updates = typing(4500)
    await store.append(updates.map((update) => ({ docName: 'big', update })))
    expect(await count('SELECT count(*) FROM document_updates')).toBe(4500)
    const stored = await store.load('big')
    expect(stored.updates.map((u) => Buffer.from(u).toString('hex'))).toEqual(
      updates.map((u) => Buffer.from(u).toString('hex')),
    )
    const replica = new Y.Doc()
    applyStored(replica, stored)
    expect(replica.getText('t').length).toBe(4500)
  })

  it('stores 2,400 activity entries (more than one upsert binds), each as the last update left it', async () => {
    const [first = new Uint8Array(), second = new Uint8Array()] = typing(2)
    const pending: PendingUpdate[] = [
      { docName: 'big', update: first, activity: [...Array(2400).keys()].map((n) => record(n, 1)) },
      // The second update extends the first 100 entries.
      { docName: 'big', update: second, activity: [...Array(100).keys()].map((n) => record(n, 2)) },
    ]
    await store.append(pending)
    expect(await count('SELECT count(*) FROM activity')).toBe(2400)
    expect(await count('SELECT count(*) FROM activity WHERE changes = 2')).toBe(100)
    expect(await count("SELECT changes FROM activity WHERE id = 'entry-99'")).toBe(2)
    expect(await count("SELECT changes FROM activity WHERE id = 'entry-100'")).toBe(1)
  })

  it('stores exactly one statement’s worth of updates and of activity entries, with no empty statement after them', async () => {
    const updates = typing(ROWS_PER_INSERT)
    const activity = [...Array(ACTIVITY_ROWS_PER_UPSERT).keys()].map((n) => record(n, 1))
    await store.append(
      updates.map((update, n) => ({ docName: 'big', update, ...(n === 0 ? { activity } : {}) })),
    )
    expect(await count('SELECT count(*) FROM document_updates')).toBe(ROWS_PER_INSERT)
    expect(await count('SELECT count(*) FROM activity')).toBe(ACTIVITY_ROWS_PER_UPSERT)
  })

  it('keeps the owners of a document’s clients, the server’s own as null', async () => {
    const owners = new ClientOwners('owned', new Map())
    const [update = new Uint8Array()] = typing(1)
    await store.append([
      {
        docName: 'owned',
        update,
        statements: [...owners.claim([11], 'person-aiko'), ...owners.claim([12], SERVER_OWNER)],
      },
    ])
    const { clientOwners } = await store.load('owned')
    expect(clientOwners).toEqual([
      [11, 'person-aiko'],
      [12, null],
    ])
  })
})
