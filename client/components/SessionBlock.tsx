import { type Component, createSignal, For, Show } from 'solid-js'
import {
  parseClockTime,
  type Session,
  SLOT_MINUTES,
  type WarningCode,
} from '../../shared/doc/edition'
import { sessionTimes } from '../edition/format'
import { type Placement, PX_PER_MINUTE } from '../edition/grid-layout'
import { useI18n } from '../i18n'
import type { Peer } from '../sync/session'
import { Bilingual } from './Bilingual'

/** Where a dropped session goes: its new start, and the room of the column it was dropped on. */
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
}> = (props) => {
  const { t, locale } = useI18n()
  const [offset, setOffset] = createSignal<{ x: number; y: number } | null>(null)
  let drag: { x: number; y: number; moved: boolean } | null = null
  let justDragged = false

  const startMinutes = () => parseClockTime(props.session.start) ?? 0
  const times = () => sessionTimes(props.session, props.timeZone, props.viewerZone, locale())
  const snapped = (dy: number) => Math.round(dy / PX_PER_MINUTE / SLOT_MINUTES) * SLOT_MINUTES
  const editor = () => props.editors[0]

  const onPointerDown = (event: PointerEvent) => {
    if (props.readOnly || event.button !== 0) return
    drag = { x: event.clientX, y: event.clientY, moved: false }
    ;(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent) => {
    if (!drag) return
    const dx = event.clientX - drag.x
    const dy = event.clientY - drag.y
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return
    drag.moved = true
    setOffset({ x: dx, y: snapped(dy) * PX_PER_MINUTE })
  }
  const onPointerUp = (event: PointerEvent) => {
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
    setOffset(null)
  }
  const onClick = () => {
    if (justDragged) {
      justDragged = false
      return
    }
    props.onOpen()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (props.readOnly || !event.altKey) return
    const step =
      event.key === 'ArrowUp' ? -SLOT_MINUTES : event.key === 'ArrowDown' ? SLOT_MINUTES : 0
    if (step === 0) return
    event.preventDefault()
    props.onMove({ startMinutes: startMinutes() + step })
  }

  return (
    <button
      type="button"
      class="session-block"
      classList={{
        short: props.session.durationMinutes * PX_PER_MINUTE < 56,
        dragging: offset() !== null,
        selected: props.selected,
        'has-editor': !!editor(),
      }}
      data-testid="session"
      data-session-id={props.session.id}
      data-kind={props.session.kind}
      aria-pressed={props.selected}
      title={`${props.session.title.fr}\n${props.session.title.ja}`}
      style={{
        top: `${(startMinutes() - props.dayStart) * PX_PER_MINUTE}px`,
        height: `${Math.max(props.session.durationMinutes * PX_PER_MINUTE - 2, 18)}px`,
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
        {times().start}–{times().end}
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
    </button>
  )
}
