import { type Component, Show } from 'solid-js'
import type { Meeting } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { viewerTimeZone } from '../../lib/times'
import { meetingHours } from './hours'
import { meetingMessages } from './meeting-messages'
import './meeting-hours.css'

/**
 * A meeting's hours on its clocks (its own, else the edition's),
 * « 16:30–18:00 (heure de Paris) », with the viewer's beside them where they
 * differ; « Horaires à préciser » while either end is unknown.
 */
export const MeetingHoursText: Component<{
  meeting: Pick<Meeting, 'date' | 'start' | 'end' | 'timeZone'>
  /** The edition's time zone, for a meeting without its own. */
  editionZone: string
}> = (props) => {
  const { t } = useI18n()
  const m = useCatalogue(meetingMessages)
  const viewerZone = viewerTimeZone()
  const zone = () => props.meeting.timeZone ?? props.editionZone
  const hours = () => meetingHours(props.meeting, zone(), viewerZone)
  return (
    <Show
      when={hours()}
      fallback={
        <span class="muted" data-testid="meeting-hours" data-set="false">
          {m().noHours}
        </span>
      }
    >
      {(shown) => (
        <span data-testid="meeting-hours" data-set="true">
          {m().hours(shown().edition, t().edition.zoneCity(zone()))}
          <Show when={shown().viewer}>
            {(viewer) => (
              <span class="viewer-time">
                {' '}
                ·{' '}
                {m().viewerHours(
                  viewer(),
                  t().edition.zoneCity(viewerZone),
                  shown().viewerDayShift,
                )}
              </span>
            )}
          </Show>
        </span>
      )}
    </Show>
  )
}
