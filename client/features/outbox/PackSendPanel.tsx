import { type Component, createResource, createSignal, For, Show } from 'solid-js'
import type { SendResult } from '../../../shared/mail-sends'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { fetchPackPreview, sendPack } from './outbox-api'
import { refusalText } from './outbox-errors'
import { outboxMessages } from './outbox-messages'

/**
 * The invitation pack's send: the count of recipients per language, one
 * message as it would go (to a chosen collectivité), then a send that asks
 * to be confirmed.
 */
export const PackSendPanel: Component<{
  editionId: string
  onSent: () => void
  onError: (message: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(outboxMessages)
  const [shown, setShown] = createSignal<string | null>(null)
  const [resend, setResend] = createSignal(false)
  const [confirming, setConfirming] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const [result, setResult] = createSignal<SendResult | null>(null)
  const [preview, { refetch }] = createResource(
    () => ({ id: props.editionId, shown: shown() }),
    (source) => fetchPackPreview(source.id, source.shown),
  )
  const latest = () => (preview.error ? undefined : preview.latest)
  const toSend = () => {
    const recipients = latest()?.recipients ?? []
    return resend() ? recipients.length : recipients.filter((each) => !each.alreadySent).length
  }
  const already = () => (latest()?.recipients ?? []).filter((each) => each.alreadySent).length

  const confirm = async () => {
    setBusy(true)
    props.onError(null)
    try {
      setResult(await sendPack(props.editionId, { resend: resend() }))
      setConfirming(false)
      setResend(false)
      props.onSent()
      await refetch()
    } catch (error) {
      props.onError(refusalText(error, m()))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="outbox-panel" aria-labelledby="outbox-pack-title" data-testid="pack-send">
      <h3 id="outbox-pack-title">{m().packTitle}</h3>
      <p class="muted hint">{m().packIntro}</p>
      <Show when={preview.error}>
        <p class="error" role="alert">
          {m().failedToLoad(String(preview.error?.message ?? preview.error))}
        </p>
      </Show>
      <Show when={latest()} fallback={<p class="muted">{m().loading}</p>}>
        {(found) => (
          <>
            <p class="outbox-counts" data-testid="pack-counts">
              {m().recipients(found().counts.fr, found().counts.ja)}
            </p>
            <Show when={already() > 0}>
              <p class="muted" data-testid="pack-already">
                {m().alreadySent(already())}
              </p>
            </Show>
            <Show when={found().message} fallback={<p class="muted">{m().noRecipients}</p>}>
              {(message) => (
                <>
                  <label class="outbox-field">
                    <span>{m().previewOf}</span>
                    <select
                      data-testid="pack-preview-choice"
                      onChange={(event) => setShown(event.currentTarget.value || null)}
                    >
                      <For each={found().recipients}>
                        {(recipient) => (
                          <option
                            value={recipient.collectiviteId}
                            selected={recipient.collectiviteId === message().collectiviteId}
                          >
                            {pickText(recipient.name, locale()).main} (
                            {m().language[recipient.language]})
                          </option>
                        )}
                      </For>
                    </select>
                  </label>
                  <figure
                    class="outbox-preview"
                    aria-label={m().previewLabel}
                    data-testid="pack-preview"
                    lang={message().language}
                  >
                    <dl>
                      <dt lang={locale()}>{m().to}</dt>
                      <dd data-testid="preview-to">
                        {message().toName} &lt;{message().toEmail}&gt;
                      </dd>
                      <dt lang={locale()}>{m().subject}</dt>
                      <dd data-testid="preview-subject">{message().subject}</dd>
                      <dt lang={locale()}>{m().attachments}</dt>
                      <dd data-testid="preview-attachments">{message().attachments.join(', ')}</dd>
                    </dl>
                    <pre class="outbox-body" data-testid="preview-text" tabindex="0">
                      {message().text}
                    </pre>
                  </figure>
                  <label class="outbox-check">
                    <input
                      type="checkbox"
                      checked={resend()}
                      onChange={(event) => setResend(event.currentTarget.checked)}
                      data-testid="pack-resend-all"
                    />
                    <span>{m().resendAll}</span>
                  </label>
                  <Show
                    when={confirming()}
                    fallback={
                      <button
                        type="button"
                        class="btn primary"
                        disabled={toSend() === 0}
                        onClick={() => {
                          setResult(null)
                          setConfirming(true)
                        }}
                        data-testid="pack-send-button"
                      >
                        {m().send(toSend())}
                      </button>
                    }
                  >
                    <fieldset class="outbox-confirm">
                      <legend>{m().confirmQuestion(toSend())}</legend>
                      <button
                        type="button"
                        class="btn primary"
                        disabled={busy()}
                        onClick={() => void confirm()}
                        data-testid="pack-confirm"
                        ref={(button) => queueMicrotask(() => button.focus())}
                      >
                        {m().confirm}
                      </button>
                      <button
                        type="button"
                        class="btn"
                        disabled={busy()}
                        onClick={() => setConfirming(false)}
                      >
                        {m().cancel}
                      </button>
                    </fieldset>
                  </Show>
                </>
              )}
            </Show>
          </>
        )}
      </Show>
      <p role="status" class="outbox-result" data-testid="pack-result">
        <Show when={result()}>
          {(done) =>
            done().queued > 0
              ? m().sent(done().queued, done().skipped)
              : m().nothingToSend(done().skipped)
          }
        </Show>
      </p>
    </section>
  )
}
