import type { Component } from 'solid-js'
import { useI18n } from '../lib/i18n'
import type { ConnectionStatus } from '../sync/session'

export const ConnectionBadge: Component<{ status: ConnectionStatus }> = (props) => {
  const { t } = useI18n()
  return (
    <output
      class="connection-badge"
      data-status={props.status}
      data-testid="connection-status"
      title={t().statusHint[props.status]}
      aria-live="polite"
    >
      <span class="dot" aria-hidden="true" />
      {t().status[props.status]}
    </output>
  )
}
