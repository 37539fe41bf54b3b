import type { CataloguePart } from '../../i18n/catalogue'

/** The strings of the people view. */
export interface PeopleMessages {
  /** The edition's tab. */
  tab: string
}

export const peopleMessages: CataloguePart<PeopleMessages> = {
  fr: { tab: 'Personnes' },
  ja: { tab: '人物' },
  en: { tab: 'People' },
}
