import type { Collection } from '../../../shared/doc/edition'
import { MAX_EDITION_DAYS } from '../../../shared/doc/edition/rules'
import { ja as jaWords } from '../../../shared/programme-words/ja'
import {
  type FieldWords,
  type TextWords,
  type ThingWords,
  wordsFor,
} from '../../features/activity/fields'
import type { Messages } from './messages'

// Working translations: the committees may correct them here.
/** The interface's Japanese words for a field of an entity. */
const JA_FIELDS: FieldWords = {
  schedule: '日時',
  day: '日付',
  start: '開始時刻',
  end: '終了時刻',
  ownHours: '個別の時間帯の指定',
  durationMinutes: '所要時間',
  roomId: '会場',
  roomIds: '会場',
  allRooms: '全会場の指定',
  themeId: 'テーマ',
  speakerIds: '登壇者',
  moderatorIds: '司会',
  rapporteurIds: '報告者',
  witnessIds: '講評者',
  interpretation: '通訳',
  status: '状態',
  kind: '種類',
  capacity: '定員',
  position: '並び順',
  venueId: '施設',
  booths: '通訳ブース',
  reading: '読み仮名',
  collectiviteId: '所属自治体',
  collectiviteName: '自治体名',
  country: '国',
  date: '日付',
  intakeOpen: '提案・意見の受付',
  text: '本文',
  authorId: '投稿者',
  authorName: '投稿者名',
  collectivite: '自治体',
  target: '対象',
  mergedIntoId: '統合先',
  supporterIds: '+1',
  sessionId: '関連セッション',
  proposalId: '関連する分科会提案',
  collectiviteNames: '提案自治体',
  suggestionId: '元の提案・意見',
  delegates: '参加人数',
  workshopIds: '希望する分科会',
  wantsToSpeak: '発言の希望',
  wantsToPropose: '分科会提案の希望',
  dayIds: '参加日',
  amendedAt: '変更日時',
  number: '回数',
  year: '開催年',
  hostCountry: '開催国',
  startDate: '開始日',
  endDate: '終了日',
  timeZone: 'タイムゾーン',
  globalThemeId: '全体テーマ',
  participation: '参加者数',
  createdAt: '作成日時',
  meetingId: '会合',
  letterDate: '案内状の日付',
  signatoryIds: '署名者',
  directoryId: '名簿との紐付け',
}

/** The texts written in each language. */
const JA_TEXTS: TextWords<string> = {
  title: 'タイトル',
  description: '概要',
  name: '名前',
  role: '役職',
  place: '場所',
  agenda: '議事次第',
  hostCity: '開催都市',
  venue: '会場',
  label: '名称',
  address: '住所',
  letter: '案内状',
  letterPlace: '案内状の発信地',
  formReturn: '申込書の返送先',
  event: '関連行事',
}

const JA_LANGS: Record<string, string> = { fr: 'フランス語', ja: '日本語', en: '英語' }

/** 「日本語タイトル」「フランス語の概要」「会場」. */
function jaField(path: string): string {
  const [field = '', lang] = path.split('.')
  const text = wordsFor(JA_TEXTS, field)
  if (text) {
    const language = lang ? JA_LANGS[lang] : undefined
    if (!language) return text
    return field === 'title' ? `${language}${text}` : `${language}の${text}`
  }
  return wordsFor(JA_FIELDS, field) ?? `項目「${path}」`
}

/** 「AとB」「A、B、C」, and past four fields, how many in all. */
function jaList(items: string[]): string {
  if (items.length === 2) return `${items[0]}と${items[1]}`
  if (items.length > 4) return `${items.slice(0, 3).join('、')}など${items.length}項目`
  return items.join('、')
}

/** Whether every field is a text someone writes: typing is 編集, the rest 変更. */
const jaTexts = (fields: string[]) =>
  fields.every((path) => {
    const field = path.split('.')[0] ?? ''
    return wordsFor(JA_TEXTS, field) !== undefined || field === 'text'
  })

const kagi = (label: string) => `「${label || '無題'}」`

/** Each kind of entity named as what was created or deleted: セッション「第2分科会」. */
const JA_THINGS: ThingWords = {
  // A day is named by its date, which its label holds written out: 10月6日.
  days: (label) => label,
  venues: (label) => `施設${kagi(label)}`,
  sessions: (label) => `セッション${kagi(label)}`,
  themes: (label) => `テーマ${kagi(label)}`,
  rooms: (label) => `会場${kagi(label)}`,
  persons: (label) => `${kagi(label)}の人物情報`,
  collectivites: (label) => `自治体${kagi(label)}`,
  meetings: (label) => `${label}の会合`,
  suggestions: (label) => `提案・意見${kagi(label)}`,
  registrations: (label) => `${kagi(label)}の参加申込`,
  proposals: (label) => `分科会提案${kagi(label)}`,
  proposalComments: (label) => `コメント${kagi(label)}`,
}

/** The verb of a creation, where 作成 is not the word. */
const JA_CREATED: Partial<Record<Collection, string>> = {
  days: '追加',
  venues: '追加',
  rooms: '追加',
  persons: '追加',
  collectivites: '追加',
  suggestions: '送信',
  registrations: '送信',
  proposals: '提出',
  proposalComments: '投稿',
}

const jaActor = (name: string, committee: 'fr' | 'jp' | null): string =>
  committee ? `${name}（${committee === 'fr' ? 'フランス側' : '日本側'}）` : name

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
    connected: '同期済み',
    offline: 'オフライン — 変更はこの端末に保存されています',
    refused: '拒否されました',
  },
  statusHint: {
    connecting: 'サーバーに接続しています。',
    connected: '変更はリアルタイムでほかの参加者に送られます。',
    offline: 'このまま入力を続けられます。変更はこの端末に保存され、接続が戻ると送信されます。',
    refused:
      'サーバーがこのドキュメントを拒否しました。ページを再読み込みするか、別のドキュメントを開いてください。',
  },
  peopleTitle: '接続中の参加者',
  you: 'あなた',
  editing: '入力中',
  nobodyElse: 'ほかの参加者はまだいません。',
  invalidDocument: (name) =>
    `「${name}」はドキュメント名として使えません（英数字・「.」「_」「-」、128文字以内）。`,
  openDemo: 'デモ用ドキュメントを開く',
  edition: {
    create: {
      open: '新しい回を作成',
      number: '回',
      titleFr: 'タイトル（フランス語）',
      titleJa: 'タイトル（日本語）',
      cityFr: '開催都市（フランス語）',
      cityJa: '開催都市（日本語）',
      country: '開催国',
      countries: { FR: 'フランス', JP: '日本' },
      timeZone: 'タイムゾーン',
      startDate: '初日',
      endDate: '最終日',
      submit: '作成する',
      submitting: '作成中…',
      failed: '作成できませんでした。示された項目を修正してください。',
    },
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
    unplaced: '未配置',
    allRooms: '全会場',
    zoneCity: jaWords.zoneCity,
    kind: jaWords.kind,
    sessionStatus: { draft: '案', confirmed: '確定' },
    warning: {
      room_double_booked: '会場の重複予約',
      person_double_booked: '登壇者の時間が重複',
      outside_edition_dates: '会期外の日程',
      outside_day_bounds: '1日の時間帯の範囲外',
      missing_translation: '翻訳が未入力',
      edition_dates_inconsistent: '会期の日付に矛盾があります',
      collectivite_kind_mismatch: 'この国にない自治体の種別',
      unplaced_session: '日時または会場が未定のセッション',
      interpretation_without_booths: '通訳ブースのない会場で同時通訳',
      room_over_capacity: '申込者数が会場の定員を超えています',
      person_without_function: '仏語または日本語の役職が未入力',
    },
    datesProblem: {
      end_before_start: '最終日が初日より前になっています。',
      too_long: `会期が初日から${MAX_EDITION_DAYS}日を超えています。最終日の年月をご確認ください。`,
      year_mismatch: '初日が開催年と一致していません。',
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
      viewerReadOnly: '閲覧のみの権限のため、この回は編集できません。',
    },
    dragHint:
      'セッションをドラッグすると移動、下端をドラッグすると長さを変更できます（5分単位）。クリックすると編集できます。',
    keyboardHint:
      'キーボード：Alt + ↑ ↓ で5分移動、Alt + ← → で会場を変更、Alt + Shift + ↑ ↓ で短く・長く。Enter で開きます。',
    themePage: {
      title: 'テーマと分科会',
      views: '表示の切り替え',
      intro:
        '今回の全体テーマと各分科会のテーマを、フランス語と日本語で編集できます。変更はリアルタイムで全員に反映されます。',
      chooseGlobal: '今回の全体テーマ',
      noGlobal: 'なし',
      addGlobal: '全体テーマを新規作成',
      workshops: '分科会テーマ',
      addWorkshop: '分科会テーマを追加',
      noWorkshops: '分科会テーマはまだありません。',
      workshopNumber: (n) => `第${n}分科会`,
      themeTitle: 'テーマ名',
      description: '説明',
      sessionsUsing: 'このテーマのセッション',
      noSessionsUsing: 'このテーマのセッションはまだありません。',
      delete: '削除',
      confirmDelete: (sessions) =>
        sessions === 0
          ? 'このテーマを削除しますか？'
          : `このテーマを削除しますか？ セッション${sessions}件のテーマ設定が解除されます。`,
      confirm: '削除する',
      cancel: 'キャンセル',
    },
    history: {
      undo: '元に戻す',
      redo: 'やり直す',
      undoHint: (mod) => `自分の直前の変更を取り消します（他の人の変更はそのまま）（${mod}+Z）`,
      redoHint: (mod) => `取り消した変更をやり直します（${mod}+Shift+Z）`,
    },
  },
  access: {
    role: { owner: '管理者', editor: '編集者', viewer: '閲覧者' },
    committee: { fr: 'フランス側委員会', jp: '日本側委員会' },
    signedInAs: (name) => `${name}さんとしてログイン中`,
    signOut: 'ログアウト',
    signOutFailed: 'ログアウトできませんでした。もう一度お試しください。',
    signedOut: {
      title: '招待リンクからログインしてください',
      body: 'Kaigiは日仏自治体交流会議の実行委員会メンバー専用です。受け取った招待リンク（メールやメッセージ）をこのブラウザで開くと、ログインできます。',
      hint: 'リンクがない、または期限が切れている場合は、所属する委員会の管理者に新しいリンクを依頼してください。',
    },
    invite: {
      title: 'Kaigiへの招待',
      loading: 'リンクを確認しています…',
      checkFailed: 'リンクを確認できませんでした。接続を確認して、ページを再読み込みしてください。',
      offer: 'このリンクで、次の権限でKaigiに参加できます：',
      role: '権限',
      edition: '対象の回',
      allEditions: 'すべての回（インスタンス管理者）',
      committee: '委員会',
      expires: '有効期限',
      never: 'なし',
      problem: {
        expired: 'この招待リンクは有効期限が切れています。',
        revoked: 'この招待リンクは無効化されています。',
        'used-up': 'この招待リンクは利用回数の上限に達しています。',
        invalid: 'この招待リンクは無効です。',
      },
      problemHint: '所属する委員会の管理者に新しいリンクを依頼してください。',
      name: 'お名前',
      nameHint: 'ほかのメンバーに表示される名前です（例：佐藤 花子（静岡））。',
      nameError: (max) => `名前を1～${max}文字で入力してください。`,
      chooseCommittee: '所属する委員会',
      committeeError: '所属する委員会を選んでください。',
      alreadySignedIn: (name) =>
        `このブラウザはすでに${name}さんとしてログインしています。承諾すると、このアカウントに権限が追加されます。`,
      submit: '招待を承諾する',
      submitting: 'ログイン中…',
      failed: '招待を承諾できませんでした。もう一度お試しください。',
    },
    membersView: 'メンバーと招待',
    members: {
      title: 'メンバー',
      you: 'あなた',
      noCommittee: '委員会なし',
      instanceOwner: '全回の管理者',
      instanceOwnerHint: 'このKaigiの管理者です。招待なしですべての回にアクセスできます。',
      revoke: 'アクセスを取り消す',
      confirmRevoke: (name) => `${name}さんのこの回へのアクセスを取り消しますか？`,
      confirm: '取り消す',
      cancel: 'キャンセル',
      loadFailed: 'メンバー一覧を読み込めませんでした。',
      revokeFailed: 'アクセスを取り消せませんでした。もう一度お試しください。',
      none: 'メンバーはまだいません。',
    },
    invitations: {
      title: '招待リンク',
      intro:
        'リンクを作成し、招待したい人に送ってください。リンクを開いた人は名前を入力し、選んだ権限でこの回に参加します。',
      role: '権限',
      committee: '委員会',
      committeeChosen: '本人が選択',
      expiry: '有効期間',
      expiryChoice: (hours) => `${hours / 24}日間`,
      maxUses: '利用回数の上限',
      unlimited: '無制限',
      maxUsesError: (max) => `1～${max}の整数を入力してください（空欄なら無制限）。`,
      create: 'リンクを作成',
      creating: '作成中…',
      failed: 'リンクを作成できませんでした。',
      created: '作成した招待リンク',
      createdHint:
        'このリンクは今回しか表示されません。今すぐコピーするか、QRコードを読み取ってもらってください。',
      copy: 'リンクをコピー',
      copied: 'コピーしました',
      qr: '招待リンクのQRコード',
      active: '有効なリンク',
      none: '有効なリンクはありません。',
      uses: (uses, max) => (max === null ? `${uses}回利用` : `${uses} / ${max}回利用`),
      expiresOn: (date) => `${date}まで`,
      revoke: '無効にする',
      confirmRevoke: 'このリンクを無効にしますか？以後は使えなくなります。',
      loadFailed: 'リンクを読み込めませんでした。',
      recordViewersOnly: 'この回は記録のため、閲覧者としてのみ招待できます。',
    },
    viewerNotice:
      'この回は閲覧のみの権限です。プログラムはリアルタイムで表示されますが、編集はできません。',
    lost: {
      'signed-out': 'ログアウトされました。',
      revoked: 'この回へのアクセス権が取り消されました。',
      'read-only': '閲覧のみの権限のため、変更は受け付けられませんでした。',
    },
    lostHint: {
      'signed-out':
        '未送信の変更はこの端末から削除されました。ページを再読み込みし、招待リンクからログインし直してください。',
      revoked:
        'プログラムはこの端末から削除されました。誤りと思われる場合は、管理者に新しいリンクを依頼してください。',
      'read-only':
        'この回は閲覧のみ可能です。ページを再読み込みすると、現在のプログラムが表示されます。',
    },
    reload: 'ページを再読み込み',
  },
  meetings: {
    tab: '会合',
    title: '実行委員会の会合',
    intro:
      '実行委員会の会合です。会合中、参加者はアカウントなしで、リンクまたはQRコードからスマートフォンで提案・意見を送れます。送られた提案・意見はボードにリアルタイムで表示されます。',
    none: '会合はまだありません。',
    name: (date) => `${date}の会合`,
    create: {
      open: '新しい会合',
      date: '日付',
      placeFr: '場所（フランス語）',
      placeJa: '場所（日本語）',
      agendaFr: '議事次第（フランス語）',
      agendaJa: '議事次第（日本語）',
      agendaHint: '1行に1項目。任意で、後から編集できます。',
      submit: '会合を作成',
      dateError: '会合の日付を入力してください。',
      placeError: '場所をフランス語または日本語で入力してください。',
    },
    date: '日付',
    place: '場所',
    agenda: '議事次第',
    noAgenda: '議事次第はまだありません。',
    edit: '日付・場所・議事次第',
    intake: { open: '提案・意見を受付中', closed: '提案・意見の受付終了' },
    openIntake: '受付を開始',
    closeIntake: '受付を終了',
    suggestionCount: (total, fresh) =>
      total === 0
        ? '提案・意見はありません'
        : `提案・意見 ${total}件${fresh > 0 ? `（未整理 ${fresh}件）` : ''}`,
    openWall: '提案・意見ボード',
    link: {
      get: '参加者用リンク',
      getting: 'リンクを作成中…',
      failed: 'リンクを取得できませんでした。もう一度お試しください。',
      title: '参加者用リンク',
      hint: 'アカウント不要です。このリンクで開けるのは、この会合の提案・意見フォームだけです。リンクは毎回同じです。',
      copy: 'リンクをコピー',
      copied: 'コピーしました',
      qr: '参加者用リンクのQRコード',
      showRoom: '会場向けに全画面表示',
    },
    room: {
      call: '提案・意見をお寄せください',
      scan: 'QRコードを読み取るか、次のアドレスを開いてください',
      closed: '提案・意見の受付は終了しました。',
      close: '閉じる',
    },
    wall: {
      title: '提案・意見ボード',
      back: '← 会合一覧',
      meetingGone: 'この会合は存在しません（削除された可能性があります）。',
      filter: '対象',
      all: 'すべて',
      target: {
        global_theme: '全体テーマ',
        workshop: '分科会',
        programme: 'プログラム',
        other: 'その他',
      },
      join: '提案・意見の送信はこちら：',
      fullScreen: '全画面表示',
      exitFullScreen: '全画面表示を終了',
      empty: '提案・意見はまだありません。送信されるとすぐにここに表示されます。',
      emptyFilter: 'この対象の提案・意見はありません。',
      anonymous: '匿名',
      supporters: (n) => `+1 · ${n}`,
      support: '賛同する（+1）',
      unsupport: '+1を取り消す',
      status: {
        new: '新規',
        kept: '採用候補',
        merged: '統合済み',
        dismissed: '見送り',
        converted: 'セッション化',
      },
      keep: '採用候補にする',
      dismiss: '見送る',
      restore: '未整理に戻す',
      merge: '統合…',
      mergeInto: '統合先の提案・意見',
      mergeConfirm: '統合する',
      mergeNone: 'この会合にはほかの提案・意見がありません。',
      cancel: 'キャンセル',
      mergedInto: (text) => `「${text}」に統合`,
      mergedHere: (n) => `${n}件の提案・意見を統合`,
      convert: 'セッションにする…',
      convertTitle: 'プログラムに新しいセッションを追加',
      convertTheme: '分科会テーマ',
      convertHint:
        'タイトルには提案・意見の本文が両方の言語欄に入っています。今すぐ、または後でセッション画面で翻訳してください。',
      convertSubmit: 'プログラムに追加',
      became: 'セッションになりました',
      sessionGone: 'セッションになりましたが、その後削除されました。',
      becameProposal: '分科会提案になりました。',
      toProposal: '分科会提案にする',
      toProposalTitle: 'この提案・意見を分科会提案にする',
      toProposalCollectivite: '提案する自治体',
      toProposalHint: 'タイトルは提案・意見の文をそのまま使います。提案一覧で委員会が翻訳します。',
      toProposalSubmit: '分科会提案を作成',
      triaged: '整理済み',
      refused: (reason) => `できませんでした：${reason}`,
    },
  },
  participant: {
    loading: '読み込み中…',
    notFound:
      'このリンクに対応する会合はありません。アドレスを確認するか、QRコードをもう一度読み取ってください。',
    loadFailed: '会合を読み込めませんでした。接続を確認してください。',
    retry: '再試行',
    intro:
      '送信した提案・意見は、すぐに会合のボードに表示されます。日本語でもフランス語でも書けます。',
    closed: '提案・意見の受付は終了しました。',
    closedHint: '現在、議長は提案・意見を受け付けていません。',
    checkAgain: 'もう一度確認する',
    text: '提案・意見',
    textHint: 'テーマ、分科会、登壇者などのアイデアを数行で。',
    counter: (n, max) => `${n} / ${max}`,
    name: 'お名前',
    collectivite: '所属自治体',
    optional: '任意',
    target: '対象',
    targetChoice: {
      global_theme: '全体テーマ',
      workshop: '分科会',
      programme: 'プログラム',
      other: 'その他',
    },
    workshop: 'どの分科会ですか？',
    send: '送信',
    sending: '送信中…',
    errors: {
      text: (max) => `提案・意見を入力してください（${max}文字以内）。`,
      authorName: (max) => `お名前は${max}文字以内で入力してください。`,
      collectivite: (max) => `自治体名は${max}文字以内で入力してください。`,
      target: '提案・意見の対象を選んでください。',
      themeId: '分科会を選んでください。',
      other: '送信できませんでした。入力内容を確認してください。',
      tooMany: 'このネットワークからの送信が多すぎます。少し待ってから再送してください。',
      network: '送信できませんでした。接続を確認して、もう一度送信してください。',
    },
    thanks: 'ありがとうございます。提案・意見がボードに表示されました。',
    thanksHint: '委員会で検討し、プログラムに反映することがあります。',
    another: '別の提案・意見を送る',
    tabs: { suggestion: '提案・意見', proposal: '分科会を提案' },
    proposal: {
      intro:
        '自治体として分科会を提案できます。委員会にすぐ届き、プログラムに加えられることがあります。',
      title: '分科会のタイトル',
      titleHint: 'ご自分の言語で。委員会が翻訳します。',
      description: '内容',
      theme: '分科会テーマ',
      noTheme: '特になし',
      collectivites: '提案する自治体',
      collectivitesHint: '1行に1つ（1つ以上）。',
      send: '提案を送る',
      errors: {
        title: '分科会のタイトルを入力してください。',
        description: '内容が長すぎます。',
        themeId: '一覧からテーマを選んでください。',
        collectiviteNames: '自治体を1つ以上入力してください（1行に1つ）。',
      },
      thanks: 'ありがとうございます。分科会提案を委員会に送りました。',
      thanksHint: '委員会で検討し、ご連絡します。',
      another: '別の分科会を提案する',
    },
  },
  proposals: {
    tab: '分科会提案',
    title: '分科会提案',
    intro:
      '自治体から寄せられた分科会提案。一緒に検討・翻訳します。採択した提案はプログラムのセッションになります。',
    none: '提案はありません。',
    status: {
      submitted: '提出済み',
      under_review: '検討中',
      accepted: '採択',
      merged: '統合済み',
      declined: '不採択',
    },
    create: '新しい提案',
    createSubmit: '提案を追加',
    proposalTitle: 'タイトル',
    description: '内容',
    theme: '分科会テーマ',
    noTheme: 'テーマなし',
    collectivites: '提案する自治体',
    collectivitesHint: '1行に1つ。',
    fromSuggestion: '元の提案・意見：',
    comments: (n) => (n === 0 ? 'コメントなし' : `コメント${n}件`),
    comment: 'コメント',
    commentSend: 'コメントする',
    review: '検討中にする',
    decline: '不採択にする',
    reopen: '「提出済み」に戻す',
    merge: '統合…',
    mergeInto: '統合先',
    mergeConfirm: '統合する',
    mergeNone: 'ほかに未決の提案はありません。',
    mergedInto: '統合先：',
    accept: '採択…',
    acceptTitle: '採択：分科会セッションを作成',
    acceptSubmit: '採択してセッションを作成',
    sessionCreated: 'セッションを作成しました：',
    sessionGone: 'セッションは削除されました。',
    cancel: 'キャンセル',
    refused: (reason) => `変更できませんでした：${reason}`,
  },
  form: {
    title: '参加申込書',
    loading: '読み込み中…',
    notFound: 'このリンクの申込書はありません。アドレスをご確認ください。',
    loadFailed: '申込書を読み込めませんでした。接続をご確認ください。',
    retry: '再試行',
    intro: '自治体の参加を申し込んでください。代表団ごとに1通です。',
    deadline: (when) => `締切：${when}`,
    closed: '受付は終了しました。',
    closedHint: '締切を過ぎています。締切後のお申し込みは委員会までご連絡ください。',
    collectivite: '自治体',
    pick: '一覧から選ぶ…',
    notListed: '一覧にない',
    newName: '自治体名',
    country: '国',
    countries: { FR: 'フランス', JP: '日本' },
    contactName: '担当者',
    email: 'メールアドレス',
    delegates: '参加人数',
    workshops: '関心のある分科会',
    noWorkshops: '分科会はまだ決まっていません。',
    wantsToSpeak: '発表を希望する',
    wantsToPropose: '分科会の提案を希望する',
    send: '申込書を送る',
    sending: '送信中…',
    errors: {
      collectiviteId: '一覧から自治体を選んでください。',
      collectiviteName: '自治体を選ぶか、名前を入力してください。',
      country: '国を選んでください。',
      contactName: '担当者名を入力してください。',
      email: '正しいメールアドレスを入力してください。',
      delegates: '参加人数は1〜200名です。',
      workshopIds: '選んだ分科会の一つがなくなりました。選択を外してください。',
      other: '送信できませんでした。入力内容をご確認ください。',
      tooMany: 'このネットワークからの送信が多すぎます。少し待ってから再度送ってください。',
      network: '送信できませんでした。接続を確認して再度送ってください。',
    },
    thanks: 'ありがとうございます。お申し込みを受け付けました。',
    thanksHint: 'ご記入のアドレスに委員会からご連絡します。',
  },
  registrations: {
    tab: '参加申込',
    title: '参加申込',
    intro: '自治体からの参加申込書をリアルタイムで表示します。',
    deadline: '締切',
    save: '締切を保存',
    saving: '保存中…',
    saved: '締切を保存しました。',
    saveFailed: '締切を保存できませんでした。',
    noForm: '申込書はまだありません。締切を設定するとリンクができます。',
    link: '申込書のリンク',
    copy: 'コピー',
    copied: 'コピーしました',
    qr: '参加申込書のQRコード',
    open: '受付中',
    closed: '受付終了',
    counts: (c) =>
      `参加者${c.participants}名、${c.collectivites}自治体（フランス${c.byCountry.FR.collectivites}、日本${c.byCountry.JP.collectivites}）`,
    none: 'まだ申込はありません。',
    collectivite: '自治体',
    country: '国',
    delegates: '人数',
    workshops: '分科会',
    speaks: '発表',
    proposes: '提案',
    yes: '希望',
    exportCsv: 'CSVで書き出す',
  },
  versions: {
    tab: '版',
    title: 'プログラムの版',
    intro:
      'プログラムの現在の状態に名前を付けて保存し、二つの版、または版と現在を比較し、復元や公開ができます。',
    viewerIntro:
      '委員会が保存したプログラムの版です。版どうし、または現在と比較したり、プレビューしたりできます。',
    nameLabel: '版の名前',
    namePlaceholder: '9月18日の委員会に提出した版',
    save: '版を保存',
    saving: '保存中…',
    saveFailed: '版を保存できませんでした。',
    loading: '読み込み中…',
    loadFailed: '版を読み込めませんでした。',
    none: '保存された版はまだありません。',
    savedBy: (author, when) => `${author}（${when}）`,
    published: '公開中',
    wasPublished: '公開済み（以前）',
    compareNow: '現在と比較',
    compareWith: '他の版と比較…',
    pickVersion: '版を選択',
    preview: 'プレビュー',
    closePreview: 'プレビューを閉じる',
    previewTitle: (name) => `「${name}」のプレビュー（閲覧のみ）`,
    restore: '復元',
    restoreQuestion: (name) =>
      `プログラムを「${name}」の状態に戻しますか？全員に対して一つの変更として加えられます。`,
    restoreConfirm: '復元する',
    restored: '版を復元しました。',
    restoreFailed: '版を復元できませんでした。',
    publish: '公開',
    publishQuestion: (name) => `「${name}」を正式なプログラムとして公開しますか？`,
    publishConfirm: '公開する',
    publishFailed: '版を公開できませんでした。',
    cancel: 'キャンセル',
    close: '閉じる',
    comparison: (from, to) =>
      to === null ? `「${from}」から現在まで` : `「${from}」から「${to}」まで`,
    noChanges: 'プログラムに違いはありません。',
    added: '追加',
    removed: '削除',
    changed: '変更',
    moved: (from, to) => `${from} から ${to} へ移動`,
    placeSeparator: '、',
    noRoom: '会場なし',
    unknownRoom: '削除された会場',
    field: { title: 'タイトル', description: '説明' },
    lang: { fr: 'FR', ja: 'JA', en: 'EN' },
    otherFields: (names) => `その他の変更：${names.join('、')}`,
    fieldName: {
      kind: '種類',
      themeId: 'テーマ',
      moderatorIds: '司会',
      speakerIds: '登壇者',
      rapporteurIds: '報告者',
      witnessIds: '講評者',
      interpretation: '通訳',
      status: '状態',
    },
    removedWords: '削除',
    addedWords: '追加',
  },
  activity: {
    tab: '履歴',
    title: 'この回の変更履歴',
    intro:
      '誰が・いつ・何を変更したかを、新しい順に表示します。メンバーと参加者による変更が含まれ、一覧は自動的に更新されます。',
    sessionFilter: 'セッション',
    sessionSeparator: '　',
    allSessions: 'すべての変更',
    deletedSession: '削除されたセッション',
    memberFilter: 'メンバー',
    allMembers: '全員',
    clearFilters: 'すべて表示',
    loading: '読み込み中…',
    loadFailed: '履歴を読み込めませんでした。',
    retry: '再試行',
    none: '変更の記録はまだありません。',
    noneFiltered: '条件に合う変更はありません。',
    loadMore: 'さらに前の変更を表示',
    loadingMore: '読み込み中…',
    actor: jaActor,
    sentence: (phrase) => {
      // A participant is quoted as they named themselves: never taken for a member.
      const who =
        phrase.actorKind === 'member'
          ? jaActor(phrase.actorName, phrase.committee)
          : phrase.actorKind === 'kaigi'
            ? 'Kaigi'
            : phrase.actorName
              ? `参加者${kagi(phrase.actorName)}`
              : '参加者'
      const thing = (wordsFor(JA_THINGS, phrase.section) ?? kagi)(phrase.label)
      if (phrase.action === 'created') {
        // A collectivité's own form, sent under its name.
        if (phrase.section === 'registrations' && phrase.actorName === phrase.label) {
          return `${kagi(phrase.label)}が参加申込を送信しました`
        }
        return `${who}が${thing}を${wordsFor(JA_CREATED, phrase.section) ?? '作成'}しました`
      }
      if (phrase.action === 'deleted') return `${who}が${thing}を削除しました`
      // A collectivité's form sent again under its name: an amendment.
      if (phrase.section === 'registrations' && phrase.actorName === phrase.label) {
        return `${kagi(phrase.label)}が参加申込を修正しました`
      }
      if (phrase.moved) {
        const what = phrase.fields.includes('roomId') ? '日時・会場' : '日時'
        return `${who}が${kagi(phrase.label)}を移動しました（${what}）`
      }
      const owner =
        phrase.section === 'meta'
          ? 'この回'
          : phrase.section === 'sessions'
            ? kagi(phrase.label)
            : thing
      if (phrase.fields.length === 0) return `${who}が${owner}を変更しました`
      const verb = jaTexts(phrase.fields) ? '編集' : '変更'
      return `${who}が${owner}の${jaList(phrase.fields.map(jaField))}を${verb}しました`
    },
    today: '今日',
    yesterday: '昨日',
    span: (from, to) => `${from}〜${to}`,
    changes: (n) => `（${n}回の変更）`,
    sessionHistory: 'このセッションの履歴',
    openSession: 'プログラムで開く',
  },
  exports: {
    tab: '出力',
    title: 'プログラムの出力',
    intro:
      'プログラムをダウンロードして、印刷・編集・ウェブ掲載に使ったり、カレンダーや大会アプリに取り込んだりできます。',
    published: (name, when) => `公開中のプログラム：「${name}」（${when}公開）`,
    nothingPublished: '公開されたプログラムはまだありません。',
    publishHint: '公開するには、「版」タブで版を保存してから「公開」を押してください。',
    versionsLink: '「版」タブへ',
    loadFailed: '版の一覧を読み込めませんでした。',
    publicPage: 'プログラムの公開ページ',
    publicPageHint: 'このアドレスでは、アカウントがなくても誰でも公開中のプログラムを見られます。',
    copy: 'リンクをコピー',
    copied: 'コピーしました',
    source: '出力するプログラム',
    sourceChoice: { published: '公開中のプログラム', draft: '作業中の最新案' },
    sourceHint: {
      published: '誰でも見られる公開版です。',
      draft: '最新の変更を含む、未公開の作業中の状態です。',
    },
    lang: '言語',
    langChoice: { both: '日仏併記', fr: 'フランス語のみ', ja: '日本語のみ' },
    langTag: { both: '日仏併記', fr: 'フランス語', ja: '日本語' },
    langHint: 'PDF、Word文書、ウェブページ、カレンダーに適用されます。',
    files: 'ファイル',
    file: {
      'programme.pdf': {
        name: '印刷用PDF',
        about: 'レイアウト済みのプログラムです。そのまま印刷・送付できます。',
      },
      'programme.docx': {
        name: 'Word文書（編集用）',
        about: '配布の前に、文章やレイアウトを手直ししたいときに。',
      },
      'index.html': {
        name: 'ウェブページ',
        about: '大会のウェブサイトにそのまま掲載できる、単独のページです。',
      },
      'programme.ics': {
        name: 'カレンダー（.ics）',
        about:
          '各セッションを予定として、Googleカレンダー、Outlook、スマートフォンのカレンダーに取り込めます。',
      },
      'schedule.json': {
        name: 'frab形式のプログラム（JSON）',
        about: '大会アプリ（Giggity、ConfClerkなど）や映像チームが読み込む形式です。',
      },
      'schedule.xml': {
        name: 'frab形式のプログラム（XML）',
        about: '同じfrab形式のプログラムのXML版です。この形式を使うツール向けです。',
      },
      'sessions.csv': {
        name: 'セッション一覧（CSV）',
        about: '1行に1セッション。ExcelやLibreOfficeで開けます。',
      },
      'registrations.csv': {
        name: '参加申込（CSV）',
        about: '受け付けた参加申込を、担当者の連絡先とともに出力します。常に最新の状態です。',
      },
    },
    noFiles: 'プログラムが公開されるまで、ダウンロードできるファイルはありません。',
    internal: '委員会内部用',
    internalHint: '個人情報を含みます。外部に配布しないでください。',
  },
  programmeFile: jaWords.file,
}
