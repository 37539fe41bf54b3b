import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../db'
import { TYPABLE_CODE } from '../../../server/access/tokens'
import { DEMO_DIRECTORY } from '../../../server/directory/demo-directory'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { seedEditions } from '../../../server/editions/seed'
import { createLogger } from '../../../server/logger'
import {
  type DirectoryCollectivite,
  DirectoryCollectiviteFieldsSchema,
  DirectoryListSchema,
} from '../../../shared/directory'
import {
  COLLECTIVITE_KINDS_BY_COUNTRY,
  instantToZoned,
  readEdition,
} from '../../../shared/doc/edition'
import { type PublicForm, RegistrationFormStateSchema } from '../../../shared/registrations'
import { storedDoc } from '../../helpers/demo-server'
import { startServer, type TestServer } from '../../helpers/start-server'
import { tempDatabase } from '../../helpers/temp-database'

let server: TestServer

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
})

afterAll(async () => {
  await server?.close()
  server?.cleanup()
})

const SEEDED_TABLES = [
  'editions',
  'documents',
  'registration_forms',
  'directory_collectivites',
  'directory_contacts',
  'directory_participations',
] as const

/** How many rows each table a first start writes holds. */
async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of SEEDED_TABLES) {
    const { rows } = await database.client.execute(`SELECT count(*) AS n FROM ${table}`)
    counts[table] = Number(rows[0]?.n)
  }
  return counts
}

const ownerGet = (path: string) =>
  fetch(`${server.url}${path}`, { headers: { cookie: server.ownerCookie } })

async function directory(): Promise<DirectoryCollectivite[]> {
  const response = await ownerGet('/api/directory')
  expect(response.status).toBe(200)
  return DirectoryListSchema.parse(await response.json()).collectivites
}

describe("the demo's first start", () => {
  it('opens the 8th edition’s form until 4 September 2023, as its invitation says: closed today', async () => {
    const response = await ownerGet('/api/editions/shizuoka-2024/registration-form')
    expect(response.status).toBe(200)
    const { form } = RegistrationFormStateSchema.parse(await response.json())
    expect(form?.path).toMatch(/^\/f\//)
    const deadline = form?.deadline ?? ''
    // 18:00 on the edition's clocks, and still 4 September in Paris.
    expect(instantToZoned(new Date(deadline), 'Asia/Tokyo')).toMatchObject({
      day: '2023-09-04',
      time: '18:00',
    })
    expect(instantToZoned(new Date(deadline), 'Europe/Paris').day).toBe('2023-09-04')
    const token = form?.path.slice('/f/'.length) ?? ''
    expect(token).toMatch(TYPABLE_CODE)
    const shown = (await (
      await fetch(`${server.url}/api/public/forms/${token}`)
    ).json()) as PublicForm
    expect(shown).toMatchObject({ deadline, open: false })
    // Only the edition to work on has a form: the records have none.
    const record = await ownerGet('/api/editions/aix-en-provence-2022/registration-form')
    expect(RegistrationFormStateSchema.parse(await record.json())).toEqual({ form: null })
  })

  it('fills the directory with forty collectivités of both countries, named in both scripts, each with a contact', async () => {
    const listed = await directory()
    expect(listed).toHaveLength(40)
    expect(listed.filter((each) => each.country === 'FR')).toHaveLength(21)
    expect(listed.filter((each) => each.country === 'JP')).toHaveLength(19)
    expect(new Set(listed.map((each) => each.id)).size).toBe(40)
    for (const each of listed) {
      expect(DirectoryCollectiviteFieldsSchema.safeParse(each).success, each.id).toBe(true)
      expect(each.nameFr, each.id).not.toBe('')
      expect(each.nameJa, each.id).toMatch(/\p{Script=Han}|\p{Script=Katakana}/u)
      expect(COLLECTIVITE_KINDS_BY_COUNTRY[each.country], each.id).toContain(each.kind)
      expect(each.address, each.id).not.toBe('')
      expect(each.contacts.length, each.id).toBeGreaterThan(0)
      for (const contact of each.contacts) {
        expect(contact.email, each.id).toMatch(/@[a-z0-9.-]+\.example\.(fr|jp)$/)
      }
      // The letters go to the first contact, in the country's language.
      expect(each.contacts[0]?.language, each.id).toBe(each.country === 'FR' ? 'fr' : 'ja')
    }
    expect(listed.map((each) => each.id).sort()).toEqual(
      DEMO_DIRECTORY.map((each) => each.id).sort(),
    )
  })

  it('records which of them took part in the 5th, 6th and 7th editions', async () => {
    const listed = await directory()
    const byId = new Map(listed.map((each) => [each.id, each]))
    expect(byId.get('dir-tours')?.editionIds).toEqual([
      'tours-2016',
      'kumamoto-2018',
      'aix-en-provence-2022',
    ])
    expect(byId.get('dir-kumamoto-city')?.editions.map((each) => each.number)).toEqual([5, 6, 7])
    expect(byId.get('dir-fujinomiya')?.editionIds).toEqual([])
    for (const [editionId, hostId] of [
      ['tours-2016', 'dir-tours'],
      ['kumamoto-2018', 'dir-kumamoto-city'],
      ['aix-en-provence-2022', 'dir-aix-en-provence'],
    ] as const) {
      const took = listed.filter((each) => each.editionIds.includes(editionId))
      expect(took.map((each) => each.id)).toContain(hostId)
      expect(new Set(took.map((each) => each.country))).toEqual(new Set(['FR', 'JP']))
    }
    // No one is recorded in the 8th yet: its registrations will say.
    expect(listed.some((each) => each.editionIds.includes('shizuoka-2024'))).toBe(false)
  })

  it('links each of the 8th edition’s collectivités to its directory entry, by the same names', async () => {
    const listed = await directory()
    const doc = await storedDoc(server, 'edition-shizuoka-2024')
    const { collectivites } = readEdition(doc).value
    expect(collectivites).toHaveLength(9)
    for (const collectivite of collectivites) {
      const entry = listed.find((each) => each.id === collectivite.directoryId)
      expect(entry, collectivite.id).toBeDefined()
      expect(entry).toMatchObject({
        nameFr: collectivite.name.fr,
        nameJa: collectivite.name.ja,
        country: collectivite.country,
        kind: collectivite.kind,
      })
    }
  })

  it('is made once: a restart on the same database adds no form and no entry', async () => {
    const before = await rowCounts(server.kaigi.database)
    expect(before).toMatchObject({
      editions: 4,
      registration_forms: 1,
      directory_collectivites: 40,
    })
    const again = await startServer({ seeds: DEMO_SEEDS, databaseUrl: server.databaseUrl })
    try {
      expect(await rowCounts(again.kaigi.database)).toEqual(before)
    } finally {
      await again.close()
      again.cleanup()
    }
  })

  it('writes nothing at all when part of it cannot be written: no edition without its directory', async () => {
    const { database, remove } = await tempDatabase()
    try {
      const empty = await rowCounts(database)
      const [first] = DEMO_DIRECTORY
      if (!first) throw new Error('no directory')
      const broken = DEMO_SEEDS.map((seed) =>
        seed.directory
          ? { ...seed, directory: [{ ...first, editionIds: ['no-such-edition'] }] }
          : seed,
      )
      await expect(seedEditions(database, broken, createLogger('silent'))).rejects.toThrow()
      expect(await rowCounts(database)).toEqual(empty)
      expect(Object.values(empty)).toEqual(SEEDED_TABLES.map(() => 0))
    } finally {
      remove()
    }
  })
})
