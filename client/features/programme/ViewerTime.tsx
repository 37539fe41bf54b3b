import { type Component, Show } from 'solid-js'
import type { SessionTimes } from '../../edition/format'
import { useI18n } from '../../i18n'

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
