import { type Component, createSignal, Show } from 'solid-js'
import type { LocalizedText, Meeting } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { QrCode } from '../../ui/QrCode'
import { useAuth } from '../access/auth'
import { fetchParticipantLink } from './api'
import { participantUrl } from './format'
import { RoomDisplay } from './RoomDisplay'

/**
 * A meeting's participant link, for owners and editors: asked of the server
 * on demand (the same link each time), shown with its QR code, and on the
 * room's screen.
 */
export const ParticipantLinkPanel: Component<{
  editionId: string
  meeting: Meeting
  editionTitle: LocalizedText
}> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const text = () => t().meetings.link
  const [url, setUrl] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const [copied, setCopied] = createSignal(false)
  const [showRoom, setShowRoom] = createSignal(false)

  const get = async () => {
    setBusy(true)
    setFailed(false)
    try {
      const link = await auth.guard(fetchParticipantLink(props.editionId, props.meeting.id))
      setUrl(participantUrl(link.path))
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied(true)
    } catch {
      // No clipboard here (an insecure origin): the link stays selectable.
    }
  }

  return (
    <div class="participant-link" data-testid="participant-link-panel">
      <Show
        when={url()}
        fallback={
          <button
            type="button"
            class="btn"
            data-testid="get-participant-link"
            disabled={busy()}
            onClick={() => void get()}
          >
            {busy() ? text().getting : text().get}
          </button>
        }
      >
        {(link) => (
          <div class="created-link">
            <div class="created-link-text">
              <p class="field-label">{text().title}</p>
              <div class="link-row">
                <code class="invitation-url" data-testid="participant-link">
                  {link()}
                </code>
                <button type="button" class="btn" onClick={() => void copy(link())}>
                  {copied() ? text().copied : text().copy}
                </button>
              </div>
              <p class="muted hint">{text().hint}</p>
              <button
                type="button"
                class="btn primary"
                data-testid="show-room-display"
                onClick={() => setShowRoom(true)}
              >
                {text().showRoom}
              </button>
            </div>
            <QrCode text={link()} label={text().qr} testId="participant-qr" />
            <Show when={showRoom()}>
              <RoomDisplay
                url={link()}
                meeting={props.meeting}
                editionTitle={props.editionTitle}
                onClose={() => setShowRoom(false)}
              />
            </Show>
          </div>
        )}
      </Show>
      <Show when={failed()}>
        <p class="notice" role="alert">
          {text().failed}
        </p>
      </Show>
    </div>
  )
}
