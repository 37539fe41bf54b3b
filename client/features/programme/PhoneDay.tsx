import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import {
  type EditionWarning,
  Interpretation,
  type Room,
  SessionStatus,
  type Theme,
  type TimedSession,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { sessionTimes } from '../../lib/times'
import type { Peer } from '../../sync/session'
import { Bilingual } from '../../ui/Bilingual'
import { minutesOf, warningsBySession } from './grid-layout'
import { gridMessages } from './grid-messages'
import { phoneMessages } from './phone-messages'
import { themeColor } from './SessionBlock'
import { ViewerTime } from './ViewerTime'
import './phone.css'

/**
 * One day of the programme on a phone: its sessions as a list by time, of
 * every room or of the one the switcher shows, each a card to tap to open
 * its editor (a full-screen sheet there). Nothing to drag: times and rooms
 * are changed in the sheet.
 */
export const PhoneDay: Component<{
  rooms: Room[]
  sessions: TimedSession[]
  themes: Theme[]
  timeZone: string
  viewerZone: string
  warnings: EditionWarning[]
  peers: Peer[]
  readOnly: boolean
  selected: string | null
  onOpen: (sessionId: string) => void
  onAddInRoom: (roomId: string) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const m = useCatalogue(phoneMessages)
  const grid = useCatalogue(gridMessages)
  const [roomId, setRoomId] = createSignal('')
  // A room deleted while shown gives way to all rooms.
  const room = () => props.rooms.find((each) => each.id === roomId()) ?? null
  const roomName = (id: string) => {
    const found = props.rooms.find((each) => each.id === id)
    return found ? pickText(found.name, locale()).main : ''
  }
  const roomOrder = createMemo(() => new Map(props.rooms.map((each, index) => [each.id, index])))
  const firstRoom = (session: TimedSession) =>
    session.allRooms ? -1 : Math.min(...session.roomIds.map((id) => roomOrder().get(id) ?? 1e6))
  const shown = createMemo(() => {
    const chosen = room()
    return props.sessions
      .filter((session) => !chosen || session.allRooms || session.roomIds.includes(chosen.id))
      .sort(
        (a, b) =>
          minutesOf(a.start) - minutesOf(b.start) ||
          firstRoom(a) - firstRoom(b) ||
          a.id.localeCompare(b.id),
      )
  })
  const warnings = createMemo(() => warningsBySession(props.warnings))
  const themeById = createMemo(() => new Map(props.themes.map((theme) => [theme.id, theme])))
  const where = (session: TimedSession) => {
    if (session.allRooms) return grid().allRooms
    const names = session.roomIds.map(roomName).filter(Boolean)
    return names.length > 2 ? m().rooms(names.length) : names.join(', ')
  }

  return (
    <div class="phone-day" data-testid="phone-day">
      <div class="phone-day-bar">
        <label class="select-field phone-room-field">
          <span class="field-label">{m().room}</span>
          <select
            data-testid="phone-room"
            value={room()?.id ?? ''}
            onChange={(event) => setRoomId(event.currentTarget.value)}
          >
            <option value="">{m().allRooms}</option>
            <For each={props.rooms}>
              {(each) => <option value={each.id}>{pickText(each.name, locale()).main}</option>}
            </For>
          </select>
        </label>
        {/* With all rooms shown, the day's own « + Session » does it. */}
        <Show when={!props.readOnly ? room() : null}>
          {(target) => (
            <button
              type="button"
              class="btn phone-add"
              data-testid="phone-add"
              onClick={() => props.onAddInRoom(target().id)}
            >
              {m().addIn(pickText(target().name, locale()).main)}
            </button>
          )}
        </Show>
      </div>
      <Show
        when={shown().length > 0}
        fallback={
          <p class="muted phone-empty" data-testid="phone-empty">
            {m().empty}
          </p>
        }
      >
        <ol
          class="phone-sessions"
          aria-label={m().listLabel(room() ? roomName(roomId()) : m().allRooms)}
        >
          <For each={shown()}>
            {(session) => {
              const times = () => sessionTimes(session, props.timeZone, props.viewerZone, locale())
              const theme = () => (session.themeId ? themeById().get(session.themeId) : undefined)
              const codes = () => warnings().get(session.id) ?? []
              const editors = () =>
                props.peers.filter((peer) => !peer.self && peer.sessionId === session.id)
              return (
                <li>
                  <button
                    type="button"
                    class="session-card phone-session"
                    classList={{
                      selected: props.selected === session.id,
                      draft: session.status === SessionStatus.Draft,
                    }}
                    data-testid="phone-session"
                    data-session-id={session.id}
                    data-kind={session.kind}
                    data-room-ids={session.allRooms ? '*' : session.roomIds.join(' ')}
                    aria-pressed={props.selected === session.id}
                    style={{
                      '--theme-color': theme() ? themeColor(theme()?.position ?? 0) : undefined,
                    }}
                    onClick={() => props.onOpen(session.id)}
                  >
                    <span class="phone-session-head">
                      <span class="session-time">
                        {times().start}–{times().end}
                        <ViewerTime times={times()} viewerZone={props.viewerZone} />
                      </span>
                      <span class="session-kind">{t().edition.kind[session.kind]}</span>
                      <Show when={session.status === SessionStatus.Draft}>
                        <span class="status-mark">{t().edition.sessionStatus.draft}</span>
                      </Show>
                      <Show
                        when={
                          session.interpretation !== Interpretation.None
                            ? grid().interpretation[session.interpretation]
                            : null
                        }
                      >
                        {(mark) => (
                          <span class="interp-mark" title={mark().title}>
                            {mark().mark}
                          </span>
                        )}
                      </Show>
                    </span>
                    <Bilingual text={session.title} class="session-title" />
                    <span class="phone-session-room">{where(session)}</span>
                    <Show when={theme()}>
                      {(shownTheme) => (
                        <span class="theme-mark">
                          {pickText(shownTheme().title, locale()).main}
                        </span>
                      )}
                    </Show>
                    <Show when={codes().length > 0}>
                      <span class="phone-warnings" data-testid="phone-session-warning">
                        <For each={codes()}>
                          {(code) => (
                            <span class="phone-warning">⚠ {t().edition.warning[code]}</span>
                          )}
                        </For>
                      </span>
                    </Show>
                    <Show when={editors().length > 0}>
                      <span class="phone-editors">
                        <For each={editors()}>
                          {(peer) => (
                            <span class="editor-name" style={{ background: peer.color }}>
                              {peer.name}
                            </span>
                          )}
                        </For>
                      </span>
                    </Show>
                  </button>
                </li>
              )
            }}
          </For>
        </ol>
      </Show>
    </div>
  )
}
