import { type Component, createSignal, For, Show } from 'solid-js'
import { type Day, resetDay, setDay } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { formatDay } from '../../lib/times'
import type { EditionSession } from '../../sync/edition-session'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { DAY_TIMES } from './day-times'
import { detailsMessages } from './details-messages'
import { editOrRefusal } from './refusal'

/**
 * One day of the edition: the hours its grid shows and its label. Each day
 * of the edition's dates has its entry from the moment the dates are set, so
 * its label fields are always bound to texts every member shares.
 */
export const DayRow: Component<{
  session: EditionSession
  day: Day
  /**
   * Whether the document holds the day's entry. One written before days got
   * theirs with the dates lacks it: it is created once a label is focused.
   */
  hasEntry: boolean
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(detailsMessages)
  const [endBeforeStart, setEndBeforeStart] = createSignal(false)
  const date = props.day.id
  const labelled = () =>
    props.day.label.fr.trim() !== '' ||
    props.day.label.ja.trim() !== '' ||
    props.day.label.en.trim() !== ''
  const setBound = (field: 'start' | 'end', select: HTMLSelectElement) => {
    const refusal = editOrRefusal(props.session, (doc, origin) =>
      setDay(doc, date, { [field]: select.value }, origin),
    )
    setEndBeforeStart(refusal?.issues.some((issue) => issue.path === 'end') ?? false)
    props.onError(refusal && !endBeforeStart() ? refusal.message : null)
    // Refused: the select goes back to the hour the day keeps.
    if (refusal) select.value = props.day[field]
  }
  const ensureEntry = () => {
    if (props.hasEntry || props.readOnly) return
    props.onError(props.session.edit((doc, origin) => setDay(doc, date, {}, origin)))
  }
  const reset = () => {
    setEndBeforeStart(false)
    props.onError(props.session.edit((doc, origin) => resetDay(doc, date, origin)))
  }
  const bound = (field: 'start' | 'end') => (
    <label class="select-field">
      <span class="field-label">{field === 'start' ? t().dayStart : t().dayEnd}</span>
      <select
        data-testid={`day-${date}-${field}`}
        value={props.day[field]}
        disabled={props.readOnly}
        aria-invalid={field === 'end' && endBeforeStart()}
        onChange={(event) => setBound(field, event.currentTarget)}
      >
        <For each={DAY_TIMES}>
          {(time) => (
            <option value={time} selected={time === props.day[field]}>
              {time}
            </option>
          )}
        </For>
      </select>
    </label>
  )
  return (
    <li class="day-row" data-testid="day-row" data-day={date} data-own={props.day.ownHours}>
      <fieldset>
        <legend>
          {formatDay(date, locale())}
          <span class="muted day-own">
            {' · '}
            {props.day.ownHours ? t().ownBounds : t().defaultBounds}
          </span>
        </legend>
        <div class="day-bounds">
          {bound('start')}
          {bound('end')}
          <Show when={!props.readOnly && (props.day.ownHours || labelled())}>
            <Show
              when={labelled()}
              fallback={
                <button type="button" class="btn" data-testid={`reset-day-${date}`} onClick={reset}>
                  {t().resetDay}
                </button>
              }
            >
              <ConfirmAction
                label={t().resetDay}
                question={t().resetQuestion}
                confirm={t().resetConfirm}
                cancel={t().cancel}
                testId={`reset-day-${date}`}
                onConfirm={reset}
              />
            </Show>
          </Show>
        </div>
        <Show when={endBeforeStart()}>
          <p class="field-error" role="alert" data-testid={`day-${date}-error`}>
            {t().dayEndBeforeStart}
          </p>
        </Show>
        <div class="day-label" onFocusIn={ensureEntry}>
          <LocalizedTextGroup
            session={props.session}
            path={{ collection: 'days', id: date, field: 'label' }}
            legend={t().dayLabel}
            text={props.day.label}
            isTitle={false}
            rows={1}
            readOnly={props.readOnly}
            testIdPrefix={`day-${date}-label`}
            onEditingChange={props.onEditingChange}
          />
        </div>
      </fieldset>
    </li>
  )
}
