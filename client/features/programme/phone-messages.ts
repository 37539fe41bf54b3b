import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The French words: the shape the other languages fill. */
const phoneFr = {
  /** The label of the room switcher. */
  room: 'Salle',
  allRooms: 'Toutes les salles',
  /** The list's name for screen readers: the day and the room shown. */
  listLabel: (room: string) => `Séances du jour, ${room}`,
  empty: 'Aucune séance ce jour dans cette salle.',
  /** The button that creates a session in the room shown. */
  addIn: (room: string) => `+ Séance dans ${room}`,
  /** Shown on a card that takes several rooms. */
  rooms: (count: number) => `${count} salles`,
}

/** The strings of the programme's day on a phone: a list by time, one room or all. */
export type PhoneMessages = typeof phoneFr

export const phoneMessages: CataloguePart<PhoneMessages> = {
  fr: phoneFr,
  ja: {
    room: '会場',
    allRooms: 'すべての会場',
    listLabel: (room) => `この日のセッション（${room}）`,
    empty: 'この日、この会場のセッションはありません。',
    addIn: (room) => `＋ ${room}にセッションを追加`,
    rooms: (count) => `${count}会場`,
  },
  en: {
    room: 'Room',
    allRooms: 'All rooms',
    listLabel: (room) => `Sessions of the day, ${room}`,
    empty: 'No session this day in this room.',
    addIn: (room) => `+ Session in ${room}`,
    rooms: (count) => `${count} rooms`,
  },
}
