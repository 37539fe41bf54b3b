import { type Component, createSignal, Show } from 'solid-js'
import { createMeeting } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { hoursProblem } from './hours'
import { meetingMessages } from './meeting-messages'
import './meeting-form.css'

/** Today on this device's calendar, 'YYYY-MM-DD' (a meeting is usually planned for the coming days). */
function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The fold that creates a meeting: its date and hours, its place and the
 * event it is part of in French and Japanese, its agenda.
 */
export const MeetingCreateForm: Component<{ session: EditionSession }> = (props) => {
  const { t } = useI18n()
  const text = () => t().meetings.create
  const m = useCatalogue(meetingMessages)
  let details: HTMLDetailsElement | undefined
  const [date, setDate] = createSignal(today())
  const [placeFr, setPlaceFr] = createSignal('')
  const [placeJa, setPlaceJa] = createSignal('')
  const [start, setStart] = createSignal('')
  const [end, setEnd] = createSignal('')
  const [eventFr, setEventFr] = createSignal('')
  const [eventJa, setEventJa] = createSignal('')
  const [agendaFr, setAgendaFr] = createSignal('')
  const [agendaJa, setAgendaJa] = createSignal('')
  const [checked, setChecked] = createSignal(false)
  const [refused, setRefused] = createSignal<string | null>(null)
  const dateMissing = () => !/^\d{4}-\d{2}-\d{2}$/.test(date())
  const placeMissing = () => placeFr().trim() === '' && placeJa().trim() === ''
  const hoursWrong = () => hoursProblem(start(), end())

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setChecked(true)
    if (dateMissing() || placeMissing() || hoursWrong()) return
    setRefused(
      props.session.edit((doc, origin) =>
        createMeeting(
          doc,
          {
            date: date(),
            start: start() || null,
            end: end() || null,
            event: { fr: eventFr().trim(), ja: eventJa().trim(), en: '' },
            place: { fr: placeFr().trim(), ja: placeJa().trim() },
            agenda: { fr: agendaFr().trim(), ja: agendaJa().trim() },
          },
          origin,
        ),
      ),
    )
    if (refused()) return
    setChecked(false)
    for (const clear of [setStart, setEnd, setEventFr, setEventJa]) clear('')
    for (const clear of [setPlaceFr, setPlaceJa, setAgendaFr, setAgendaJa]) clear('')
    if (details) details.open = false
  }

  return (
    <details class="create-meeting" ref={details} data-testid="create-meeting">
      <summary data-testid="create-meeting-open">{text().open}</summary>
      <form class="meeting-form" novalidate onSubmit={submit}>
        <label class="form-field">
          <span class="field-label">{text().date}</span>
          <input
            type="date"
            data-testid="meeting-date"
            value={date()}
            aria-invalid={checked() && dateMissing()}
            onInput={(event) => setDate(event.currentTarget.value)}
          />
          <Show when={checked() && dateMissing()}>
            <span class="field-error">{text().dateError}</span>
          </Show>
        </label>
        <label class="form-field">
          <span class="field-label">{m().start}</span>
          <input
            type="time"
            step={300}
            data-testid="meeting-start"
            value={start()}
            aria-invalid={checked() && hoursWrong() !== null}
            onInput={(event) => setStart(event.currentTarget.value)}
          />
        </label>
        <label class="form-field">
          <span class="field-label">{m().end}</span>
          <input
            type="time"
            step={300}
            data-testid="meeting-end"
            value={end()}
            aria-invalid={checked() && hoursWrong() !== null}
            onInput={(event) => setEnd(event.currentTarget.value)}
          />
        </label>
        <Show when={checked() && hoursWrong()}>
          {(problem) => (
            <p class="field-error wide" data-testid="meeting-hours-error">
              {m().hoursProblem[problem()]}
            </p>
          )}
        </Show>
        <label class="form-field">
          <span class="field-label">{text().placeFr}</span>
          <input
            type="text"
            lang="fr"
            data-testid="meeting-place-fr"
            value={placeFr()}
            aria-invalid={checked() && placeMissing()}
            onInput={(event) => setPlaceFr(event.currentTarget.value)}
          />
        </label>
        <label class="form-field">
          <span class="field-label">{text().placeJa}</span>
          <input
            type="text"
            lang="ja"
            data-testid="meeting-place-ja"
            value={placeJa()}
            aria-invalid={checked() && placeMissing()}
            onInput={(event) => setPlaceJa(event.currentTarget.value)}
          />
        </label>
        <Show when={checked() && placeMissing()}>
          <p class="field-error wide">{text().placeError}</p>
        </Show>
        <label class="form-field">
          <span class="field-label">{m().eventFr}</span>
          <input
            type="text"
            lang="fr"
            data-testid="meeting-event-fr"
            value={eventFr()}
            onInput={(event) => setEventFr(event.currentTarget.value)}
          />
        </label>
        <label class="form-field">
          <span class="field-label">{m().eventJa}</span>
          <input
            type="text"
            lang="ja"
            data-testid="meeting-event-ja"
            value={eventJa()}
            onInput={(event) => setEventJa(event.currentTarget.value)}
          />
        </label>
        <p class="muted hint wide">{m().eventHint}</p>
        <label class="form-field wide-half">
          <span class="field-label">{text().agendaFr}</span>
          <textarea
            lang="fr"
            rows={4}
            data-testid="meeting-agenda-fr"
            value={agendaFr()}
            onInput={(event) => setAgendaFr(event.currentTarget.value)}
          />
        </label>
        <label class="form-field wide-half">
          <span class="field-label">{text().agendaJa}</span>
          <textarea
            lang="ja"
            rows={4}
            data-testid="meeting-agenda-ja"
            value={agendaJa()}
            onInput={(event) => setAgendaJa(event.currentTarget.value)}
          />
        </label>
        <p class="muted hint wide">{text().agendaHint}</p>
        <Show when={refused()}>
          {(reason) => <p class="notice wide">{t().edition.editor.refused(reason())}</p>}
        </Show>
        <button type="submit" class="btn primary" data-testid="create-meeting-submit">
          {text().submit}
        </button>
      </form>
    </details>
  )
}
