import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The French words: the shape the other languages fill. */
const deadlineFr = {
  /** Whose clocks the typed date and time are on: the edition's, named by its city. */
  clock: (city: string) => `heure de ${city}`,
  /** What the typed value is, by the rule (the edition's clocks, the viewer's beside them). */
  means: (when: string) => `Soit le ${when}`,
  /** The value is no date and time: nothing is saved. */
  invalid: 'Indiquez un jour et une heure complets : rien n’a été enregistré.',
}

/** The words beside the field that sets the participation form's deadline. */
export type DeadlineMessages = typeof deadlineFr

export const deadlineMessages: CataloguePart<DeadlineMessages> = {
  fr: deadlineFr,
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
