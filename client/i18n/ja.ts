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
}
