import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The French words: the shape the other languages fill. */
const editionsFr = {
  /** The label of the choice of a past edition to start from. */
  copyFrom: 'Partir d’une édition précédente',
  /** The choice of starting from nothing. */
  blank: 'Aucune : édition vierge',
  /** What starting from a past edition brings, and what it leaves behind. */
  copyHint:
    'Reprend les lieux, les salles, les horaires des journées, les thèmes et les séances (titres, durées, salles) en brouillon, jour par jour sur les nouvelles dates ; ni intervenants ni collectivités.',
  /** One past edition in the choice: its number, host city and year. */
  source: (number: string, city: string, year: number) => `${number} — ${city} (${year})`,
  /** While the list of editions to start from loads. */
  loadingSources: 'Chargement des éditions…',
  /** The server no longer lets this person see the edition chosen to start from. */
  sourceGone: 'Cette édition n’est plus accessible : choisissez-en une autre.',
}

/** The strings of the form that creates an edition, beyond those of the main catalogue. */
export type EditionsMessages = typeof editionsFr

export const editionsMessages: CataloguePart<EditionsMessages> = {
  fr: editionsFr,
  ja: {
    copyFrom: '過去の回から作成',
    blank: 'なし（白紙から作成）',
    copyHint:
      '会場・部屋、各日の時間帯、テーマ、セッション（題名・所要時間・会場）を下書きとして引き継ぎ、新しい日程に日ごとに割り当てます。登壇者・司会や自治体は引き継ぎません。',
    source: (number, city, year) => `${number}（${city}、${year}年）`,
    loadingSources: '回の一覧を読み込み中…',
    sourceGone: 'この回は閲覧できなくなりました。別の回を選んでください。',
  },
  en: {
    copyFrom: 'Start from a previous edition',
    blank: 'None: a blank edition',
    copyHint:
      'Brings over the venues, rooms, each day’s hours, the themes and the sessions (titles, durations, rooms) as drafts, day by day onto the new dates; no speakers, no collectivités.',
    source: (number, city, year) => `${number} — ${city} (${year})`,
    loadingSources: 'Loading editions…',
    sourceGone: 'This edition is no longer available to you: choose another.',
  },
}
