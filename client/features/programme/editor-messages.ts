import type { Interpretation, SessionRole } from '../../../shared/doc/edition'
import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The strings of the session editor: its place, details, people, actions and warnings. */
export interface EditorMessages {
  /** The day's choice for a session without a day or time yet (in the tray). */
  noSlot: string
  /** The rooms' choices besides one room. */
  severalRooms: string
  allRooms: string
  /** The legend of the rooms' checkboxes, in grid order. */
  roomsOfSession: string
  status: string
  interpretation: string
  interpretationKind: Record<Interpretation, string>
  /** Simultaneous interpretation's name, when a room of the session has no booths. */
  needsBooths: (interpretation: string) => string
  /** Said under the choice: which rooms lack booths. */
  noBoothsIn: (rooms: string) => string
  theme: string
  noTheme: string
  workshopThemes: string
  globalThemes: string
  people: string
  /** Each role's heading, in programme order. */
  roles: Record<SessionRole, string>
  /** The person picker's label under a role. */
  addTo: (role: string) => string
  nobody: string
  moveUp: (name: string) => string
  moveDown: (name: string) => string
  remove: (name: string) => string
  /** A person without a name in any language. */
  unnamed: string
  actions: string
  duplicate: string
  delete: string
  confirmDelete: string
  confirm: string
  cancel: string
  /** The notice left once a session is deleted, with its Undo. */
  deleted: (title: string) => string
  undoDelete: string
  dismiss: string
  warnings: string
  noWarnings: string
  /** Which room, person or session a warning is about. */
  inRoom: (room: string) => string
  withSession: (title: string) => string
  untitled: string
}

export const editorMessages: CataloguePart<EditorMessages> = {
  fr: {
    noSlot: 'Pas encore de créneau',
    severalRooms: 'Plusieurs salles…',
    allRooms: 'Toutes les salles',
    roomsOfSession: 'Salles de la séance',
    status: 'Statut',
    interpretation: 'Interprétation',
    interpretationKind: {
      none: 'Aucune',
      consecutive: 'Consécutive',
      simultaneous: 'Simultanée',
    },
    needsBooths: (interpretation) => `${interpretation} (cabines nécessaires)`,
    noBoothsIn: (rooms) => `Pas de cabines d’interprétation : ${rooms}`,
    theme: 'Thème',
    noTheme: 'Aucun thème',
    workshopThemes: 'Thèmes d’atelier',
    globalThemes: 'Thème général',
    people: 'Intervenants et modération',
    roles: {
      moderator: 'Modération',
      speaker: 'Intervenants',
      rapporteur: 'Rapporteur·e·s',
      witness: 'Grand témoin',
    },
    addTo: (role) => `Ajouter — ${role}`,
    nobody: 'Personne pour l’instant.',
    moveUp: (name) => `Monter ${name}`,
    moveDown: (name) => `Descendre ${name}`,
    remove: (name) => `Retirer ${name}`,
    unnamed: 'Sans nom',
    actions: 'Actions sur la séance',
    duplicate: 'Dupliquer',
    delete: 'Supprimer la séance',
    confirmDelete: 'Supprimer cette séance, ses textes et ses intervenants ?',
    confirm: 'Supprimer',
    cancel: 'Annuler',
    deleted: (title) => `Séance supprimée : ${title}`,
    undoDelete: 'Annuler',
    dismiss: 'Fermer ce message',
    warnings: 'Points à vérifier',
    noWarnings: 'Rien à signaler.',
    inRoom: (room) => `salle : ${room}`,
    withSession: (title) => `avec « ${title} »`,
    untitled: 'Sans titre',
  },
  ja: {
    noSlot: '日時未定',
    severalRooms: '複数の会場…',
    allRooms: '全会場',
    roomsOfSession: 'セッションの会場',
    status: 'ステータス',
    interpretation: '通訳',
    interpretationKind: {
      none: 'なし',
      consecutive: '逐次通訳',
      simultaneous: '同時通訳',
    },
    needsBooths: (interpretation) => `${interpretation}（通訳ブースが必要）`,
    noBoothsIn: (rooms) => `通訳ブースのない会場：${rooms}`,
    theme: 'テーマ',
    noTheme: 'テーマなし',
    workshopThemes: '分科会テーマ',
    globalThemes: '全体テーマ',
    people: '登壇者・司会',
    roles: {
      moderator: '司会',
      speaker: '登壇者',
      rapporteur: '報告者',
      witness: '総括コメンテーター',
    },
    addTo: (role) => `${role}を追加`,
    nobody: 'まだいません。',
    moveUp: (name) => `${name}を上へ移動`,
    moveDown: (name) => `${name}を下へ移動`,
    remove: (name) => `${name}を外す`,
    unnamed: '氏名未入力',
    actions: 'セッションの操作',
    duplicate: '複製',
    delete: 'セッションを削除',
    confirmDelete: 'このセッションを、本文と登壇者ごと削除しますか？',
    confirm: '削除する',
    cancel: 'キャンセル',
    deleted: (title) => `セッションを削除しました：${title}`,
    undoDelete: '元に戻す',
    dismiss: 'このお知らせを閉じる',
    warnings: '確認事項',
    noWarnings: '問題はありません。',
    inRoom: (room) => `会場：${room}`,
    withSession: (title) => `「${title}」と重複`,
    untitled: '無題',
  },
  en: {
    noSlot: 'No slot yet',
    severalRooms: 'Several rooms…',
    allRooms: 'All rooms',
    roomsOfSession: 'Rooms of the session',
    status: 'Status',
    interpretation: 'Interpretation',
    interpretationKind: {
      none: 'None',
      consecutive: 'Consecutive',
      simultaneous: 'Simultaneous',
    },
    needsBooths: (interpretation) => `${interpretation} (needs booths)`,
    noBoothsIn: (rooms) => `No interpretation booths: ${rooms}`,
    theme: 'Theme',
    noTheme: 'No theme',
    workshopThemes: 'Workshop themes',
    globalThemes: 'Global theme',
    people: 'Speakers and moderation',
    roles: {
      moderator: 'Moderators',
      speaker: 'Speakers',
      rapporteur: 'Rapporteurs',
      witness: 'Key witnesses',
    },
    addTo: (role) => `Add — ${role}`,
    nobody: 'No one yet.',
    moveUp: (name) => `Move ${name} up`,
    moveDown: (name) => `Move ${name} down`,
    remove: (name) => `Remove ${name}`,
    unnamed: 'Unnamed',
    actions: 'Session actions',
    duplicate: 'Duplicate',
    delete: 'Delete the session',
    confirmDelete: 'Delete this session, its texts and its speakers?',
    confirm: 'Delete',
    cancel: 'Cancel',
    deleted: (title) => `Session deleted: ${title}`,
    undoDelete: 'Undo',
    dismiss: 'Dismiss this message',
    warnings: 'To check',
    noWarnings: 'Nothing to report.',
    inRoom: (room) => `room: ${room}`,
    withSession: (title) => `with “${title}”`,
    untitled: 'Untitled',
  },
}
