import type { Component } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import type { AccessLoss } from '../../sync/session'
import './access-lost.css'

/** Shown in place of a document once the server ended this browser's access to it. */
export const AccessLost: Component<{ loss: AccessLoss }> = (props) => {
  const { t } = useI18n()
  return (
    <div
      class="notice access-lost"
      role="alert"
      data-testid="access-refused"
      data-reason={props.loss}
    >
      <p class="access-lost-title">{t().access.lost[props.loss]}</p>
      <p>{t().access.lostHint[props.loss]}</p>
      <button
        type="button"
        class="btn"
        data-testid="reload"
        onClick={() => window.location.reload()}
      >
        {t().access.reload}
      </button>
    </div>
  )
}
