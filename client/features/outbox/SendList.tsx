import { type Component, For, Show } from 'solid-js'
import type { Collectivite } from '../../../shared/doc/edition'
import { MessageState, type OutboxMessage, type OutboxSend } from '../../../shared/mail'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { useMomentText } from '../../ui/moment'
import { outboxMessages } from './outbox-messages'
import { editionMoment } from './ReminderPanel'

/** A message's state, and why or until when. */
const MessageStatus: Component<{ message: OutboxMessage; timeZone: string }> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(outboxMessages)
  // On the edition's clocks, the reader's beside them, as every moment of the app.
  const moment = useMomentText()
  return (
    <>
      <span class={`outbox-state state-${props.message.state}`} data-testid="message-state">
        {m().state[props.message.state]}
      </span>
      <Show
        when={
          props.message.state === MessageState.Queued &&
          props.message.nextAttemptAt &&
          Date.parse(props.message.nextAttemptAt) > Date.now()
        }
      >
        <span class="outbox-detail" data-testid="message-due">
          {m().dueOn(editionMoment(props.message.nextAttemptAt ?? '', locale(), props.timeZone))}
        </span>
      </Show>
      <Show when={props.message.state === MessageState.Failed && props.message.lastError}>
        <span class="outbox-detail" data-testid="message-reason">
          {m().reason(props.message.lastError ?? '')}
        </span>
      </Show>
      <Show when={props.message.state === MessageState.Retrying && props.message.nextAttemptAt}>
        <span class="outbox-detail">
          {m().nextAttempt(
            moment(props.message.nextAttemptAt ?? '', props.timeZone),
            props.message.attempts,
          )}
          <Show when={props.message.lastError}> — {m().reason(props.message.lastError ?? '')}</Show>
        </span>
      </Show>
      <Show when={props.message.state === MessageState.Sent && props.message.sentAt}>
        <span class="outbox-detail">
          {m().sentAt(moment(props.message.sentAt ?? '', props.timeZone))}
        </span>
      </Show>
    </>
  )
}

/** The outbox's sends, newest first, each with its messages and their state. */
export const SendList: Component<{
  sends: readonly OutboxSend[]
  collectivites: readonly Collectivite[]
  canResend: boolean
  /** The edition's time zone: a message waiting for its day says it on the edition's clocks. */
  timeZone: string
  onResend: (message: OutboxMessage) => void
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(outboxMessages)
  const moment = useMomentText()
  const nameOf = (message: OutboxMessage) => {
    const found = props.collectivites.find((each) => each.id === message.collectiviteId)
    return found ? pickText(found.name, locale()).main : message.toName
  }
  return (
    <ol class="outbox-sends" data-testid="outbox-sends">
      <For each={props.sends}>
        {(send) => (
          <li class="outbox-send" data-testid="outbox-send" data-kind={send.kind}>
            <h4>
              {m().sendHeading(
                m().kind[send.kind],
                moment(send.createdAt, props.timeZone),
                send.messages.length,
              )}
            </h4>
            <table class="outbox-messages">
              <thead>
                <tr>
                  <th scope="col">{m().recipient}</th>
                  <th scope="col">{m().status}</th>
                  <th scope="col">{m().action}</th>
                </tr>
              </thead>
              <tbody>
                <For each={send.messages}>
                  {(message) => (
                    <tr data-testid="outbox-message" data-state={message.state}>
                      <td>
                        <span class="outbox-name">{nameOf(message)}</span>
                        <span class="outbox-address">
                          {message.toName} &lt;{message.toEmail}&gt; ·{' '}
                          {m().language[message.language]}
                        </span>
                        <span class="outbox-address" lang={message.language}>
                          {message.subject}
                        </span>
                      </td>
                      <td>
                        <MessageStatus message={message} timeZone={props.timeZone} />
                      </td>
                      <td>
                        <Show
                          when={
                            props.canResend &&
                            (message.state === MessageState.Failed ||
                              message.state === MessageState.Sent)
                          }
                        >
                          <button
                            type="button"
                            class="btn"
                            aria-label={m().resendTo(nameOf(message))}
                            onClick={() => props.onResend(message)}
                            data-testid="message-resend"
                          >
                            {m().resend}
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </li>
        )}
      </For>
    </ol>
  )
}
