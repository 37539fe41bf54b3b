/**
 * The letter's templates are co-edited live: two members typing into the
 * French and the Japanese template, and into one template at once, merge
 * letter by letter; and an edition stored before the templates existed gets
 * them laid out at start, so that two members typing its first letters at
 * once do not each make their own text.
 */
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { editions } from '../../../db/schema'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { readLocalizedText, spliceLocalizedText, TEXT_LAYOUT } from '../../../shared/doc/edition'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedDoc } from '../../helpers/demo-server'
import { startServer, type TestServer } from '../../helpers/start-server'

const DOC = 'edition-shizuoka-2024'
const LETTER = { collection: 'meta', field: 'letter' } as const

const letterOf = (doc: Y.Doc, lang: 'fr' | 'ja') => readLocalizedText(doc, LETTER, lang)

async function withServer(test: (s: TestServer, members: TestClient[]) => Promise<void>) {
  const s = await startServer({ seeds: DEMO_SEEDS })
  const members: TestClient[] = []
  try {
    for (let i = 0; i < 2; i++) members.push(connectClient(s.syncUrl, DOC))
    await Promise.all(members.map(synced))
    await test(s, members)
  } finally {
    for (const member of members) member.destroy()
    await s.close()
    s.cleanup()
  }
}

/** Each member types at the end of its template, both before either hears of the other. */
function typeAtOnce(
  a: Y.Doc,
  aLang: 'fr' | 'ja',
  aText: string,
  b: Y.Doc,
  bLang: 'fr' | 'ja',
  bText: string,
) {
  spliceLocalizedText(
    a,
    LETTER,
    aLang,
    { index: letterOf(a, aLang).length, remove: 0, insert: aText },
    'a',
  )
  spliceLocalizedText(
    b,
    LETTER,
    bLang,
    { index: letterOf(b, bLang).length, remove: 0, insert: bText },
    'b',
  )
}

/** Each edition's id and the text layout its row says it was checked for. */
async function checks(s: TestServer): Promise<Map<string, string | null>> {
  const rows = await s.kaigi.database.db
    .select({ id: editions.id, textLayout: editions.textLayout })
    .from(editions)
  return new Map(rows.map((row) => [row.id, row.textLayout]))
}

/** Every edition's row as an earlier Kaigi left it: never checked for this one's texts. */
async function forgetChecks(s: TestServer): Promise<void> {
  await s.kaigi.database.db.update(editions).set({ textLayout: null })
}

describe('the letter templates, co-edited', () => {
  it('merge two members typing into the French and the Japanese template, and into one of them, at once', async () => {
    await withServer(async (s, [a, b]) => {
      if (!a || !b) throw new Error('two members')
      const frBefore = letterOf(a.doc, 'fr')
      const jaBefore = letterOf(a.doc, 'ja')
      typeAtOnce(a.doc, 'fr', ' Madame, Monsieur,', b.doc, 'ja', ' 拝啓')
      typeAtOnce(a.doc, 'fr', ' [A]', b.doc, 'fr', ' [B]')
      const converged = () =>
        [a, b].every(
          (m) =>
            letterOf(m.doc, 'ja') === `${jaBefore} 拝啓` &&
            letterOf(m.doc, 'fr').includes(' [A]') &&
            letterOf(m.doc, 'fr').includes(' [B]'),
        ) && letterOf(a.doc, 'fr') === letterOf(b.doc, 'fr')
      await until(converged, 10_000, 'both templates merged on both members')
      // Concurrent insertions at one place are ordered by their writers, never mixed.
      const fr = letterOf(a.doc, 'fr')
      expect([
        `${frBefore} Madame, Monsieur, [A] [B]`,
        `${frBefore} [B] Madame, Monsieur, [A]`,
      ]).toContain(fr)
      const stored = await storedDoc(s, DOC)
      expect(letterOf(stored, 'fr')).toBe(fr)
      expect(letterOf(stored, 'ja')).toBe(`${jaBefore} 拝啓`)
    })
  })

  it('are laid out at start in an edition stored before them, so that first letters typed at once both stay', async () => {
    const first = await startServer({ seeds: DEMO_SEEDS })
    // Each edition checked once, at the start that made it: the next start reads none of them.
    expect([...(await checks(first)).values()]).toEqual(Array(DEMO_SEEDS.length).fill(TEXT_LAYOUT))
    // The edition as an earlier Kaigi stored it: no letter in its metadata,
    // and its row never checked for this Kaigi's texts.
    await first.kaigi.registry.change(DOC, (doc) => {
      doc.getMap('meta').delete('letter')
    })
    await forgetChecks(first)
    expect((await storedDoc(first, DOC)).getMap('meta').has('letter')).toBe(false)
    await first.close()

    const s = await startServer({ seeds: DEMO_SEEDS, databaseUrl: first.databaseUrl })
    const members = [connectClient(s.syncUrl, DOC), connectClient(s.syncUrl, DOC)]
    try {
      await Promise.all(members.map(synced))
      const [a, b] = members
      if (!a || !b) throw new Error('two members')
      expect((await storedDoc(s, DOC)).getMap('meta').has('letter')).toBe(true)
      typeAtOnce(a.doc, 'fr', 'A', b.doc, 'fr', 'B')
      await until(
        () => [a, b].every((m) => ['AB', 'BA'].includes(letterOf(m.doc, 'fr'))),
        10_000,
        'both first letters on both members',
      )
      expect(letterOf(a.doc, 'fr')).toBe(letterOf(b.doc, 'fr'))
    } finally {
      for (const member of members) member.destroy()
      await s.close()
      s.cleanup()
      first.cleanup()
    }
  })

  it('are looked for at start only in the editions not yet checked for them', async () => {
    const first = await startServer({ seeds: DEMO_SEEDS })
    // Each edition's row says it has this Kaigi's texts; a letter taken away
    // behind that mark, as no Kaigi does, is not looked for again.
    await first.kaigi.registry.change(DOC, (doc) => {
      doc.getMap('meta').delete('letter')
    })
    await first.close()
    const s = await startServer({ seeds: DEMO_SEEDS, databaseUrl: first.databaseUrl })
    try {
      expect((await storedDoc(s, DOC)).getMap('meta').has('letter')).toBe(false)
    } finally {
      await s.close()
      s.cleanup()
      first.cleanup()
    }
  })

  it('are laid out without stopping the start when a stored edition cannot be read', async () => {
    const first = await startServer({ seeds: DEMO_SEEDS })
    // Bytes no Yjs can decode, as a damaged disk could leave, in a record.
    const damaged = new Uint8Array([1, 1, 200, 200, 200, 200, 200])
    await new LibsqlDocStore(first.kaigi.database).append([
      { docName: 'edition-kumamoto-2018', update: damaged },
    ])
    await first.kaigi.registry.change(DOC, (doc) => {
      doc.getMap('meta').delete('letter')
    })
    await forgetChecks(first)
    await first.close()
    const s = await startServer({ seeds: DEMO_SEEDS, databaseUrl: first.databaseUrl })
    try {
      const listed = await fetch(`${s.url}/api/editions`, { headers: { cookie: s.ownerCookie } })
      expect(listed.status).toBe(200)
      expect((await storedDoc(s, DOC)).getMap('meta').has('letter')).toBe(true)
      // The damaged one stays unchecked, to be looked at again at the next start.
      expect(await checks(s)).toEqual(
        new Map([
          ['tours-2016', TEXT_LAYOUT],
          ['kumamoto-2018', null],
          ['aix-en-provence-2022', TEXT_LAYOUT],
          ['shizuoka-2024', TEXT_LAYOUT],
        ]),
      )
    } finally {
      await s.close()
      s.cleanup()
      first.cleanup()
    }
  })
})
