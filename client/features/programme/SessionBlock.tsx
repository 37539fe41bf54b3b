import { type Component, createSignal, For, Show } from 'solid-js'
import {
  parseClockTime,
  type Session,
  SLOT_MINUTES,
  type WarningCode,
} from '../../../shared/doc/edition'
import { Bilingual } from '../../components/Bilingual'
import { sessionTimes } from '../../edition/format'
import { useI18n } from '../../i18n'
import type { Peer } from '../../sync/session'
import { type Placement, PX_PER_MINUTE } from './grid-layout'

/** Where a moved session goes: its new start, and the room of the column it was dropped on. */
export interface DropTarget {
  startMinutes: number
  /** Undefined when dropped outside any column: the room stays. */
  roomId?: string | null
}

const DRAG_THRESHOLD_PX = 4

/** The column under the pointer, read from the grid's data attributes. */
function columnAt(x: number, y: number): { roomId: string | null } | null {
  for (const element of document.elementsFromPoint(x, y)) {
    if (element instanceof HTMLElement && element.dataset.column !== undefined) {
      return { roomId: element.dataset.roomId || null }
    }
  }
  return null
}

/** One session in the grid: placed by its time, dragged to move, clicked to edit. */
export const SessionBlock: Component<{
  session: Session
  placement: Placement
  dayStart: number
  timeZone: string
  viewerZone: string
  warnings: WarningCode[]
  editors: Peer[]
  readOnly: boolean
  selected: boolean
  onOpen: () => void
  onMove: (target: DropTarget) => void
  /** To the previous (-1) or next (+1) room's column, from the keyboard. */
  onMoveRoom: (direction: -1 | 1) => void
  onResize: (durationMinutes: number) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const [offset, setOffset] = createSignal<{ x: number; y: number } | null>(null)
  /** While the bottom edge is dragged: the minutes it has moved by, snapped. */
  const [stretch, setStretch] = createSignal<number | null>(null)
  let drag: { x: number; y: number; moved: boolean } | null = null
  let resize: { y: number } | null = null
  let justDragged = false

  const startMinutes = () => parseClockTime(props.session.start) ?? 0
  const times = () => sessionTimes(props.session, props.timeZone, props.viewerZone, locale())
  const snapped = (dy: number) => Math.round(dy / PX_PER_MINUTE / SLOT_MINUTES) * SLOT_MINUTES
  const editor = () => props.editors[0]

  const duration = () => Math.max(props.session.durationMinutes + (stretch() ?? 0), SLOT_MINUTES)

  const onPointerDown = (event: PointerEvent) => {
    if (props.readOnly || event.button !== 0) return
    if ((event.target as HTMLElement).dataset.resizeHandle !== undefined) {
      resize = { y: event.clientY }
      setStretch(0)
    } else {
      drag = { x: event.clientX, y: event.clientY, moved: false }
    }
    ;(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent) => {
    if (resize) {
      setStretch(snapped(event.clientY - resize.y))
      return
    }
    if (!drag) return
    const dx = event.clientX - drag.x
    const dy = event.clientY - drag.y
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return
    drag.moved = true
    setOffset({ x: dx, y: snapped(dy) * PX_PER_MINUTE })
  }
  const onPointerUp = (event: PointerEvent) => {
    if (resize) {
      resize = null
      const minutes = duration()
      setStretch(null)
      justDragged = true
      if (minutes !== props.session.durationMinutes) props.onResize(minutes)
      return
    }
    if (!drag) return
    const { moved, y } = drag
    drag = null
    setOffset(null)
    if (!moved) return
    justDragged = true
    const column = columnAt(event.clientX, event.clientY)
    const startMinutesNow = startMinutes() + snapped(event.clientY - y)
    props.onMove(
      column
        ? { startMinutes: startMinutesNow, roomId: column.roomId }
        : { startMinutes: startMinutesNow },
    )
  }
  const onPointerCancel = () => {
    drag = null
    resize = null
    setOffset(null)
    setStretch(null)
  }
  const onClick = () => {
    if (justDragged) {
      justDragged = false
      return
    }
    props.onOpen()
  }
  // Alt + arrows move the session (up and down by 5 minutes, left and right
  // to the next room); with Shift, up and down shorten or lengthen it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (props.readOnly || !event.altKey) return
    const vertical =
      event.key === 'ArrowUp' ? -SLOT_MINUTES : event.key === 'ArrowDown' ? SLOT_MINUTES : 0
    const horizontal = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0
    if (vertical !== 0 && event.shiftKey) {
      const minutes = props.session.durationMinutes + vertical
      if (minutes >= SLOT_MINUTES) props.onResize(minutes)
    } else if (vertical !== 0) {
      props.onMove({ startMinutes: startMinutes() + vertical })
    } else if (horizontal !== 0 && !event.shiftKey) {
      props.onMoveRoom(horizontal)
    } else {
      return
    }
    event.preventDefault()
  }

  return (
    <button
      type="button"
      class="session-block"
      classList={{
        short: duration() * PX_PER_MINUTE < 56,
        dragging: offset() !== null || stretch() !== null,
        selected: props.selected,
        'has-editor': !!editor(),
      }}
      data-testid="session"
      data-session-id={props.session.id}
      data-kind={props.session.kind}
      aria-pressed={props.selected}
      aria-keyshortcuts={
        props.readOnly
          ? undefined
          : 'Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Alt+Shift+ArrowUp Alt+Shift+ArrowDown'
      }
      title={`${props.session.title.fr}\n${props.session.title.ja}`}
      style={{
        top: `${(startMinutes() - props.dayStart) * PX_PER_MINUTE}px`,
        height: `${Math.max(duration() * PX_PER_MINUTE - 2, 18)}px`,
        left: `calc(${(props.placement.lane / props.placement.lanes) * 100}% + 2px)`,
        width: `calc(${100 / props.placement.lanes}% - 4px)`,
        transform: offset() ? `translate(${offset()?.x}px, ${offset()?.y}px)` : undefined,
        'outline-color': editor()?.color,
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <span class="session-time">
        <Show
          when={stretch() === null}
          fallback={`${times().start} · ${t().edition.editor.minutes(duration())}`}
        >
          {times().start}–{times().end}
        </Show>
        <Show when={times().viewerStart}>
          {' '}
          <span class="viewer-time">
            / {times().viewerStart} {t().edition.zoneCity(props.viewerZone)}
            <Show when={times().viewerDay}> ({times().viewerDay})</Show>
          </span>
        </Show>
      </span>
      <span class="session-kind">{t().edition.kind[props.session.kind]}</span>
      <Show when={props.warnings.length > 0}>
        <span
          class="warning-mark"
          data-testid="session-warning"
          title={props.warnings.map((code) => t().edition.warning[code]).join('\n')}
        >
          ⚠
        </span>
      </Show>
      <Bilingual text={props.session.title} class="session-title" />
      <Show when={editor()}>
        {(peer) => (
          <span
            class="editor-name"
            data-testid="session-editor-name"
            style={{ background: peer().color }}
          >
            <For each={props.editors}>
              {(other, index) => `${index() > 0 ? ', ' : ''}${other.name}`}
            </For>
          </span>
        )}
      </Show>
      <Show when={!props.readOnly}>
        <span
          class="resize-handle"
          data-resize-handle=""
          data-testid="resize-handle"
          aria-hidden="true"
        />
      </Show>
    </button>
  )
}
