import { type Component, createEffect, createSignal, For, Show } from 'solid-js'
import {
  formatClockTime,
  Interpretation,
  SessionStatus,
  SLOT_MINUTES,
  type Theme,
  type TimedSession,
  type WarningCode,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { sessionTimes } from '../../lib/times'
import type { Peer } from '../../sync/session'
import { Bilingual } from '../../ui/Bilingual'
import { conflictsMessages } from '../conflicts/conflicts-messages'
import { DRAG_THRESHOLD_PX, snappedMinutes, targetAt } from './drop-target'
import { minutesOf, PX_PER_MINUTE, type Segment } from './grid-layout'
import { gridMessages } from './grid-messages'
import { ViewerTime } from './ViewerTime'

/** Where a moved session goes: a new start (and room), or back to the tray. */
export type DropTarget =
  | {
      kind: 'grid'
      startMinutes: number
      /** Undefined when the rooms stay: dropped outside any column, or a session across several. */
      roomId?: string
    }
  | { kind: 'tray' }

/** One session in the grid: placed by its time and rooms, dragged to move, clicked to edit. */
export const SessionBlock: Component<{
  session: TimedSession
  segment: Segment
  columnCount: number
  dayStart: number
  timeZone: string
  viewerZone: string
  warnings: WarningCode[]
  /** The warnings in full sentences (which room, which other session), read as the card's description. */
  describeWarnings: () => string
  theme: Theme | null
  /** Whether it takes several rooms: moving it then changes its time only. */
  spanning: boolean
  /** A room's name in the interface language, for the landing label. */
  roomName: (roomId: string) => string
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
  const grid = useCatalogue(gridMessages)
  const conflicts = useCatalogue(conflictsMessages)
  const [offset, setOffset] = createSignal<{ x: number; y: number } | null>(null)
  const [landing, setLanding] = createSignal<string | null>(null)
  /** While the bottom edge is dragged: the minutes it has moved by, snapped. */
  const [stretch, setStretch] = createSignal<number | null>(null)
  let drag: { x: number; y: number; moved: boolean } | null = null
  let resize: { y: number } | null = null
  let justDragged = false

  let card: HTMLButtonElement | undefined
  // Each language's title takes half the lines left under the card's time,
  // kind and marks, so that neither hides the other; measured once drawn,
  // again whenever what stands above the title or the card's height changes.
  const [titleLines, setTitleLines] = createSignal(2)
  const [truncated, setTruncated] = createSignal(false)
  const measure = () =>
    requestAnimationFrame(() => {
      const title = card?.querySelector<HTMLElement>('.session-title')
      if (!card || !title) return
      const line = Number.parseFloat(getComputedStyle(title).lineHeight) || 16
      const left =
        Number.parseFloat(card.style.getPropertyValue('--block-height')) - title.offsetTop - 3
      const lines = Math.max(1, Math.floor(left / line / 2))
      setTitleLines(lines)
      // Whether a title is cut: taller than its lines (one on a short card)
      // or wider than its line. Only then does hovering grow the card; the
      // test holds whether the card is grown or not.
      requestAnimationFrame(() => {
        if (!card) return
        const allowed = (card.classList.contains('short') ? 1 : lines) * line + 1
        setTruncated(
          [...title.children].some(
            (part) => part.scrollHeight > allowed || part.scrollWidth > part.clientWidth + 1,
          ),
        )
      })
    })
  createEffect(() => {
    void [duration(), props.warnings.length, props.theme, props.session.kind, props.session.status]
    void [props.session.interpretation, props.session.title.fr, props.session.title.ja, locale()]
    measure()
  })

  const startMinutes = () => minutesOf(props.session.start)
  const times = () => sessionTimes(props.session, props.timeZone, props.viewerZone, locale())
  const editor = () => props.editors[0]
  const duration = () => Math.max(props.session.durationMinutes + (stretch() ?? 0), SLOT_MINUTES)

  /** Where the pointer at (x, y) would put the session, `dy` pixels from where the drag began. */
  const dropAt = (x: number, y: number, dy: number): DropTarget => {
    const under = targetAt(x, y)
    if (under.kind === 'tray') return { kind: 'tray' }
    const start = Math.max(0, startMinutes() + snappedMinutes(dy))
    return under.kind === 'column' && !props.spanning
      ? { kind: 'grid', startMinutes: start, roomId: under.roomId }
      : { kind: 'grid', startMinutes: start }
  }
  const describe = (target: DropTarget) => {
    if (target.kind === 'tray') return grid().landingInTray
    const room = target.roomId ?? props.session.roomIds[0]
    const where = props.spanning || !room ? grid().allRooms : props.roomName(room)
    return grid().landing(formatClockTime(target.startMinutes), where)
  }

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
      setStretch(snappedMinutes(event.clientY - resize.y))
      return
    }
    if (!drag) return
    const dx = event.clientX - drag.x
    const dy = event.clientY - drag.y
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return
    drag.moved = true
    setOffset({ x: dx, y: snappedMinutes(dy) * PX_PER_MINUTE })
    setLanding(describe(dropAt(event.clientX, event.clientY, dy)))
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
    setLanding(null)
    if (!moved) return
    justDragged = true
    props.onMove(dropAt(event.clientX, event.clientY, event.clientY - y))
  }
  const onPointerCancel = () => {
    drag = null
    resize = null
    setOffset(null)
    setLanding(null)
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
  // to the next room); with Shift, up and down shorten or lengthen it;
  // Alt + Backspace puts it back in the tray.
  const onKeyDown = (event: KeyboardEvent) => {
    if (props.readOnly || !event.altKey) return
    const vertical =
      event.key === 'ArrowUp' ? -SLOT_MINUTES : event.key === 'ArrowDown' ? SLOT_MINUTES : 0
    const horizontal = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0
    if (event.key === 'Backspace') {
      props.onMove({ kind: 'tray' })
    } else if (vertical !== 0 && event.shiftKey) {
      const minutes = props.session.durationMinutes + vertical
      if (minutes >= SLOT_MINUTES) props.onResize(minutes)
    } else if (vertical !== 0) {
      props.onMove({ kind: 'grid', startMinutes: startMinutes() + vertical })
    } else if (horizontal !== 0 && !event.shiftKey) {
      // A session across several rooms keeps them: only its time moves.
      if (!props.spanning) props.onMoveRoom(horizontal)
    } else {
      return
    }
    event.preventDefault()
  }
  const interpretation = () =>
    props.session.interpretation === Interpretation.None
      ? null
      : grid().interpretation[props.session.interpretation]
  const themeTitle = () => (props.theme ? pickText(props.theme.title, locale()).main : '')

  return (
    <button
      ref={card}
      type="button"
      class="session-card session-block"
      classList={{
        short: duration() * PX_PER_MINUTE < 56,
        tiny: duration() * PX_PER_MINUTE < 34,
        truncated: truncated(),
        dragging: offset() !== null || stretch() !== null,
        selected: props.selected,
        'has-editor': !!editor(),
        draft: props.session.status === SessionStatus.Draft,
        part: !props.segment.first,
      }}
      // Only the first rectangle of a session is its button for the keyboard and for tests.
      data-testid={props.segment.first ? 'session' : 'session-part'}
      tabIndex={props.segment.first ? undefined : -1}
      aria-hidden={props.segment.first ? undefined : 'true'}
      data-session-id={props.session.id}
      data-kind={props.session.kind}
      data-status={props.session.status}
      data-room-ids={props.session.allRooms ? '*' : props.session.roomIds.join(' ')}
      aria-pressed={props.selected}
      aria-describedby={
        props.warnings.length > 0 && props.segment.first ? warningsId(props.session.id) : undefined
      }
      aria-keyshortcuts={
        props.readOnly
          ? undefined
          : 'Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Alt+Shift+ArrowUp Alt+Shift+ArrowDown Alt+Backspace'
      }
      title={`${props.session.title.fr}\n${props.session.title.ja}`}
      style={{
        top: `${(startMinutes() - props.dayStart) * PX_PER_MINUTE}px`,
        left: `calc(${(props.segment.left / props.columnCount) * 100}% + 2px)`,
        width: `calc(${((props.segment.right - props.segment.left) / props.columnCount) * 100}% - 4px)`,
        transform: offset() ? `translate(${offset()?.x}px, ${offset()?.y}px)` : undefined,
        'outline-color': editor()?.color,
        '--theme-color': props.theme ? themeColor(props.theme.position) : undefined,
        '--block-height': `${Math.max(duration() * PX_PER_MINUTE - 2, 18)}px`,
        '--title-lines': titleLines(),
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <Show when={landing()}>
        {(text) => (
          <span class="landing" data-testid="session-landing">
            {text()}
          </span>
        )}
      </Show>
      <span class="session-time">
        <Show
          when={stretch() === null}
          fallback={`${times().start} · ${t().edition.editor.minutes(duration())}`}
        >
          {times().start}–{times().end}
        </Show>
        <ViewerTime times={times()} viewerZone={props.viewerZone} />
      </span>
      <span class="session-kind">{t().edition.kind[props.session.kind]}</span>
      <span class="visually-hidden" data-testid="session-status">
        {t().edition.sessionStatus[props.session.status]}
      </span>
      <Show when={props.session.status === SessionStatus.Draft}>
        <span class="status-mark" aria-hidden="true">
          {t().edition.sessionStatus.draft}
        </span>
      </Show>
      <Show when={interpretation()}>
        {(mark) => (
          <span class="interp-mark" data-testid="session-interpretation" title={mark().title}>
            {mark().mark}
          </span>
        )}
      </Show>
      <Show when={props.theme}>
        <span class="theme-mark" data-testid="session-theme" title={grid().theme(themeTitle())}>
          {themeTitle()}
        </span>
      </Show>
      <Show when={props.warnings[0]}>
        {(first) => (
          <>
            {/* Text on the card itself, not a tooltip: seen at a glance, read with the title. */}
            <span class="warning-mark" data-testid="session-warning">
              ⚠ {conflicts().short[first()]}
              <Show when={props.warnings.length > 1}>
                {' '}
                {conflicts().more(props.warnings.length - 1)}
              </Show>
            </span>
            <Show when={props.segment.first}>
              <span id={warningsId(props.session.id)} hidden>
                {props.describeWarnings()}
              </span>
            </Show>
          </>
        )}
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

/** The id of a card's description of its warnings. */
const warningsId = (sessionId: string) => `session-warnings-${sessionId}`

const THEME_COLORS = ['#2f6db3', '#3f7f52', '#a86b12', '#6f55a3', '#b0506f', '#1f7a7a']

/** A theme's colour on the grid, by its place in the list: stable while themes are not reordered. */
export const themeColor = (position: number): string =>
  THEME_COLORS[Math.abs(Math.round(position)) % THEME_COLORS.length] as string
