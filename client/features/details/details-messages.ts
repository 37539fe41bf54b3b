import type { CataloguePart } from '../../i18n/catalogue'

/** The strings of the details view. */
export interface DetailsMessages {
  /** The edition's tab. */
  tab: string
}

export const detailsMessages: CataloguePart<DetailsMessages> = {
  fr: { tab: 'Détails' },
  ja: { tab: '詳細' },
  en: { tab: 'Details' },
}
