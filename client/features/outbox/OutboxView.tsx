import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  onCleanup,
  Show,
} from 'solid-js'
import { canEdit, type Role } from '../../../shared/access'
import { MessageState, type OutboxMessage } from '../../../shared/mail'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { ViewPanel } from '../../ui/ViewPanel'
import { fetchOutbox, resendMessage } from './outbox-api'
import { refusalText } from './outbox-errors'
import { outboxMessages } from './outbox-messages'
import { PackSendPanel } from './PackSendPanel'
import { ReminderPanel } from './ReminderPanel'
import { SendList } from './SendList'
import './outbox.css'

/** How often the outbox is asked again while a message waits. */
const POLL_MS = 2500

/**
 * The mail tab, for editors and owners: the pack's send with its preview,
 * the reminder, and the outbox, each send with its messages and their
 * state, asked again every few seconds while a message waits.
 */
export const OutboxView: Component<{
  editionId: string
  session: EditionSession
  role: Role | null
  readOnly: ReadOnlyReason | null
}> = (props) => {
  const m = useCatalogue(outboxMessages)
  const [error, setError] = createSignal<string | null>(null)
  const [search, setSearch] = createSignal('')
  // An unknown role (offline) may still be an editor: the server has the last word.
  const editor = () => props.role === null || canEdit(props.role)
  const [outbox, { refetch }] = createResource(
    () => (editor() ? { id: props.editionId, search: search() } : false),
    (source) => fetchOutbox(source.id, source.search),
  )
  const latest = () => (outbox.error ? undefined : outbox.latest)
  const waiting = () =>
    (latest()?.sends ?? []).some((send) =>
      send.messages.some(
        (message) =>
          message.state === MessageState.Retrying ||
          // A reminder waiting for its day is not watched every few seconds.
          (message.state === MessageState.Queued &&
            (message.nextAttemptAt === null || Date.parse(message.nextAttemptAt) <= Date.now())),
      ),
    )
  createEffect(() => {
    if (!waiting()) return
    const timer = setInterval(() => void refetch(), POLL_MS)
    onCleanup(() => clearInterval(timer))
  })

  const act = async (run: () => Promise<void>) => {
    setError(null)
    try {
      await run()
    } catch (failure) {
      setError(refusalText(failure, m()))
    }
  }
  const resend = (message: OutboxMessage) =>
    act(async () => {
      await resendMessage(props.editionId, message.id)
      await refetch()
    })
  return (
    <ViewPanel
      class="outbox-view"
      titleId="outbox-title"
      title={m().title}
      intro={m().intro}
      testId="outbox-view"
      readOnly={props.readOnly}
      error={error()}
    >
      <Show when={editor()} fallback={<p data-testid="outbox-editors-only">{m().editorsOnly}</p>}>
        <Show when={latest()}>
          {(found) => (
            <p
              class="outbox-delivery"
              data-testid="outbox-delivery"
              data-delivery={found().delivery}
            >
              {found().delivery === 'files' ? m().filesDelivery : m().smtpDelivery}
            </p>
          )}
        </Show>
        <Show when={props.readOnly === null}>
          <div class="outbox-actions">
            <PackSendPanel
              editionId={props.editionId}
              onSent={() => void refetch()}
              onError={setError}
            />
            <ReminderPanel
              editionId={props.editionId}
              timeZone={props.session.edition.meta.timeZone}
              onSent={() => void refetch()}
              onError={setError}
            />
          </div>
        </Show>
        <section class="outbox-list" aria-labelledby="outbox-list-title" data-testid="outbox-list">
          <h3 id="outbox-list-title">{m().listTitle}</h3>
          <label class="outbox-field outbox-search">
            <span>{m().search}</span>
            <input
              type="search"
              value={search()}
              placeholder={m().searchPlaceholder}
              onInput={(event) => setSearch(event.currentTarget.value)}
              data-testid="outbox-search"
            />
          </label>
          <Show when={outbox.error}>
            <p class="error" role="alert">
              {m().failedToLoad(String(outbox.error?.message ?? outbox.error))}
            </p>
          </Show>
          <p class="muted outbox-watching" aria-live="polite">
            <Show when={waiting()}>{m().watching}</Show>
          </p>
          <Show when={latest()} fallback={<p class="muted">{m().loading}</p>}>
            {(found) => (
              <Show
                when={found().sends.length > 0}
                fallback={
                  <p class="muted" data-testid="outbox-empty">
                    {search().trim() ? m().noMatch : m().empty}
                  </p>
                }
              >
                <SendList
                  sends={found().sends}
                  collectivites={props.session.edition.collectivites}
                  canResend={props.readOnly === null}
                  timeZone={props.session.edition.meta.timeZone}
                  onResend={(message) => void resend(message)}
                />
              </Show>
            )}
          </Show>
        </section>
      </Show>
    </ViewPanel>
  )
}
