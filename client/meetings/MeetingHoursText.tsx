import { type Component, Show } from 'solid-js'
import type { Meeting } from '../../shared/doc/edition'
import { viewerTimeZone } from '../edition/format'
import { useI18n } from '../i18n'
import { useCatalogue } from '../i18n/catalogue'
import { meetingHours } from './hours'
import { meetingMessages } from './meeting-messages'
import './meeting-hours.css'

/**
 * A meeting's hours on the edition's clocks, « 16:30–18:00 (heure de Tokyo) »,
 * with the viewer's beside them where they differ; « Horaires à préciser »
 * while either end is unknown.
 */
export const MeetingHoursText: Component<{
  meeting: Pick<Meeting, 'date' | 'start' | 'end'>
  timeZone: string
}> = (props) => {
  const { t } = useI18n()
  const m = useCatalogue(meetingMessages)
  const viewerZone = viewerTimeZone()
  const hours = () => meetingHours(props.meeting, props.timeZone, viewerZone)
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
          {m().hours(shown().edition, t().edition.zoneCity(props.timeZone))}
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
