import type { Messages } from './messages'

// Working translations: the committees may correct them here.
export const ja: Messages = {
  languageName: '日本語',
  languageSwitch: '表示言語',
  intro:
    'リアルタイムの共有テキストです。入力した内容はすぐに全員の画面に表示され、接続中の参加者が一覧で分かります。',
  document: 'ドキュメント',
  shareHint: '共同で編集するには、このリンクを別のウィンドウで開いてください：',
  notesLabel: '共有メモ',
  notesPlaceholder: 'ここに入力してください。ほかの参加者にもそのまま表示されます。',
  status: {
    connecting: '接続中…',
    connected: '接続済み',
    offline: 'オフライン',
    refused: '拒否されました',
  },
  statusHint: {
    connecting: 'サーバーに接続しています。',
    connected: '変更はリアルタイムでほかの参加者に送られます。',
    offline: 'このまま入力を続けられます。接続が戻ると変更が送信されます。',
    refused:
      'サーバーがこのドキュメントを拒否しました。ページを再読み込みするか、別のドキュメントを開いてください。',
  },
  peopleTitle: '接続中の参加者',
  you: 'あなた',
  editing: '入力中',
  nobodyElse: 'ほかの参加者はまだいません。',
  yourName: 'あなたの名前',
  yourColor: '表示色',
  color: (index) => `色 ${index}`,
  guest: (n) => `ゲスト${n}`,
  invalidDocument: (name) =>
    `「${name}」はドキュメント名として使えません（英数字・「.」「_」「-」、128文字以内）。`,
  openDemo: 'デモ用ドキュメントを開く',
  edition: {
    listTitle: '日仏自治体交流会議の各回',
    listIntro:
      '日仏自治体交流会議の各回の一覧です。回を開くと、プログラムを複数人でリアルタイムに編集できます。',
    loading: '読み込み中…',
    loadFailed: '一覧を読み込めませんでした。ページを再読み込みしてください。',
    noEditions: 'まだ登録された回はありません。',
    number: (n) => `第${n}回`,
    record: '記録',
    recordHint: '過去の回です。閲覧のみできます。',
    backToList: '← 一覧に戻る',
    notFound: 'このページは存在しません。',
    waiting: 'プログラムを受信しています…',
    empty: 'このドキュメントにはまだ会議の情報がありません。',
    overview: '概要',
    globalTheme: '全体テーマ',
    venue: '会場',
    dates: '日程',
    timeZone: 'タイムゾーン',
    sessions: (n) => `セッション ${n}件`,
    rooms: (n) => `会場 ${n}室`,
    themes: (n) => `テーマ ${n}件`,
    untranslated: (n) => `未翻訳のテキスト ${n}件`,
    allTranslated: 'すべて翻訳済み',
    participation: (participants, fr, jp) =>
      [
        participants === null ? '' : `参加者 ${participants}名`,
        fr === null && jp === null ? '' : `参加自治体：日本 ${jp ?? '?'}、フランス ${fr ?? '?'}`,
      ]
        .filter(Boolean)
        .join('・'),
    programme: 'プログラム',
    noSessions: 'プログラムにはまだセッションがありません。',
    noRoom: '会場外',
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
    sessionStatus: { draft: '案', confirmed: '確定' },
    warning: {
      room_double_booked: '会場の重複予約',
      person_double_booked: '登壇者の時間が重複',
      outside_edition_dates: '会期外の日程',
      outside_day_bounds: '1日の時間帯の範囲外',
      missing_translation: '翻訳が未入力',
      edition_dates_inconsistent: '会期の日付に矛盾があります',
      collectivite_kind_mismatch: 'この国にない自治体の種別',
    },
    missingTranslation: '未翻訳',
    editingBy: (name) => `${name}さんが編集中`,
    editor: {
      title: 'セッション',
      close: '閉じる',
      sessionTitle: 'タイトル',
      description: '概要',
      kind: '種類',
      day: '日付',
      start: '開始',
      duration: '所要時間（分）',
      room: '会場',
      minutes: (n) => `${n}分`,
      lang: { fr: 'フランス語', ja: '日本語', en: '英語' },
      optional: '任意',
      refused: (reason) => `変更できませんでした：${reason}`,
      readOnly: 'この回は記録のため、編集できません。',
    },
    dragHint: 'セッションをドラッグすると5分単位で移動できます。クリックすると編集できます。',
  },
}
