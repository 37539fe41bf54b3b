import { type Component, createSignal, For, Show } from 'solid-js'
import { formatClockTime, type Session } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { Bilingual } from '../../ui/Bilingual'
import { DRAG_THRESHOLD_PX, type PointTarget, targetAt } from './drop-target'
import { gridMessages } from './grid-messages'
import './unplaced-tray.css'

/** The sessions off the grid: dragged onto it, or placed with a button, from the keyboard. */
export const UnplacedTray: Component<{
  sessions: Session[]
  readOnly: boolean
  /** Whether there is a day and a room to place a session in. */
  canPlace: boolean
  roomName: (roomId: string) => string
  onOpen: (sessionId: string) => void
  /** Places the session in the first free slot of the day shown. */
  onPlace: (session: Session) => void
  /** Places the session where it was dropped on the grid. */
  onDrop: (session: Session, target: { roomId: string; minutes: number }) => void
}> = (props) => {
  const grid = useCatalogue(gridMessages)
  return (
    <aside
      class="unplaced-tray"
      aria-labelledby="unplaced-title"
      data-tray=""
      data-testid="unplaced-tray"
    >
      <h3 id="unplaced-title" class="tray-title">
        {grid().tray.title} <span class="count">{props.sessions.length}</span>
      </h3>
      <Show
        when={props.sessions.length > 0}
        fallback={<p class="muted tray-empty">{grid().tray.empty}</p>}
      >
        <ul class="tray-list">
          <For each={props.sessions}>
            {(session) => (
              <TrayItem
                session={session}
                readOnly={props.readOnly}
                canPlace={props.canPlace}
                roomName={props.roomName}
                onOpen={() => props.onOpen(session.id)}
                onPlace={() => props.onPlace(session)}
                onDrop={(target) => props.onDrop(session, target)}
              />
            )}
          </For>
        </ul>
      </Show>
      <Show when={!props.readOnly}>
        <p class="muted tray-drop">{grid().tray.dropHere}</p>
      </Show>
    </aside>
  )
}

const TrayItem: Component<{
  session: Session
  readOnly: boolean
  canPlace: boolean
  roomName: (roomId: string) => string
  onOpen: () => void
  onPlace: () => void
  onDrop: (target: { roomId: string; minutes: number }) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const grid = useCatalogue(gridMessages)
  /** While dragged: where the item's ghost is, and what it would land on. */
  const [ghost, setGhost] = createSignal<{ x: number; y: number; target: PointTarget } | null>(null)
  let press: { x: number; y: number; moved: boolean } | null = null
  let justDragged = false

  const title = () => pickText(props.session.title, locale()).main || grid().untitled
  const landing = (target: PointTarget) =>
    target.kind === 'column'
      ? grid().landing(formatClockTime(target.minutes), props.roomName(target.roomId))
      : ''

  const onPointerDown = (event: PointerEvent) => {
    if (props.readOnly || !props.canPlace || event.button !== 0) return
    press = { x: event.clientX, y: event.clientY, moved: false }
    ;(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent) => {
    if (!press) return
    if (
      !press.moved &&
      Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD_PX
    )
      return
    press.moved = true
    setGhost({ x: event.clientX, y: event.clientY, target: targetAt(event.clientX, event.clientY) })
  }
  const onPointerUp = (event: PointerEvent) => {
    if (!press) return
    const { moved } = press
    press = null
    setGhost(null)
    if (!moved) return
    justDragged = true
    const target = targetAt(event.clientX, event.clientY)
    if (target.kind === 'column') props.onDrop(target)
  }
  const onPointerCancel = () => {
    press = null
    setGhost(null)
  }
  const onClick = () => {
    if (justDragged) {
      justDragged = false
      return
    }
    props.onOpen()
  }

  return (
    <li class="tray-item" data-testid="tray-item" data-session-id={props.session.id}>
      <button
        type="button"
        class="session-card tray-open"
        data-kind={props.session.kind}
        data-testid="tray-open"
        classList={{ dragging: ghost() !== null }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onClick={onClick}
      >
        <span class="session-kind">{t().edition.kind[props.session.kind]}</span>
        <span class="tray-duration">{grid().tray.minutes(props.session.durationMinutes)}</span>
        <Bilingual text={props.session.title} class="tray-session-title" />
      </button>
      <Show when={!props.readOnly}>
        <button
          type="button"
          class="btn tray-place"
          data-testid="tray-place"
          disabled={!props.canPlace}
          aria-label={grid().tray.placeLabel(title())}
          onClick={() => props.onPlace()}
        >
          {grid().tray.place}
        </button>
      </Show>
      <Show when={ghost()}>
        {(shown) => (
          <span
            class="tray-ghost"
            aria-hidden="true"
            style={{ left: `${shown().x + 12}px`, top: `${shown().y + 12}px` }}
          >
            <span class="tray-session-title">{title()}</span>
            <Show when={landing(shown().target)}>
              {(text) => <span class="landing">{text()}</span>}
            </Show>
          </span>
        )}
      </Show>
    </li>
  )
}
