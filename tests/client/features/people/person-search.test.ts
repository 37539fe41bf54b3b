import { describe, expect, it } from 'vitest'
import {
  foldForSearch,
  matchesPerson,
  personSearchText,
} from '../../../../client/features/people/person-search'

const text = (fr: string, ja: string, en = '') => ({ fr, ja, en })

const suzuki = {
  name: text('Tarō Suzuki', '鈴木 太郎'),
  reading: 'すずき たろう',
  role: text('Maire de Hamamatsu', '浜松市長'),
}
const lefevre = {
  name: text('Camille Lefèvre', 'カミーユ・ルフェーヴル'),
  reading: '',
  role: text('Directrice du tourisme et de la culture', '観光・文化局長'),
}
const hamamatsu = { name: text('Ville de Hamamatsu', '浜松市', 'Hamamatsu City') }
const aix = { name: text("Ville d'Aix-en-Provence", 'エクス＝アン＝プロヴァンス市') }

describe('finding a person', () => {
  it('finds a Japanese name by its reading typed in hiragana or katakana', () => {
    expect(matchesPerson(suzuki, null, 'すずき')).toBe(true)
    expect(matchesPerson(suzuki, null, 'スズキ')).toBe(true)
    expect(matchesPerson(suzuki, null, 'タロウ')).toBe(true)
    // Half-width katakana, as some keyboards still give it.
    expect(matchesPerson(suzuki, null, 'ｽｽﾞｷ')).toBe(true)
    expect(matchesPerson(suzuki, null, 'サトウ')).toBe(false)
  })

  it('finds a katakana name typed in hiragana, voiced sounds kept apart', () => {
    expect(matchesPerson(lefevre, null, 'るふぇーゔる')).toBe(true)
    expect(matchesPerson(lefevre, null, 'かみーゆ')).toBe(true)
    // が is not か: the voicing mark is not an accent.
    expect(matchesPerson(lefevre, null, 'がみーゆ')).toBe(false)
  })

  it('finds a name in kanji, with or without the space between its parts', () => {
    expect(matchesPerson(suzuki, null, '鈴木')).toBe(true)
    expect(matchesPerson(suzuki, null, '鈴木太郎')).toBe(true)
    expect(matchesPerson(suzuki, null, '鈴木　太郎')).toBe(true)
  })

  it('finds a Latin name whatever its case and accents', () => {
    expect(matchesPerson(suzuki, null, 'taro')).toBe(true)
    expect(matchesPerson(suzuki, null, 'TARŌ')).toBe(true)
    expect(matchesPerson(lefevre, null, 'lefevre')).toBe(true)
    expect(matchesPerson(lefevre, null, 'LEFÈVRE')).toBe(true)
    expect(matchesPerson(lefevre, null, 'camillelef')).toBe(true)
    expect(matchesPerson(lefevre, null, 'lefebvre')).toBe(false)
  })

  it('finds a person by function or collectivité, every word somewhere', () => {
    expect(matchesPerson(suzuki, hamamatsu, 'maire')).toBe(true)
    expect(matchesPerson(suzuki, hamamatsu, '市長')).toBe(true)
    expect(matchesPerson(suzuki, hamamatsu, 'suzuki hamamatsu city')).toBe(true)
    expect(matchesPerson(suzuki, null, 'suzuki city')).toBe(false)
    expect(matchesPerson(lefevre, aix, 'aix en provence')).toBe(true)
    expect(matchesPerson(lefevre, aix, 'エクスアン')).toBe(true)
  })

  it('matches everyone while the query is empty or blank', () => {
    expect(matchesPerson(suzuki, null, '')).toBe(true)
    expect(matchesPerson(lefevre, aix, '  　')).toBe(true)
  })

  it('folds full-width letters, ligatures and katakana the same way on both sides', () => {
    expect(foldForSearch('ＳＵＺＵＫＩ')).toBe('suzuki')
    expect(foldForSearch('Œuvre')).toBe('oeuvre')
    expect(foldForSearch('クレール・デュボワ')).toBe('くれーるでゅぼわ')
    expect(personSearchText(suzuki, hamamatsu).split('\n')).toContain('すずきたろう')
  })
})
