import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The words of the time zone select. */
export interface TimeZoneMessages {
  /** The group of the zones offered first. */
  usual: string
  /** A region of zone names ('Europe', 'Asia'…) in the interface language. */
  regions: Record<string, string>
  /** Cities whose name this language writes otherwise than the zone name does. */
  cities: Record<string, string>
}

export const timeZoneMessages: CataloguePart<TimeZoneMessages> = {
  fr: {
    usual: 'France et Japon',
    regions: {
      Africa: 'Afrique',
      America: 'Amérique',
      Antarctica: 'Antarctique',
      Arctic: 'Arctique',
      Asia: 'Asie',
      Atlantic: 'Atlantique',
      Australia: 'Australie',
      Europe: 'Europe',
      Indian: 'Océan Indien',
      Pacific: 'Pacifique',
      Etc: 'Autres',
    },
    cities: {
      'Europe/London': 'Londres',
      'Europe/Brussels': 'Bruxelles',
      'Europe/Lisbon': 'Lisbonne',
      'Europe/Moscow': 'Moscou',
      'Asia/Seoul': 'Séoul',
      'Asia/Singapore': 'Singapour',
      'Indian/Reunion': 'La Réunion',
      'Pacific/Noumea': 'Nouméa',
    },
  },
  ja: {
    usual: 'フランス・日本',
    regions: {
      Africa: 'アフリカ',
      America: 'アメリカ',
      Antarctica: '南極',
      Arctic: '北極',
      Asia: 'アジア',
      Atlantic: '大西洋',
      Australia: 'オーストラリア',
      Europe: 'ヨーロッパ',
      Indian: 'インド洋',
      Pacific: '太平洋',
      Etc: 'その他',
    },
    cities: {
      'Europe/Paris': 'パリ',
      'Asia/Tokyo': '東京',
      'Europe/London': 'ロンドン',
      'Europe/Brussels': 'ブリュッセル',
      'Europe/Berlin': 'ベルリン',
      'Europe/Rome': 'ローマ',
      'Europe/Madrid': 'マドリード',
      'Europe/Lisbon': 'リスボン',
      'Europe/Moscow': 'モスクワ',
      'Asia/Seoul': 'ソウル',
      'Asia/Shanghai': '上海',
      'Asia/Taipei': '台北',
      'Asia/Hong_Kong': '香港',
      'Asia/Singapore': 'シンガポール',
      'Asia/Bangkok': 'バンコク',
      'America/New_York': 'ニューヨーク',
      'America/Los_Angeles': 'ロサンゼルス',
      'America/Martinique': 'マルティニーク',
      'America/Guadeloupe': 'グアドループ',
      'Indian/Reunion': 'レユニオン',
      'Pacific/Noumea': 'ヌメア',
      'Pacific/Tahiti': 'タヒチ',
      'Pacific/Honolulu': 'ホノルル',
      'Australia/Sydney': 'シドニー',
      UTC: '協定世界時',
    },
  },
  en: {
    usual: 'France and Japan',
    regions: {
      Africa: 'Africa',
      America: 'Americas',
      Antarctica: 'Antarctica',
      Arctic: 'Arctic',
      Asia: 'Asia',
      Atlantic: 'Atlantic',
      Australia: 'Australia',
      Europe: 'Europe',
      Indian: 'Indian Ocean',
      Pacific: 'Pacific',
      Etc: 'Other',
    },
    cities: {},
  },
}
