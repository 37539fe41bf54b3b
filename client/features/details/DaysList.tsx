import { type Component, createMemo, For, Show } from 'solid-js'
import { EditionDatesProblem, editionDatesProblem, editionDays } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { DayRow } from './DayRow'
import { detailsMessages } from './details-messages'

/** The edition's days, from its first to its last, each with its hours and label. */
export const DaysList: Component<{
  session: EditionSession
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const t = useCatalogue(detailsMessages)
  const { t: general } = useI18n()
  const edition = props.session.edition
  const days = createMemo(() => editionDays(edition))
  // Rows keyed by date: a change to one day's hours must not redraw the
  // others, nor take the caret out of a label being typed.
  const dates = createMemo(() => days().map((day) => day.id), [], {
    equals: (a, b) => a.length === b.length && a.every((date, index) => date === b[index]),
  })
  const hasEntry = (date: string) => edition.days.some((day) => day.id === date)
  // Dates a crafted document holds too far apart, or reversed, draw no day: say why.
  const problem = () => {
    const found = editionDatesProblem(edition.meta)
    return found === EditionDatesProblem.YearMismatch ? null : found
  }
  return (
    <section class="days-section" aria-labelledby="days-title" data-testid="days">
      <h3 id="days-title">{t().days}</h3>
      <p class="muted hint">{t().daysIntro}</p>
      <Show
        when={dates().length > 0}
        fallback={
          <p class="muted" data-testid="no-days">
            <Show when={problem()} fallback={t().noDays}>
              {(found) => general().edition.datesProblem[found()]}
            </Show>
          </p>
        }
      >
        <ol class="day-list">
          <For each={dates()}>
            {(date) => (
              <Show when={days().find((day) => day.id === date)}>
                {(day) => (
                  <DayRow
                    session={props.session}
                    day={day()}
                    hasEntry={hasEntry(date)}
                    readOnly={props.readOnly}
                    onEditingChange={props.onEditingChange}
                    onError={props.onError}
                  />
                )}
              </Show>
            )}
          </For>
        </ol>
      </Show>
    </section>
  )
}
