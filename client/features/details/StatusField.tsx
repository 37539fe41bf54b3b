import { type Component, createSignal, For, Show } from 'solid-js'
import { EditionStatus, setMeta } from '../../../shared/doc/edition'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { detailsMessages } from './details-messages'

const STATUSES = Object.values(EditionStatus)

/**
 * The edition's status. Archiving asks first, and says why: an archived
 * edition is a read-only record for everyone, this page included.
 */
export const StatusField: Component<{
  session: EditionSession
  readOnly: boolean
  onError: (reason: string | null) => void
}> = (props) => {
  const t = useCatalogue(detailsMessages)
  const meta = props.session.edition.meta
  const [asking, setAsking] = createSignal(false)
  const apply = (status: EditionStatus) =>
    props.onError(props.session.edit((doc, origin) => setMeta(doc, { status }, origin)))
  const choose = (select: HTMLSelectElement) => {
    const status = select.value as EditionStatus
    if (status !== EditionStatus.Archived) return apply(status)
    // Not yet: the select shows the status the edition has until the question is answered.
    select.value = meta.status
    setAsking(true)
  }
  return (
    <div class="select-field status-field">
      <label class="field-label" for="details-status">
        {t().status}
      </label>
      <select
        id="details-status"
        data-testid="details-status"
        value={meta.status}
        disabled={props.readOnly}
        aria-describedby="details-status-hint"
        onChange={(event) => choose(event.currentTarget)}
      >
        <For each={STATUSES}>
          {(status) => (
            <option value={status} selected={status === meta.status}>
              {t().statuses[status]}
            </option>
          )}
        </For>
      </select>
      <span id="details-status-hint" class="muted hint">
        {t().statusHint[meta.status]}
      </span>
      <Show when={asking()}>
        <div class="confirm" role="alert" data-testid="confirm-archive">
          <span>{t().archiveQuestion}</span>
          <button
            type="button"
            class="btn danger"
            data-testid="confirm-archive-edition"
            onClick={() => {
              setAsking(false)
              apply(EditionStatus.Archived)
            }}
          >
            {t().archiveConfirm}
          </button>
          <button type="button" class="btn" onClick={() => setAsking(false)}>
            {t().cancel}
          </button>
        </div>
      </Show>
    </div>
  )
}
