import type { CataloguePart } from '../../i18n/catalogue'

/** The strings of the rooms view. */
export interface RoomsMessages {
  /** The edition's tab. */
  tab: string
}

export const roomsMessages: CataloguePart<RoomsMessages> = {
  fr: { tab: 'Salles' },
  ja: { tab: '会場' },
  en: { tab: 'Rooms' },
}
