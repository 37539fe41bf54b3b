import { type Component, Show } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import type { SessionTimes } from '../../lib/times'

/**
 * A session's start on the viewer's clocks, « / 07:00 Paris (mar. 19) »,
 * shown after its times on the edition's clocks when the two differ.
 */
export const ViewerTime: Component<{ times: SessionTimes; viewerZone: string }> = (props) => {
  const { t } = useI18n()
  return (
    <Show when={props.times.viewerStart}>
      {' '}
      <span class="viewer-time">
        / {props.times.viewerStart} {t().edition.zoneCity(props.viewerZone)}
        <Show when={props.times.viewerDay}> ({props.times.viewerDay})</Show>
      </span>
    </Show>
  )
}
