import { type Component, createSignal, Show } from 'solid-js'
import {
  addDays,
  type EditionDatesProblem,
  MAX_EDITION_DAYS,
  setMeta,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { type EditionDates, sessionsOutside } from './dates'
import { detailsMessages } from './details-messages'
import { OutsideSessions } from './OutsideSessions'
import { editOrRefusal, refusedDates } from './refusal'

/**
 * A date field's day written out in the interface language, « lundi 18
 * novembre 2024 », 「2024年11月18日月曜日」: the browser's date picker
 * writes it in the browser's format, which may be neither.
 */
const SpelledDate: Component<{ id: string; day: string | null }> = (props) => {
  const { locale } = useI18n()
  const spelled = () => {
    if (!props.day || !/^\d{4}-\d{2}-\d{2}$/.test(props.day)) return ''
    const [year, month, day] = props.day.split('-').map(Number) as [number, number, number]
    return new Intl.DateTimeFormat(locale(), {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, month - 1, day)))
  }
  return (
    <span id={props.id} class="date-spelled" data-testid={props.id}>
      {spelled()}
    </span>
  )
}

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
            aria-describedby="details-start-date-spelled"
            onChange={(event) => change('startDate', event.currentTarget.value)}
          />
          <SpelledDate id="details-start-date-spelled" day={shown().startDate} />
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
            aria-describedby={`details-end-date-spelled${refused() ? ' dates-error' : ''}`}
            onChange={(event) => change('endDate', event.currentTarget.value)}
          />
          <SpelledDate id="details-end-date-spelled" day={shown().endDate} />
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
