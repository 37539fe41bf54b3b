import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The words beside the field that sets the participation form's deadline. */
export interface DeadlineMessages {
  /** Whose clocks the typed date and time are on: the edition's, named by its city. */
  clock: (city: string) => string
  /** What the typed value is, by the rule (the edition's clocks, the viewer's beside them). */
  means: (when: string) => string
  /** The value is no date and time: nothing is saved. */
  invalid: string
}

export const deadlineMessages: CataloguePart<DeadlineMessages> = {
  fr: {
    clock: (city) => `heure de ${city}`,
    means: (when) => `Soit le ${when}`,
    invalid: 'Indiquez un jour et une heure complets : rien n’a été enregistré.',
  },
  ja: {
    clock: (city) => `${city}時間`,
    means: (when) => `入力した日時：${when}`,
    invalid: '日付と時刻をすべて入力してください。保存されていません。',
  },
  en: {
    clock: (city) => `${city} time`,
    means: (when) => `That is ${when}`,
    invalid: 'Give a full date and time: nothing was saved.',
  },
}
