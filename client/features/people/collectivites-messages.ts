import type { CataloguePart } from '../../i18n/catalogue'

/** The strings of the collectivites view. */
export interface CollectivitesMessages {
  /** The edition's tab. */
  tab: string
}

export const collectivitesMessages: CataloguePart<CollectivitesMessages> = {
  fr: { tab: 'Collectivités' },
  ja: { tab: '自治体' },
  en: { tab: 'Local authorities' },
}
