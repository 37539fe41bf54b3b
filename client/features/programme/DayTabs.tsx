import { type Component, For, Show } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { formatDay } from '../../lib/times'
import { Bilingual } from '../../ui/Bilingual'
import type { GridDay } from './grid-days'
import { gridMessages } from './grid-messages'
import '../../ui/day-tabs.css'

const hasLabel = (day: GridDay) => day.label.fr.trim() !== '' || day.label.ja.trim() !== ''

/** The days of the programme as tabs, each with its label and count, and the day's "+ Session". */
export const DayTabs: Component<{
  days: GridDay[]
  current: string | null
  counts: (day: string) => number
  readOnly: boolean
  onChoose: (day: string) => void
  onAdd: () => void
}> = (props) => {
  const { locale } = useI18n()
  const grid = useCatalogue(gridMessages)
  return (
    <div class="day-bar">
      <div class="day-tabs" role="tablist">
        <For each={props.days}>
          {(day) => (
            <button
              type="button"
              role="tab"
              class="day-tab"
              classList={{ 'off-dates': !day.inEdition }}
              data-testid="day-tab"
              data-day={day.id}
              aria-selected={day.id === props.current}
              title={day.inEdition ? undefined : grid().offDatesTitle}
              onClick={() => props.onChoose(day.id)}
            >
              {formatDay(day.id, locale(), 'tab')}
              <Show when={hasLabel(day)}>
                <Bilingual text={day.label} class="day-label" />
              </Show>
              <Show when={!day.inEdition}>
                <span class="off-dates-mark">{grid().offDates}</span>
              </Show>
              <span class="count">{props.counts(day.id)}</span>
            </button>
          )}
        </For>
      </div>
      <Show when={!props.readOnly}>
        <button
          type="button"
          class="btn primary add-session"
          data-testid="add-session"
          // A title, not a label: what a speech user reads on the button must stay its name.
          title={
            props.current
              ? grid().addSessionOn(formatDay(props.current, locale(), 'long'))
              : undefined
          }
          onClick={() => props.onAdd()}
        >
          {grid().addSession}
        </button>
      </Show>
    </div>
  )
}
