import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The French words: the shape the other languages fill. */
const printFr = {
  /** The head of the column of start times. */
  time: 'Heure',
  /** The foot of each printed day: which state of the programme this is, and when. */
  printed: (when: string) =>
    `Programme de travail imprimé le ${when} — la version publiée fait foi.`,
}

/** The words of the printed grid beyond those the programme's files share. */
export type PrintMessages = typeof printFr

export const printMessages: CataloguePart<PrintMessages> = {
  fr: printFr,
  ja: {
    time: '時刻',
    printed: (when) => `${when}に印刷した作業中のプログラムです。正式なものは公開版です。`,
  },
  en: {
    time: 'Time',
    printed: (when) =>
      `Working programme printed on ${when}; the published version is the official one.`,
  },
}
