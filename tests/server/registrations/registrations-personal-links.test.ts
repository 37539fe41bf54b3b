import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { editions } from '../../../db/schema'
import { PERSONAL_TOKEN, PersonalLinks } from '../../../server/registrations/personal-links'
import { tempDatabase } from '../../helpers/temp-database'

let temp: Awaited<ReturnType<typeof tempDatabase>>
let links: PersonalLinks

beforeAll(async () => {
  temp = await tempDatabase()
  const createdAt = new Date()
  await temp.database.db.insert(editions).values([
    { id: 'e1', docName: 'edition:e1', createdAt },
    { id: 'e2', docName: 'edition:e2', createdAt },
  ])
  links = new PersonalLinks(temp.database.db)
})
afterAll(() => temp.remove())

const tokenOf = (path: string | undefined) => path?.replace(/^\/f\//, '') ?? ''

describe('PersonalLinks', () => {
  it('makes one unguessable link per collectivité, the same ever after', async () => {
    const first = await links.paths('e1', ['shizuoka', 'aix', 'shizuoka'])
    expect([...first.keys()].sort()).toEqual(['aix', 'shizuoka'])
    for (const path of first.values()) expect(tokenOf(path)).toMatch(PERSONAL_TOKEN)
    expect(first.get('aix')).not.toBe(first.get('shizuoka'))

    const again = await links.paths('e1', ['aix', 'tours'])
    expect(again.get('aix')).toBe(first.get('aix'))
    expect(tokenOf(again.get('tours'))).toMatch(PERSONAL_TOKEN)
    expect((await links.paths('e1', [])).size).toBe(0)
  })

  it('keeps editions apart and finds a link by its token only', async () => {
    const inE1 = await links.paths('e1', ['aix'])
    const inE2 = await links.paths('e2', ['aix'])
    expect(inE2.get('aix')).not.toBe(inE1.get('aix'))
    const token = tokenOf(inE2.get('aix'))
    expect(await links.byToken(token)).toEqual({ editionId: 'e2', collectiviteId: 'aix', token })
    expect(await links.byToken(token.toUpperCase())).toBeUndefined()
    // One character changed, whichever the token ends with.
    const oneOff = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`
    expect(await links.byToken(oneOff)).toBeUndefined()
    expect(await links.byToken('short')).toBeUndefined()
  })

  it('gives two callers at once the same links', async () => {
    const [a, b] = await Promise.all([
      links.paths('e1', ['paris', 'lyon']),
      links.paths('e1', ['lyon', 'paris']),
    ])
    expect(b.get('paris')).toBe(a.get('paris'))
    expect(b.get('lyon')).toBe(a.get('lyon'))
  })
})
