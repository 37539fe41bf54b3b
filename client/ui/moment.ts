import { showMoment, showTimeOfDay } from '../../shared/moments'
import { useI18n } from '../lib/i18n'
import { useCatalogue } from '../lib/i18n/catalogue'
import { viewerTimeZone } from '../lib/times'
import { momentMessages } from './moment-messages'

/** Writes a moment (an ISO timestamp or a Date) for the edition whose zone is given. */
export type MomentText = (
  at: string | Date,
  editionZone: string,
  options?: { withTime?: boolean },
) => string

/**
 * A moment as the app writes it, by the rule of `shared/moments`: the date
 * (and time) on the edition's clocks, named by its city, and the viewer's
 * beside it where the viewer's clocks differ. "2 décembre 2026 à 05:37,
 * heure de Tokyo (1 décembre 2026 à 21:37 à Paris)".
 */
export function useMomentText(): MomentText {
  const { t, locale } = useI18n()
  const words = useCatalogue(momentMessages)
  return (at, editionZone, options = {}) => {
    const viewerZone = viewerTimeZone()
    const shown = showMoment(at, {
      editionZone,
      viewerZone,
      locale: locale(),
      withTime: options.withTime ?? true,
    })
    const city = t().edition.zoneCity
    const edition = words().inZone(shown.edition, city(editionZone))
    return shown.viewer ? words().withViewer(edition, shown.viewer, city(viewerZone)) : edition
  }
}

/** Writes a time of day (an ISO timestamp or a Date) for the edition whose zone is given. */
export type TimeOfDayText = (at: string | Date, editionZone: string) => string

/**
 * A time of day by the same rule, where the day goes without saying (a
 * suggestion sent during a meeting): the edition's clocks, and the
 * viewer's beside them where they differ. "05:37 (21:37 à Paris)".
 */
export function useTimeOfDayText(): TimeOfDayText {
  const { t, locale } = useI18n()
  const words = useCatalogue(momentMessages)
  return (at, editionZone) => {
    const viewerZone = viewerTimeZone()
    const shown = showTimeOfDay(at, { editionZone, viewerZone, locale: locale() })
    if (!shown.viewer) return shown.edition
    return words().withViewer(shown.edition, shown.viewer, t().edition.zoneCity(viewerZone))
  }
}
