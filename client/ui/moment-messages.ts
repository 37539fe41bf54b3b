import type { CataloguePart } from '../lib/i18n/catalogue'

/** The French words: the shape the other languages fill. */
const momentFr = {
  /** A date (and time) on the edition's clocks, with its city: "2 décembre 2026 à 05:37, heure de Tokyo". */
  inZone: (when: string, city: string) => `${when}, heure de ${city}`,
  /** The same with the viewer's beside it: "…, heure de Tokyo (1 décembre 2026 à 21:37 à Paris)". */
  withViewer: (edition: string, viewer: string, city: string) => `${edition} (${viewer} à ${city})`,
}

/** How a moment reads with its time zone: the edition's clocks, then the viewer's. */
export type MomentMessages = typeof momentFr

export const momentMessages: CataloguePart<MomentMessages> = {
  fr: momentFr,
  ja: {
    inZone: (when, city) => `${when}（${city}時間）`,
    withViewer: (edition, viewer, city) => `${edition}／${city}時間 ${viewer}`,
  },
  en: {
    inZone: (when, city) => `${when}, ${city} time`,
    withViewer: (edition, viewer, city) => `${edition} (${viewer} in ${city})`,
  },
}
