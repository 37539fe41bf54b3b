import type { CataloguePart } from '../../lib/i18n/catalogue'
import { plural } from '../../lib/i18n/plural'

function deleteRoomQuestionFr(held: number, unplaced: number): string {
  const tray = 'parmi les séances non placées'
  if (held === 0) return 'Supprimer cette salle ? Aucune séance n’y a lieu.'
  if (held === 1) {
    return `Supprimer cette salle ? Elle accueille une séance, qui ne sera pas supprimée${
      unplaced === 0 ? ' : elle a lieu aussi dans une autre salle.' : ` : elle passera ${tray}.`
    }`
  }
  const moved =
    unplaced === 0
      ? '.'
      : unplaced === held
        ? ` : elles passeront ${tray}.`
        : ` : ${unplaced} ${plural('fr', unplaced, 'passera', 'passeront')} ${tray}.`
  return `Supprimer cette salle ? Elle accueille ${held} séances ; aucune ne sera supprimée${moved}`
}

function deleteRoomQuestionJa(held: number, unplaced: number): string {
  const ask = 'この会場を削除しますか？'
  if (held === 0) return `${ask}この会場で行われるセッションはありません。`
  const holds = `この会場には${held}件のセッションがあります。`
  if (unplaced === 0) return `${ask}${holds}いずれも他の会場でも行われるため、そのまま残ります。`
  if (unplaced === held)
    return `${ask}${holds}セッションは削除されず、「未配置のセッション」に移ります。`
  return `${ask}${holds}セッションは削除されません。うち${unplaced}件は「未配置のセッション」に移ります。`
}

function deleteRoomQuestionEn(held: number, unplaced: number): string {
  const tray = 'to the unplaced sessions'
  if (held === 0) return 'Delete this room? No session takes place in it.'
  if (held === 1) {
    return `Delete this room? It holds one session, which will not be deleted${
      unplaced === 0 ? ': it also takes place in another room.' : `: it moves ${tray}.`
    }`
  }
  const moved =
    unplaced === 0
      ? '.'
      : unplaced === held
        ? `: they move ${tray}.`
        : `: ${unplaced} ${plural('en', unplaced, 'moves', 'move')} ${tray}.`
  return `Delete this room? It holds ${held} sessions; none will be deleted${moved}`
}

/** The French words: the shape the other languages fill. */
const roomsFr = {
  /** The edition's tab. */
  tab: 'Lieux et salles',
  intro:
    "Les lieux de l'édition et leurs salles. L'ordre des salles est celui des colonnes de la grille du programme.",
  venues: 'Lieux',
  venuesIntro:
    'Le premier lieu est le lieu principal ; les autres accueillent visites et réceptions.',
  noVenues: 'Aucun lieu pour l’instant.',
  addVenue: 'Ajouter un lieu',
  venueName: 'Nom du lieu',
  venueAddress: 'Adresse',
  mainVenue: 'Lieu principal',
  untitledVenue: '(lieu sans nom)',
  moveUp: (name: string) => `Monter « ${name} »`,
  moveDown: (name: string) => `Descendre « ${name} »`,
  deleteVenue: 'Supprimer le lieu',
  /** Asked before deleting a venue holding `rooms` rooms. */
  deleteVenueQuestion: (rooms: number) =>
    rooms === 0
      ? 'Supprimer ce lieu ?'
      : `Supprimer ce lieu ? ${plural('fr', rooms, 'Sa salle reste', `Ses ${rooms} salles restent`)}, sans lieu.`,
  rooms: 'Salles',
  roomsIntro: 'De gauche à droite, comme dans la grille.',
  noRooms: 'Aucune salle pour l’instant.',
  addRoom: 'Ajouter une salle',
  roomName: 'Nom de la salle',
  untitledRoom: '(salle sans nom)',
  /** The room's place in the grid, from the left. */
  column: (index: number) => `Colonne ${index}`,
  moveLeft: (name: string) => `Déplacer « ${name} » vers la gauche dans la grille`,
  moveRight: (name: string) => `Déplacer « ${name} » vers la droite dans la grille`,
  capacity: 'Capacité (places)',
  capacityHint: 'Vide si inconnue.',
  capacityInvalid:
    'La capacité est un nombre entier de places, 1 au moins : elle n’a pas été changée.',
  booths: "Cabines d'interprétation simultanée",
  venue: 'Lieu',
  noVenue: '— sans lieu —',
  /** How many sessions the room holds. */
  holds: (sessions: number) =>
    sessions === 0 ? 'Aucune séance' : `${sessions} séance${plural('fr', sessions, '', 's')}`,
  /** Sessions with simultaneous interpretation in a room without booths. */
  needsBooths: (sessions: number) =>
    `${sessions} séance${plural('fr', sessions, '', 's')} en interprétation simultanée sans cabines`,
  /** Sessions with more delegates registered than the room holds. */
  overCapacity: (sessions: number) =>
    `${sessions} séance${plural('fr', sessions, '', 's')} avec plus d'inscrits que de places`,
  deleteRoom: 'Supprimer la salle',
  /** Asked before deleting a room holding `held` sessions, `unplaced` of them held nowhere else. */
  deleteRoomQuestion: deleteRoomQuestionFr,
  confirmDelete: 'Supprimer',
  cancel: 'Annuler',
}

/** The strings of the venues and rooms view. */
export type RoomsMessages = typeof roomsFr

export const roomsMessages: CataloguePart<RoomsMessages> = {
  fr: roomsFr,
  ja: {
    tab: '施設・会場',
    intro: 'この回の施設と会場です。会場の並び順がプログラムのグリッドの列の順になります。',
    venues: '施設',
    venuesIntro: '最初の施設がメイン施設です。その他は視察先やレセプション会場などです。',
    noVenues: '施設はまだありません。',
    addVenue: '施設を追加',
    venueName: '施設名',
    venueAddress: '住所',
    mainVenue: 'メイン施設',
    untitledVenue: '（名称未設定の施設）',
    moveUp: (name) => `「${name}」を上へ移動`,
    moveDown: (name) => `「${name}」を下へ移動`,
    deleteVenue: '施設を削除',
    deleteVenueQuestion: (rooms) =>
      rooms === 0
        ? 'この施設を削除しますか？'
        : `この施設を削除しますか？${rooms}か所の会場は施設未設定として残ります。`,
    rooms: '会場',
    roomsIntro: 'グリッドと同じく、左から右の順です。',
    noRooms: '会場はまだありません。',
    addRoom: '会場を追加',
    roomName: '会場名',
    untitledRoom: '（名称未設定の会場）',
    column: (index) => `${index}列目`,
    moveLeft: (name) => `「${name}」をグリッドの左へ移動`,
    moveRight: (name) => `「${name}」をグリッドの右へ移動`,
    capacity: '定員（席）',
    capacityHint: '不明の場合は空欄。',
    capacityInvalid: '定員は1以上の整数で入力してください。変更されていません。',
    booths: '同時通訳ブースあり',
    venue: '施設',
    noVenue: '（施設未設定）',
    holds: (sessions) => (sessions === 0 ? 'セッションなし' : `セッション${sessions}件`),
    needsBooths: (sessions) => `通訳ブースのない同時通訳セッション：${sessions}件`,
    overCapacity: (sessions) => `申込者数が定員を超えるセッション：${sessions}件`,
    deleteRoom: '会場を削除',
    deleteRoomQuestion: deleteRoomQuestionJa,
    confirmDelete: '削除する',
    cancel: 'キャンセル',
  },
  en: {
    tab: 'Venues and rooms',
    intro:
      "The edition's venues and their rooms. The rooms' order is that of the programme grid's columns.",
    venues: 'Venues',
    venuesIntro: 'The first venue is the main one; the others host visits and receptions.',
    noVenues: 'No venue yet.',
    addVenue: 'Add a venue',
    venueName: 'Name of the venue',
    venueAddress: 'Address',
    mainVenue: 'Main venue',
    untitledVenue: '(unnamed venue)',
    moveUp: (name) => `Move “${name}” up`,
    moveDown: (name) => `Move “${name}” down`,
    deleteVenue: 'Delete the venue',
    deleteVenueQuestion: (rooms) =>
      rooms === 0
        ? 'Delete this venue?'
        : `Delete this venue? ${plural('en', rooms, 'Its room stays', `Its ${rooms} rooms stay`)}, in no venue.`,
    rooms: 'Rooms',
    roomsIntro: 'From left to right, as in the grid.',
    noRooms: 'No room yet.',
    addRoom: 'Add a room',
    roomName: 'Name of the room',
    untitledRoom: '(unnamed room)',
    column: (index) => `Column ${index}`,
    moveLeft: (name) => `Move “${name}” left in the grid`,
    moveRight: (name) => `Move “${name}” right in the grid`,
    capacity: 'Capacity (seats)',
    capacityHint: 'Empty if unknown.',
    capacityInvalid: 'The capacity is a whole number of seats, at least 1: it was not changed.',
    booths: 'Booths for simultaneous interpretation',
    venue: 'Venue',
    noVenue: '— no venue —',
    holds: (sessions) =>
      sessions === 0 ? 'No session' : `${sessions} session${plural('en', sessions, '', 's')}`,
    needsBooths: (sessions) =>
      `${sessions} session${plural('en', sessions, '', 's')} with simultaneous interpretation and no booths`,
    overCapacity: (sessions) =>
      `${sessions} session${plural('en', sessions, '', 's')} with more delegates registered than seats`,
    deleteRoom: 'Delete the room',
    deleteRoomQuestion: deleteRoomQuestionEn,
    confirmDelete: 'Delete',
    cancel: 'Cancel',
  },
}
