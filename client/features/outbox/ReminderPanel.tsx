import { type Component, createResource, createSignal, For, Show } from 'solid-js'
import {
  DEFAULT_REMINDER,
  type ReminderTemplate,
  type SendResult,
} from '../../../shared/mail-sends'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { cancelReminder, fetchReminder, scheduleReminder, sendReminder } from './outbox-api'
import { refusalText } from './outbox-errors'
import { outboxMessages } from './outbox-messages'

/** The reminder's moment on the edition's clocks, its zone named (« 20 août 2099 à 09:00 UTC+9 »). */
export const editionMoment = (iso: string, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso))

/**
 * The reminder to the collectivités that have not registered: on a day the
 * committees choose (which a later choice replaces, and which they may
 * cancel), or at once after a confirmation.
 */
export const ReminderPanel: Component<{
  editionId: string
  /** The edition's time zone, whose clocks the reminder's hour is read on. */
  timeZone: string
  onSent: () => void
  onError: (message: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(outboxMessages)
  const [asked, setAsked] = createSignal(false)
  const [day, setDay] = createSignal('')
  const [done, setDone] = createSignal<SendResult | null>(null)
  const [template, setTemplate] = createSignal<ReminderTemplate>({ ...DEFAULT_REMINDER })
  const [reminder, { refetch }] = createResource(
    () => props.editionId,
    (id) => fetchReminder(id),
  )
  const scheduled = () => (reminder.error ? null : (reminder.latest?.scheduled ?? null))

  const act = async (run: () => Promise<void>) => {
    props.onError(null)
    try {
      await run()
      props.onSent()
      await refetch()
    } catch (failure) {
      props.onError(refusalText(failure, m()))
    }
  }
  const now = () =>
    act(async () => {
      setAsked(false)
      setDone(await sendReminder(props.editionId, template()))
    })
  const schedule = (event: SubmitEvent) => {
    event.preventDefault()
    if (!day()) return
    void act(async () => {
      setDone(null)
      await scheduleReminder(props.editionId, day(), template())
    })
  }
  const cancel = () => act(() => cancelReminder(props.editionId))

  return (
    <section class="outbox-panel" aria-labelledby="outbox-reminder-title" data-testid="reminder">
      <h3 id="outbox-reminder-title">{m().reminderTitle}</h3>
      <p class="muted hint">{m().reminderIntro}</p>
      <Show when={scheduled()}>
        {(waiting) => (
          <div class="outbox-scheduled">
            <p data-testid="reminder-scheduled">
              {m().reminderScheduled(
                editionMoment(waiting().at, locale(), props.timeZone),
                waiting().count,
              )}
            </p>
            <button
              type="button"
              class="btn"
              onClick={() => void cancel()}
              data-testid="reminder-cancel"
            >
              {m().cancelSchedule}
            </button>
          </div>
        )}
      </Show>
      <details class="outbox-template">
        <summary>{m().templateTitle}</summary>
        <p class="muted hint">{m().templateHint}</p>
        <For each={['fr', 'ja'] as const}>
          {(lang) => (
            <label class="outbox-template-field">
              <span>{m().templateIn[lang]}</span>
              <textarea
                lang={lang}
                rows="8"
                value={template()[lang]}
                onInput={(event) => {
                  const text = event.currentTarget.value
                  setTemplate((current) => ({ ...current, [lang]: text }))
                }}
                data-testid={`reminder-template-${lang}`}
              />
            </label>
          )}
        </For>
      </details>
      <form class="outbox-schedule" onSubmit={schedule}>
        <label class="outbox-field">
          <span>{m().reminderDay}</span>
          <input
            type="date"
            required
            value={day()}
            onInput={(event) => setDay(event.currentTarget.value)}
            data-testid="reminder-day"
          />
        </label>
        <button type="submit" class="btn" data-testid="reminder-schedule">
          {m().scheduleReminder}
        </button>
      </form>
      <Show
        when={asked()}
        fallback={
          <button
            type="button"
            class="btn"
            onClick={() => {
              setDone(null)
              setAsked(true)
            }}
            data-testid="reminder-send"
          >
            {m().sendReminder}
          </button>
        }
      >
        <fieldset class="outbox-confirm">
          <legend>{m().reminderQuestion}</legend>
          <button
            type="button"
            class="btn primary"
            onClick={() => void now()}
            data-testid="reminder-confirm"
            ref={(button) => queueMicrotask(() => button.focus())}
          >
            {m().confirm}
          </button>
          <button type="button" class="btn" onClick={() => setAsked(false)}>
            {m().cancel}
          </button>
        </fieldset>
      </Show>
      <p role="status" class="outbox-result">
        <Show when={done()}>{(sent) => m().sent(sent().queued, sent().skipped)}</Show>
      </p>
    </section>
  )
}
