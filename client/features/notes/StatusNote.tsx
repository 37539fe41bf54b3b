import { type Component, Show } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import { ConnectionStatus } from '../../sync/session'

/** Says what a lost or refused connection means for the user's typing. */
export const StatusNote: Component<{ status: ConnectionStatus }> = (props) => {
  const { t } = useI18n()
  const shown = () =>
    props.status === ConnectionStatus.Offline || props.status === ConnectionStatus.Refused
  return (
    <Show when={shown()}>
      <p class="status-note" data-status={props.status} data-testid="status-note">
        {t().statusHint[props.status]}
      </p>
    </Show>
  )
}
