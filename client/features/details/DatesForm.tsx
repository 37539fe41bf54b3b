import { type Component, createSignal, Show } from 'solid-js'
import {
  addDays,
  type EditionDatesProblem,
  MAX_EDITION_DAYS,
  setMeta,
} from '../../../shared/doc/edition'
import { useI18n } from '../../i18n'
import { useCatalogue } from '../../i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { type EditionDates, sessionsOutside } from './dates'
import { detailsMessages } from './details-messages'
import { OutsideSessions } from './OutsideSessions'
import { editOrRefusal, refusedDates } from './refusal'

/**
 * The edition's first and last day, saved together: between two dates the
 * edition would pass through a wrong pair. Before saving, it lists the
 * sessions the new dates would leave outside; after, those left outside.
 */
export const DatesForm: Component<{ session: EditionSession; readOnly: boolean }> = (props) => {
  const t = useCatalogue(detailsMessages)
  const { t: general } = useI18n()
  const meta = props.session.edition.meta
  // What is being typed, until saved; null while the fields show the document.
  const [draft, setDraft] = createSignal<EditionDates | null>(null)
  const [refused, setRefused] = createSignal<EditionDatesProblem | null>(null)
  const shown = (): EditionDates => draft() ?? { startDate: meta.startDate, endDate: meta.endDate }
  const dirty = () => {
    const dates = draft()
    return dates !== null && (dates.startDate !== meta.startDate || dates.endDate !== meta.endDate)
  }
  // The date picker offers no last day past the longest edition.
  const lastAllowed = () => {
    const first = shown().startDate
    return first === null ? undefined : addDays(first, MAX_EDITION_DAYS - 1)
  }
  const outside = () => sessionsOutside(props.session.edition.sessions, shown())
  const change = (field: keyof EditionDates, value: string) => {
    setRefused(null)
    setDraft({ ...shown(), [field]: value === '' ? null : value })
  }
  const save = (event: SubmitEvent) => {
    event.preventDefault()
    const dates = draft()
    if (!dates) return
    const refusal = editOrRefusal(props.session, (doc, origin) => setMeta(doc, dates, origin))
    setRefused(refusedDates(refusal))
    if (refusal === null) setDraft(null)
  }
  const cancel = () => {
    setRefused(null)
    setDraft(null)
  }
  return (
    <form class="dates-form" onSubmit={save} data-testid="dates-form" novalidate>
      <fieldset class="details-fields">
        <legend>{t().dates}</legend>
        <label class="select-field">
          <span class="field-label">{t().firstDay}</span>
          <input
            type="date"
            data-testid="details-start-date"
            value={shown().startDate ?? ''}
            readOnly={props.readOnly}
            onChange={(event) => change('startDate', event.currentTarget.value)}
          />
        </label>
        <label class="select-field">
          <span class="field-label">{t().lastDay}</span>
          <input
            type="date"
            data-testid="details-end-date"
            value={shown().endDate ?? ''}
            min={shown().startDate ?? undefined}
            max={lastAllowed()}
            readOnly={props.readOnly}
            aria-invalid={refused() !== null}
            aria-describedby={refused() ? 'dates-error' : undefined}
            onChange={(event) => change('endDate', event.currentTarget.value)}
          />
        </label>
        <Show when={!props.readOnly}>
          <div class="dates-actions">
            <button type="submit" class="btn primary" data-testid="save-dates" disabled={!dirty()}>
              {t().saveDates}
            </button>
            <Show when={dirty()}>
              <button type="button" class="btn" data-testid="cancel-dates" onClick={cancel}>
                {t().cancel}
              </button>
            </Show>
          </div>
        </Show>
      </fieldset>
      <Show when={refused()}>
        {(problem) => (
          <p
            id="dates-error"
            class="field-error"
            role="alert"
            data-testid="dates-error"
            data-problem={problem()}
          >
            {t().datesRefused(general().edition.datesProblem[problem()])}
          </p>
        )}
      </Show>
      <Show when={outside().length > 0}>
        <OutsideSessions sessions={outside()} when={dirty() ? 'before' : 'after'} />
      </Show>
    </form>
  )
}
