import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition, seedPastEdition } from '../../../server/editions/demo'
import type { ContactLanguage } from '../../../shared/directory'
import { type EditionSnapshot, readEdition, zonedToInstant } from '../../../shared/doc/edition'
import { firstMeeting, letterFacts } from '../../../shared/letters/letter-facts'
import { fillLetter, letterText } from '../../../shared/letters/letter-fields'
import type {
  LetterInputs,
  LetterRecipient,
  PreviousEdition,
} from '../../../shared/letters/letter-inputs'

function demo(): EditionSnapshot {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  return readEdition(doc).value
}

/** The 7th edition's record, as the server gathers it for the 8th's letters. */
function seventh(): PreviousEdition {
  const doc = new Y.Doc()
  seedPastEdition(doc, 7)
  const { meta, themes } = readEdition(doc).value
  return {
    number: meta.number,
    year: meta.year,
    hostCity: meta.hostCity,
    startDate: meta.startDate,
    endDate: meta.endDate,
    participation: meta.participation,
    globalTheme: themes.find((theme) => theme.id === meta.globalThemeId)?.title ?? null,
  }
}

const recipients: Record<ContactLanguage, LetterRecipient> = {
  fr: {
    collectiviteId: 'col-tours',
    name: { fr: 'Ville de Tours', ja: 'トゥール市', en: '' },
    country: 'FR',
    kind: 'commune',
    address: 'Hôtel de ville, 3 rue des Minimes, 37000 Tours',
    contact: {
      name: 'Hélène Marchal',
      function: 'Chargée des relations internationales',
      email: 'helene.marchal@tours.example.fr',
    },
    language: 'fr',
  },
  ja: {
    collectiviteId: 'col-shizuoka-city',
    name: { fr: 'Ville de Shizuoka', ja: '静岡市', en: '' },
    country: 'JP',
    kind: 'city',
    address: '〒420-8602 静岡県静岡市葵区追手町5番1号',
    contact: { name: '鈴木 恵子', function: '国際交流課長', email: 'k-suzuki@shizuoka.example.jp' },
    language: 'ja',
  },
}

/** What the server gathers for a letter of the demo: the 7th, the form's deadline, a recipient. */
const inputs = (lang: ContactLanguage): LetterInputs => ({
  previous: seventh(),
  deadline: zonedToInstant('2023-09-04', '18:00', 'Asia/Tokyo').toISOString(),
  recipient: recipients[lang],
  formUrl: 'http://127.0.0.1:8787/f/abcdefghjk',
})

/** The demo's template in `lang`, filled as the pack fills it. */
function letterIn(lang: ContactLanguage) {
  const edition = demo()
  return fillLetter(edition.meta.letter[lang], letterFacts(edition, inputs(lang), lang))
}

describe("the demo edition's invitation", () => {
  it('carries the letter of 11 July 2023, signed in Paris by the French committee’s president', () => {
    const { meta, persons } = demo()
    expect(meta.letterDate).toBe('2023-07-11')
    expect(meta.letterPlace).toMatchObject({ fr: 'Paris', ja: 'パリ' })
    expect(meta.signatoryIds).toEqual(['p-dubois'])
    const president = persons.find((person) => person.id === 'p-dubois')
    expect(president?.role.fr).toMatch(/^Présidente du comité de pilotage français, adjointe/)
    expect(president?.role.ja).toMatch(/^フランス側実行委員会委員長/)
    expect(meta.formReturn.fr).toContain('Cités Unies France')
    expect(meta.formReturn.ja).toContain('CUF')
    // Each committee's letter in its own language, a Japanese one in Japanese form.
    expect(meta.letter.fr).toContain('Madame, Monsieur')
    expect(meta.letter.ja).toMatch(/拝啓[\s\S]*敬具[\s\S]*記[\s\S]*以上/)
  })

  it('holds its first committee meeting, on 18 September 2023 at the Cité des Sciences, with its agenda', () => {
    const edition = demo()
    expect(edition.meetings).toHaveLength(1)
    const meeting = firstMeeting(edition)
    expect(meeting).toMatchObject({ date: '2023-09-18', start: '16:30', end: '18:00' })
    expect(meeting?.place.fr).toBe('la Cité des Sciences et de l’Industrie, Paris')
    expect(meeting?.event.fr).toBe(
      'Rencontres de l’action internationale des collectivités territoriales',
    )
    expect(meeting?.event.ja).not.toBe('')
    const agenda = { fr: meeting?.agenda.fr.split('\n'), ja: meeting?.agenda.ja.split('\n') }
    expect(agenda.fr).toHaveLength(5)
    expect(agenda.ja).toHaveLength(5)
    expect(agenda.fr).toContain('Programme prévisionnel des 8es Rencontres')
    expect(agenda.fr).toContain(
      'Recueil des suggestions des collectivités sur les thèmes et les ateliers',
    )
  })

  it('fills the French letter with every fact of the 8th’s invitation, no field left without a value', () => {
    const letter = letterIn('fr')
    expect(letter.unknown).toEqual([])
    expect(letter.missing).toEqual([])
    const text = letterText(letter)
    for (const fact of [
      'Paris, le 11 juillet 2023',
      'Objet\u00a0: 8e Rencontres franco-japonaises de la coopération décentralisée, Shizuoka, du 18 au 21 novembre 2024',
      'Initiées à Nancy en octobre 2008',
      'tenue à Aix-en-Provence du 3 au 6 octobre 2022, a réuni 14 collectivités japonaises et 22 collectivités françaises',
      'Dans un monde post-Covid, l’urgence de l’innovation au service d’un territoire durable et inclusif',
      'le lundi 18 septembre 2023, de 16 h 30 à 18 h, à la Cité des Sciences et de l’Industrie, Paris',
      '« Rencontres de l’action internationale des collectivités territoriales »',
      'avant le 4 septembre 2023 à Cités Unies France',
      'Claire Dubois\nPrésidente du comité de pilotage français',
      'Hélène Marchal, Chargée des relations internationales\nVille de Tours',
      'Bulletin de participation',
    ]) {
      expect(text).toContain(fact)
    }
  })

  it('fills the Japanese letter in Japanese, no field left without a value', () => {
    const letter = letterIn('ja')
    expect(letter.unknown).toEqual([])
    expect(letter.missing).toEqual([])
    const text = letterText(letter)
    for (const fact of [
      '2023年7月11日',
      '静岡市\n国際交流課長　鈴木 恵子　様',
      '第8回日仏自治体交流会議の開催',
      '2024年11月18日～21日に静岡市において',
      '2022年10月3日～6日にエクス＝アン＝プロヴァンス市で開催された第7回会議には、日本から14、フランスから22の自治体が参加し',
      '2023年9月18日（月）16時30分～18時、シテ科学産業博物館（パリ）にて',
      '2023年9月4日までに',
      'フランス側実行委員会委員長、カンヌ市副市長（国際関係担当）　クレール・デュボワ',
      '参加申込書',
    ]) {
      expect(text).toContain(fact)
    }
  })
})
