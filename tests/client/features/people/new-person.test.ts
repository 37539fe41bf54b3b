import { describe, expect, it } from 'vitest'
import { createNewPerson, guessFromTyped } from '../../../../client/features/people/new-person'
import { EditionError, readEdition } from '../../../../shared/doc/edition'
import { ME, smallEdition } from '../../../shared/doc/edition/fixtures'

describe('a person created from the picker', () => {
  it('takes what was typed as the name in its script, and kana as the reading too', () => {
    expect(guessFromTyped(' Julien Marchand ')).toEqual({
      name: { fr: 'Julien Marchand', ja: '' },
      reading: '',
    })
    expect(guessFromTyped('すずき たろう')).toEqual({
      name: { fr: '', ja: 'すずき たろう' },
      reading: 'すずき たろう',
    })
    expect(guessFromTyped('鈴木')).toEqual({ name: { fr: '', ja: '鈴木' }, reading: '' })
  })

  it('creates the person with their new collectivité, linked', () => {
    const { doc } = smallEdition()
    const id = createNewPerson(
      doc,
      {
        name: { fr: 'Julien Marchand', ja: 'ジュリアン・マルシャン' },
        reading: 'じゅりあん まるしゃん',
        role: { fr: 'Adjoint au maire', ja: '副市長' },
        collectivite: {
          create: { name: { fr: 'Ville de Lyon', ja: 'リヨン市' }, country: 'FR', kind: 'commune' },
        },
      },
      ME,
    )
    const edition = readEdition(doc).value
    const person = edition.persons.find((each) => each.id === id)
    const lyon = edition.collectivites.find((each) => each.id === person?.collectiviteId)
    expect(person).toMatchObject({ reading: 'じゅりあん まるしゃん', role: { ja: '副市長' } })
    expect(lyon).toMatchObject({ name: { ja: 'リヨン市' }, country: 'FR', kind: 'commune' })
  })

  it('refuses a collectivité of a kind its country does not have, creating nobody', () => {
    const { doc } = smallEdition()
    const before = readEdition(doc).value
    expect(() =>
      createNewPerson(
        doc,
        {
          name: { fr: 'Tarō', ja: '太郎' },
          reading: '',
          role: { fr: '', ja: '' },
          collectivite: {
            create: { name: { fr: 'X', ja: 'X' }, country: 'FR', kind: 'prefecture' },
          },
        },
        ME,
      ),
    ).toThrow(EditionError)
    const after = readEdition(doc).value
    expect(after.persons).toEqual(before.persons)
    expect(after.collectivites).toEqual(before.collectivites)
  })
})
