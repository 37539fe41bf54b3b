import { type Component, createSignal, Show } from 'solid-js'
import { createMeeting } from '../../shared/doc/edition'
import { useI18n } from '../i18n'
import type { EditionSession } from '../sync/edition-session'

/** Today on this device's calendar, 'YYYY-MM-DD' (a meeting is usually planned for the coming days). */
function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The fold that creates a meeting: its date, its place in French and Japanese, its agenda. */
export const MeetingCreateForm: Component<{ session: EditionSession }> = (props) => {
  const { t } = useI18n()
  const text = () => t().meetings.create
  let details: HTMLDetailsElement | undefined
  const [date, setDate] = createSignal(today())
  const [placeFr, setPlaceFr] = createSignal('')
  const [placeJa, setPlaceJa] = createSignal('')
  const [agendaFr, setAgendaFr] = createSignal('')
  const [agendaJa, setAgendaJa] = createSignal('')
  const [checked, setChecked] = createSignal(false)
  const [refused, setRefused] = createSignal<string | null>(null)
  const dateMissing = () => !/^\d{4}-\d{2}-\d{2}$/.test(date())
  const placeMissing = () => placeFr().trim() === '' && placeJa().trim() === ''

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setChecked(true)
    if (dateMissing() || placeMissing()) return
    setRefused(
      props.session.edit((doc, origin) =>
        createMeeting(
          doc,
          {
            date: date(),
            place: { fr: placeFr().trim(), ja: placeJa().trim() },
            agenda: { fr: agendaFr().trim(), ja: agendaJa().trim() },
          },
          origin,
        ),
      ),
    )
    if (refused()) return
    setChecked(false)
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
