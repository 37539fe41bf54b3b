import type { ProgrammeWords } from './programme-words'

/** The programme's words in Japanese: on paper and in the app alike. */
export const ja: ProgrammeWords = {
  file: {
    programme: 'プログラム',
    draft: 'プログラム案（未公開）',
    publishedVersion: (name, date) => `${date}公開のプログラム（${name}）`,
    globalTheme: '全体テーマ',
    dates: '日程',
    venue: '会場',
    room: '会場',
    noRoom: '会場外',
    allRooms: '全会場',
    roles: {
      moderator: '司会',
      speaker: '登壇者',
      rapporteur: '報告者',
      witness: '総括コメンテーター',
    },
    interpretation: {
      consecutive: '逐次通訳（日仏）',
      simultaneous: '同時通訳（日仏）',
    },
    day: (day) =>
      new Intl.DateTimeFormat('ja-JP', {
        weekday: 'short',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${day}T00:00:00Z`)),
    timeRange: (start, end) => `${start}〜${end}`,
    timesIn: (zone) => `時刻はすべて${zone}時間です。`,
    noSessions: 'プログラムにセッションはありません。',
    readFirst: '先に表示する言語',
    pageTitle: (edition) => `プログラム — ${edition}`,
    print: '印刷',
  },
  zoneCity: (timeZone) =>
    ({ 'Asia/Tokyo': '東京', 'Europe/Paris': 'パリ' })[timeZone] ??
    timeZone.split('/').pop()?.replace(/_/g, ' ') ??
    timeZone,
  kind: {
    plenary: '全体会',
    workshop: '分科会',
    site_visit: '視察',
    ceremony: '式典',
    reception: 'レセプション',
    break: '休憩',
    other: 'その他',
  },
}
