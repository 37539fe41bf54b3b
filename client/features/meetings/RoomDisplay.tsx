import { type Component, createMemo, onCleanup, onMount, Show } from 'solid-js'
import { Portal } from 'solid-js/web'
import type { LocalizedText, Meeting } from '../../../shared/doc/edition'
import { fr } from '../../lib/i18n/fr'
import { ja } from '../../lib/i18n/ja'
import { qrDataUrl } from '../../ui/qr'
import { meetingName, shortUrl } from './format'
import './room-display.css'

/**
 * The participant link for the room's screen: the QR code as large as the
 * screen allows, the short address, and the meeting's name, in French and
 * Japanese at once (the room is bilingual, whatever this browser's
 * language). It asks for the full screen, and Escape or Close leaves it.
 */
export const RoomDisplay: Component<{
  url: string
  meeting: Meeting
  editionTitle: LocalizedText
  onClose: () => void
}> = (props) => {
  let overlay: HTMLDivElement | undefined
  let entered = false
  const qr = createMemo(() => qrDataUrl(props.url))
  const close = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    props.onClose()
  }
  onMount(() => {
    overlay?.focus()
    // Refused outside a click, or by the browser: the overlay fills the window anyway.
    overlay
      ?.requestFullscreen?.()
      .then(() => {
        entered = true
      })
      .catch(() => {})
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close()
    }
    // Escape in full screen is the browser's: it leaves the full screen, and so does this.
    const onFullscreen = () => {
      if (entered && !document.fullscreenElement) props.onClose()
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFullscreen)
    onCleanup(() => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onFullscreen)
    })
  })

  return (
    <Portal>
      <div
        class="room-display"
        role="dialog"
        aria-modal="true"
        aria-label={`${fr.meetings.room.call} / ${ja.meetings.room.call}`}
        tabindex="-1"
        ref={overlay}
        data-testid="room-display"
      >
        <button
          type="button"
          class="btn room-close"
          data-testid="close-room-display"
          onClick={close}
        >
          <span lang="fr">{fr.meetings.room.close}</span> /{' '}
          <span lang="ja">{ja.meetings.room.close}</span>
        </button>
        <img class="room-qr" src={qr()} alt={`${fr.meetings.link.qr} / ${ja.meetings.link.qr}`} />
        <div class="room-text">
          <p class="room-edition">
            <span lang="fr">{props.editionTitle.fr}</span>
            <span lang="ja">{props.editionTitle.ja}</span>
          </p>
          <h2 class="room-meeting">
            <span lang="fr">
              {meetingName(props.meeting.date, 'fr', fr)}
              <Show when={props.meeting.place.fr}> · {props.meeting.place.fr}</Show>
            </span>
            <span lang="ja">
              {meetingName(props.meeting.date, 'ja', ja)}
              <Show when={props.meeting.place.ja}>・{props.meeting.place.ja}</Show>
            </span>
          </h2>
          <Show
            when={props.meeting.intakeOpen}
            fallback={
              <p class="room-closed" data-testid="room-closed">
                <span lang="fr">{fr.meetings.room.closed}</span>
                <span lang="ja">{ja.meetings.room.closed}</span>
              </p>
            }
          >
            <p class="room-call">
              <span lang="fr">{fr.meetings.room.call}</span>
              <span lang="ja">{ja.meetings.room.call}</span>
            </p>
          </Show>
          <p class="room-scan">
            <span lang="fr">{fr.meetings.room.scan}</span>
            <span lang="ja">{ja.meetings.room.scan}</span>
          </p>
          <p class="room-url" data-testid="room-url">
            {shortUrl(props.url)}
          </p>
        </div>
      </div>
    </Portal>
  )
}
