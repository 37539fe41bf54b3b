import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createMeeting,
  createPerson,
  createTheme,
  initEdition,
  readEdition,
  setMeta,
} from '../../../shared/doc/edition'
import { letterFacts } from '../../../shared/letters/letter-facts'
import { fillLetter, LetterField, letterText } from '../../../shared/letters/letter-fields'
import type {
  LetterInputs,
  LetterRecipient,
  PreviousEdition,
} from '../../../shared/letters/letter-inputs'
import { MODEL_LETTERS } from '../../../shared/letters/model-letters'

const text = (fr: string, ja: string) => ({ fr, ja, en: '' })

/** The 8th edition as its invitation of 11 July 2023 gives it. */
function eighth() {
  const doc = new Y.Doc()
  initEdition(
    doc,
    {
      number: 8,
      title: text('8es Rencontres', '第8回日仏自治体交流会議'),
      hostCity: text('Shizuoka', '静岡市'),
      hostCountry: 'JP',
      startDate: '2024-11-18',
      endDate: '2024-11-21',
      timeZone: 'Asia/Tokyo',
    },
    null,
  )
  createMeeting(
    doc,
    {
      date: '2023-09-18',
      start: '16:30',
      end: '18:00',
      place: text('la Cité des Sciences et de l’Industrie, Paris', 'パリ科学産業博物館'),
      event: text(
        'Rencontres de l’action internationale des collectivités territoriales',
        '自治体国際活動会議',
      ),
    },
    null,
  )
  const president = createPerson(
    doc,
    {
      name: text('Jean Dupont', 'ジャン・デュポン'),
      role: text('Président du comité de pilotage français', 'フランス側運営委員会委員長'),
      collectiviteId: null,
    },
    null,
  )
  const themeId = createTheme(doc, { kind: 'global', title: text('Thème', 'テーマ') }, null)
  setMeta(
    doc,
    {
      letterDate: '2023-07-11',
      letterPlace: text('Paris', 'パリ'),
      signatoryIds: [president],
      formReturn: text('Cités Unies France', 'CUF'),
      globalThemeId: themeId,
    },
    null,
  )
  return readEdition(doc).value
}

const previous: PreviousEdition = {
  number: 7,
  year: 2022,
  hostCity: text('Aix-en-Provence', 'エクス＝アン＝プロヴァンス市'),
  startDate: '2022-10-03',
  endDate: '2022-10-06',
  participation: { participants: null, collectivites: { FR: 22, JP: 14 } },
  globalTheme: text('Dans un monde post-Covid', 'ポストコロナ'),
}
const recipient: LetterRecipient = {
  collectiviteId: 'shizuoka',
  name: text('Ville de Shizuoka', '静岡市'),
  country: 'JP',
  kind: 'city',
  address: '〒420-8602 静岡県静岡市葵区追手町5-1',
  contact: { name: '田辺 信宏', function: '市長', email: 'mayor@example.jp' },
  language: 'ja' as const,
}
const inputs: LetterInputs = {
  previous,
  deadline: '2023-09-04T09:00:00.000Z',
  recipient,
  formUrl: 'http://127.0.0.1:8787/f/ABCD',
}

describe('letter facts', () => {
  it('writes the French facts as a French letter does', () => {
    const facts = letterFacts(eighth(), inputs, 'fr')
    expect(facts[LetterField.Ordinal]).toBe('8e')
    expect(facts[LetterField.Dates]).toBe('du 18 au 21 novembre 2024')
    expect(facts[LetterField.PlaceDate]).toBe('Paris, le 11 juillet 2023')
    expect(facts[LetterField.Deadline]).toBe('4 septembre 2023')
    expect(facts[LetterField.FirstMeeting]).toContain(
      'le lundi 18 septembre 2023, de 16 h 30 à 18 h',
    )
    expect(facts[LetterField.PreviousEdition]).toBe(
      'La 7e édition, tenue à Aix-en-Provence du 3 au 6 octobre 2022, a réuni 14 collectivités ' +
        'japonaises et 22 collectivités françaises autour du thème « Dans un monde post-Covid ».',
    )
    expect(facts[LetterField.Signatories]).toBe(
      'Jean Dupont\nPrésident du comité de pilotage français',
    )
  })

  it('writes the Japanese facts as a Japanese official letter does', () => {
    const facts = letterFacts(eighth(), inputs, 'ja')
    expect(facts[LetterField.Ordinal]).toBe('第8回')
    expect(facts[LetterField.Dates]).toBe('2024年11月18日～21日')
    expect(facts[LetterField.PlaceDate]).toBe('2023年7月11日')
    expect(facts[LetterField.Deadline]).toBe('2023年9月4日')
    expect(facts[LetterField.MeetingHours]).toBe('16時30分～18時')
    expect(facts[LetterField.Salutation]).toBe('田辺 信宏　様')
    expect(facts[LetterField.Recipient]).toBe(
      '〒420-8602 静岡県静岡市葵区追手町5-1\n静岡市\n市長　田辺 信宏　様',
    )
  })

  it('addresses a collectivité without a contact as an office: 御中', () => {
    const noContact = { ...inputs, recipient: { ...recipient, contact: null } }
    expect(letterFacts(eighth(), noContact, 'ja')[LetterField.Salutation]).toBe('静岡市　御中')
  })

  it('fills the model letters without a missing field once every fact is known', () => {
    for (const lang of ['fr', 'ja'] as const) {
      const letter = fillLetter(MODEL_LETTERS[lang], letterFacts(eighth(), inputs, lang))
      expect(letter.missing).toEqual([])
      expect(letter.unknown).toEqual([])
      expect(letterText(letter)).not.toMatch(/\{[a-z_]+\}/)
    }
  })

  it('reports a field without a value, and never prints it blank', () => {
    const letter = fillLetter(
      'Avant le {deadline}, à {form_return}. {nonsense}',
      letterFacts(eighth(), { ...inputs, deadline: null }, 'fr'),
    )
    expect(letter.missing).toEqual([LetterField.Deadline])
    expect(letter.unknown).toEqual(['nonsense'])
    expect(() => letterText(letter)).toThrow(/deadline/)
  })

  it('leaves out the previous edition sentence while its record lacks a figure', () => {
    const partial = {
      ...inputs,
      previous: {
        ...previous,
        participation: { participants: null, collectivites: { FR: 22, JP: null } },
      },
    }
    const facts = letterFacts(eighth(), partial, 'fr')
    expect(facts[LetterField.PreviousEdition]).toBeUndefined()
    expect(facts[LetterField.PreviousFrench]).toBe('22')
  })
})
