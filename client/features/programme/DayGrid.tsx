import { type Component, createMemo, createSignal, For, Index, Show } from 'solid-js'
import {
  type EditionWarning,
  formatClockTime,
  formatTimeInZone,
  MINUTES_PER_DAY,
  type Room,
  SLOT_MINUTES,
  type Theme,
  type TimedSession,
  zonedToInstant,
  zoneOffsetMinutes,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { Peer } from '../../sync/session'
import { Bilingual } from '../../ui/Bilingual'
import { DRAG_THRESHOLD_PX, minutesAt } from './drop-target'
import { densestLanes, layoutDay, PX_PER_MINUTE, type Span, warningsBySession } from './grid-layout'
import { gridMessages } from './grid-messages'
import { type DropTarget, SessionBlock } from './SessionBlock'
import './day-grid.css'

/** A stretch being dragged over an empty column, to create a session there. */
interface Sketch {
  roomId: string
  column: number
  from: number
  to: number
  y: number
  moved: boolean
}

/** One day of the programme: a column per room, time running down, the day's sessions on it. */
export const DayGrid: Component<{
  day: string
  range: Span
  rooms: Room[]
  sessions: TimedSession[]
  themes: Theme[]
  timeZone: string
  viewerZone: string
  warnings: EditionWarning[]
  /** A session's warnings in full sentences, for its card's description. */
  describeWarnings: (session: TimedSession) => string
  peers: Peer[]
  readOnly: boolean
  selected: string | null
  onOpen: (sessionId: string) => void
  onMove: (session: TimedSession, target: DropTarget) => void
  onMoveRoom: (session: TimedSession, direction: -1 | 1) => void
  onResize: (session: TimedSession, minutes: number) => void
  /** A drag over an empty stretch of a column: a new session there. */
  onSketch: (roomId: string, startMinutes: number, durationMinutes: number) => void
  /** A room header's button: a new session at the room's first free start. */
  onAddInRoom: (roomId: string) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const grid = useCatalogue(gridMessages)
  const [sketch, setSketch] = createSignal<Sketch | null>(null)

  const columnOf = createMemo(() => new Map(props.rooms.map((room, index) => [room.id, index])))
  const columnsOf = (session: TimedSession) => {
    if (session.allRooms) return props.rooms.map((_, index) => index)
    return session.roomIds
      .map((id) => columnOf().get(id))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b)
  }
  const layout = createMemo(() => layoutDay(props.sessions, props.rooms.length, columnsOf))
  // Sessions side by side in one room (a double booking) each keep a card's
  // width: the day's columns widen to hold them, and the grid scrolls sideways.
  const columnRem = () => 9.5 * densestLanes(layout())
  const warnings = createMemo(() => warningsBySession(props.warnings))
  const themeById = createMemo(() => new Map(props.themes.map((theme) => [theme.id, theme])))
  const roomName = (roomId: string) => {
    const room = props.rooms.find((each) => each.id === roomId)
    return room ? pickText(room.name, locale()).main : ''
  }
  const height = () => `${(props.range.end - props.range.start) * PX_PER_MINUTE}px`
  const hours = createMemo(() => {
    const list: number[] = []
    for (let minutes = props.range.start; minutes < props.range.end; minutes += 60)
      list.push(minutes)
    return list
  })
  const zonesDiffer = () => {
    const noon = zonedToInstant(props.day, '12:00', props.timeZone)
    return zoneOffsetMinutes(noon, props.timeZone) !== zoneOffsetMinutes(noon, props.viewerZone)
  }
  const hourLabel = (minutes: number, timeZone: string) =>
    formatTimeInZone(
      zonedToInstant(props.day, formatClockTime(minutes), props.timeZone),
      timeZone,
      locale(),
    )

  const sketchSpan = (current: Sketch) => {
    const start = Math.min(current.from, current.to, MINUTES_PER_DAY - SLOT_MINUTES)
    return { start, end: Math.max(current.from, current.to, start + SLOT_MINUTES) }
  }
  const onColumnDown = (event: PointerEvent, roomId: string, column: number) => {
    if (props.readOnly || event.button !== 0 || event.target !== event.currentTarget) return
    const element = event.currentTarget as HTMLElement
    const minutes = minutesAt(element, event.clientY, 'round')
    setSketch({ roomId, column, from: minutes, to: minutes, y: event.clientY, moved: false })
    element.setPointerCapture(event.pointerId)
  }
  const onColumnMove = (event: PointerEvent) => {
    const current = sketch()
    if (!current) return
    const moved = current.moved || Math.abs(event.clientY - current.y) >= DRAG_THRESHOLD_PX
    const to = minutesAt(event.currentTarget as HTMLElement, event.clientY, 'round')
    setSketch({ ...current, to, moved })
  }
  const onColumnUp = () => {
    const current = sketch()
    setSketch(null)
    if (!current?.moved) return
    const span = sketchSpan(current)
    props.onSketch(current.roomId, span.start, span.end - span.start)
  }

  // The room names stay in sight while the day scrolls down the page: they
  // stand in a row of their own, stuck under the header, that follows the
  // grid's sideways scroll (a sticky row inside the grid would stick only
  // within the grid's own scroll box, which scrolls sideways alone).
  let head: HTMLDivElement | undefined
  let body: HTMLDivElement | undefined
  const follow = (from: HTMLElement | undefined, to: HTMLElement | undefined) => {
    if (from && to && to.scrollLeft !== from.scrollLeft) to.scrollLeft = from.scrollLeft
  }
  const columns = () =>
    `5.5rem repeat(${Math.max(props.rooms.length, 1)}, minmax(${columnRem()}rem, 1fr))`

  return (
    <div class="grid-frame">
      <div class="grid-head" ref={head} onScroll={() => follow(head, body)}>
        <div class="grid" style={{ 'grid-template-columns': columns() }}>
          <div class="grid-corner">
            <span>{t().edition.zoneCity(props.timeZone)}</span>
            <Show when={zonesDiffer()}>
              <span class="viewer-time">{t().edition.zoneCity(props.viewerZone)}</span>
            </Show>
          </div>
          <For each={props.rooms}>
            {(room) => (
              <div class="room-head" data-testid="room-head" data-room-id={room.id}>
                <Bilingual text={room.name} />
                <Show when={!props.readOnly}>
                  <button
                    type="button"
                    class="add-in-room"
                    data-testid="add-in-room"
                    aria-label={grid().addInRoom(roomName(room.id))}
                    title={grid().addInRoom(roomName(room.id))}
                    onClick={() => props.onAddInRoom(room.id)}
                  >
                    +
                  </button>
                </Show>
              </div>
            )}
          </For>
        </div>
      </div>
      <div class="grid-scroll" ref={body} onScroll={() => follow(body, head)}>
        <div class="grid" style={{ 'grid-template-columns': columns() }}>
          <div class="time-axis" style={{ height: height() }}>
            <For each={hours()}>
              {(minutes) => (
                <span
                  class="hour"
                  style={{ top: `${(minutes - props.range.start) * PX_PER_MINUTE}px` }}
                >
                  {hourLabel(minutes, props.timeZone)}
                  <Show when={zonesDiffer()}>
                    <span class="viewer-time">{hourLabel(minutes, props.viewerZone)}</span>
                  </Show>
                </span>
              )}
            </For>
          </div>
          <div
            class="grid-body"
            classList={{ editable: !props.readOnly }}
            style={{
              height: height(),
              'grid-template-columns': `repeat(${props.rooms.length}, 1fr)`,
            }}
          >
            <For each={props.rooms}>
              {(room, index) => (
                <div
                  class="room-column"
                  data-column=""
                  data-room-id={room.id}
                  data-range-start={props.range.start}
                  data-testid="room-column"
                  style={{ 'background-size': `100% ${60 * PX_PER_MINUTE}px` }}
                  onPointerDown={(event) => onColumnDown(event, room.id, index())}
                  onPointerMove={onColumnMove}
                  onPointerUp={onColumnUp}
                  onPointerCancel={() => setSketch(null)}
                />
              )}
            </For>
            <For each={props.sessions}>
              {(session) => (
                <Index each={layout().get(session.id) ?? []}>
                  {(segment) => (
                    <SessionBlock
                      session={session}
                      segment={segment()}
                      columnCount={props.rooms.length}
                      dayStart={props.range.start}
                      timeZone={props.timeZone}
                      viewerZone={props.viewerZone}
                      warnings={warnings().get(session.id) ?? []}
                      describeWarnings={() => props.describeWarnings(session)}
                      theme={session.themeId ? (themeById().get(session.themeId) ?? null) : null}
                      spanning={columnsOf(session).length > 1}
                      roomName={roomName}
                      editors={props.peers.filter(
                        (peer) => !peer.self && peer.sessionId === session.id,
                      )}
                      readOnly={props.readOnly}
                      selected={props.selected === session.id}
                      onOpen={() => props.onOpen(session.id)}
                      onMove={(target) => props.onMove(session, target)}
                      onMoveRoom={(direction) => props.onMoveRoom(session, direction)}
                      onResize={(minutes) => props.onResize(session, minutes)}
                    />
                  )}
                </Index>
              )}
            </For>
            <Show when={sketch()?.moved ? sketch() : null}>
              {(current) => {
                const span = () => sketchSpan(current())
                return (
                  <div
                    class="sketch"
                    data-testid="sketch"
                    aria-hidden="true"
                    style={{
                      top: `${(span().start - props.range.start) * PX_PER_MINUTE}px`,
                      height: `${(span().end - span().start) * PX_PER_MINUTE}px`,
                      left: `calc(${(current().column / props.rooms.length) * 100}% + 2px)`,
                      width: `calc(${100 / props.rooms.length}% - 4px)`,
                    }}
                  >
                    {grid().ghost(
                      formatClockTime(span().start),
                      formatClockTime(span().end),
                      roomName(current().roomId),
                    )}
                  </div>
                )
              }}
            </Show>
          </div>
        </div>
      </div>
    </div>
  )
}
