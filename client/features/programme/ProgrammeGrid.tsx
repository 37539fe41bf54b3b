import { type Component, createMemo, createSignal, Show } from 'solid-js'
import {
  createSession,
  DEFAULT_SESSION_MINUTES,
  formatClockTime,
  isPlaced,
  moveSession,
  resizeSession,
  type Session,
  type SessionTarget,
  sessionRoomIds,
  type TimedSession,
  unplaceSession,
} from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { EditionView, editionPath, programmePath, useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { viewerTimeZone } from '../../lib/times'
import type { EditionSession } from '../../sync/edition-session'
import type { Peer } from '../../sync/session'
import { useConflictWords } from '../conflicts/conflict-words'
import { detailsMessages } from '../details/details-messages'
import { roomsMessages } from '../rooms/rooms-messages'
import { DayGrid } from './DayGrid'
import { DayTabs } from './DayTabs'
import { gridDays, placedSessions } from './grid-days'
import { dayRange, firstFreeStart, minutesOf } from './grid-layout'
import { gridMessages } from './grid-messages'
import { createMediaQuery, PHONE_QUERY } from './narrow-screen'
import { PhoneDay } from './PhoneDay'
import { PrintProgramme } from './PrintProgramme'
import type { DropTarget } from './SessionBlock'
import { concernsSession } from './SessionWarnings'
import { UnplacedTray } from './UnplacedTray'
import './programme.css'

/**
 * The programme: one tab per day, one column per room, time running down,
 * and beside it the tray of sessions not yet placed. Sessions are created,
 * moved, resized and taken off the grid here, each change through
 * `session.edit` so that Ctrl+Z undoes it.
 */
export const ProgrammeGrid: Component<{
  session: EditionSession
  peers: Peer[]
  readOnly: boolean
  selected: string | null
  onOpen: (sessionId: string) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const grid = useCatalogue(gridMessages)
  // The tabs are named as the tab bar names them.
  const details = useCatalogue(detailsMessages)
  const rooms = useCatalogue(roomsMessages)
  const router = useRouter()
  const edition = props.session.edition
  const viewerZone = viewerTimeZone()
  // A phone shows the day as a list to tap, not a grid to drag on.
  const phone = createMediaQuery(PHONE_QUERY)
  const [error, setError] = createSignal<string | null>(null)
  const editionId = () => {
    const route = router.route()
    return route.page === 'edition' ? route.id : ''
  }

  const placed = createMemo(() => placedSessions(edition))
  const unplaced = createMemo(() =>
    edition.sessions.filter((session) => !isPlaced(session, edition.rooms)),
  )
  const days = createMemo(() => gridDays(edition))
  // The day shown is the address's (`?day=`), so that a reload or a shared
  // link shows it again; without one, the open session's, else the first.
  const chosenDay = () => {
    const route = router.route()
    const chosen = route.page === 'edition' ? route.day : null
    if (chosen) return chosen
    return edition.sessions.find((session) => session.id === props.selected)?.day ?? null
  }
  const setChosenDay = (chosen: string) =>
    router.navigate(programmePath(editionId(), { day: chosen, sessionId: props.selected }), {
      replace: true,
      state: window.history.state,
    })
  const day = createMemo(() => {
    const chosen = chosenDay()
    return days().find((each) => each.id === chosen) ?? days()[0] ?? null
  })
  const sessionsOfDay = createMemo(() => placed().filter((session) => session.day === day()?.id))
  const range = createMemo(() => {
    const shown = day()
    return shown ? dayRange(shown.bounds, sessionsOfDay()) : { start: 0, end: 0 }
  })
  const words = useConflictWords(() => edition)
  /** A session's warnings in full sentences, said by a screen reader on its card. */
  const describeWarnings = (session: Session) =>
    words.describe(
      props.session.warnings().filter((warning) => concernsSession(warning, session)),
      session.id,
    )
  const roomName = (roomId: string) => {
    const room = edition.rooms.find((each) => each.id === roomId)
    return room ? pickText(room.name, locale()).main : ''
  }

  /** Runs `change`, shows its refusal if any, and keeps the keyboard's focus on `sessionId`. */
  const edit = (sessionId: string | null, change: Parameters<EditionSession['edit']>[0]) => {
    const refocus = sessionId ? focusKeeper(sessionId) : () => {}
    setError(props.session.edit(change))
    refocus()
  }
  const createAndOpen = (input: Parameters<typeof createSession>[1]) => {
    let id: string | null = null
    setError(
      props.session.edit((doc, origin) => {
        id = createSession(doc, input, origin)
      }),
    )
    if (id) props.onOpen(id)
  }
  /** The first start of the day shown where `minutes` fit in all of `roomIds`. */
  const freeStart = (roomIds: readonly string[], minutes: number, except?: string) => {
    const shown = day()
    if (!shown) return 0
    const taken = sessionsOfDay().filter(
      (session) =>
        session.id !== except &&
        sessionRoomIds(session, edition.rooms).some((id) => roomIds.includes(id)),
    )
    return firstFreeStart(taken, shown.bounds, minutes)
  }
  const addInRoom = (roomId: string) => {
    const shown = day()
    if (!shown) return
    createAndOpen({
      day: shown.id,
      start: formatClockTime(freeStart([roomId], DEFAULT_SESSION_MINUTES)),
      durationMinutes: DEFAULT_SESSION_MINUTES,
      roomIds: [roomId],
    })
  }
  // Without a room, a new session can only wait in the tray.
  const addOnDay = () => {
    const first = edition.rooms[0]
    if (first && day()) addInRoom(first.id)
    else createAndOpen({})
  }
  const sketch = (roomId: string, startMinutes: number, durationMinutes: number) => {
    const shown = day()
    if (!shown) return
    createAndOpen({
      day: shown.id,
      start: formatClockTime(startMinutes),
      durationMinutes,
      roomIds: [roomId],
    })
  }

  const move = (session: TimedSession, target: DropTarget) => {
    if (target.kind === 'tray') {
      edit(null, (doc, origin) => unplaceSession(doc, session.id, origin))
      return
    }
    const to: SessionTarget = { day: session.day, startMinutes: target.startMinutes }
    if (target.roomId) to.roomIds = [target.roomId]
    edit(session.id, (doc, origin) => moveSession(doc, session.id, to, origin))
  }
  const moveRoom = (session: TimedSession, direction: -1 | 1) => {
    const rooms = edition.rooms
    const index = rooms.findIndex((room) => room.id === session.roomIds[0])
    const next = rooms[index + direction]
    if (index === -1 || !next) return
    move(session, { kind: 'grid', startMinutes: minutesOf(session.start), roomId: next.id })
  }
  const resize = (session: TimedSession, minutes: number) =>
    edit(session.id, (doc, origin) => resizeSession(doc, session.id, minutes, origin))

  /** Rooms a session from the tray goes in: its own if several, else the one it is put in. */
  const placeRooms = (session: Session, roomId: string) =>
    session.allRooms || sessionRoomIds(session, edition.rooms).length > 1
      ? {}
      : { roomIds: [roomId] }
  const dropFromTray = (session: Session, target: { roomId: string; minutes: number }) => {
    const shown = day()
    if (!shown) return
    const to = {
      day: shown.id,
      startMinutes: target.minutes,
      ...placeRooms(session, target.roomId),
    }
    edit(null, (doc, origin) => moveSession(doc, session.id, to, origin))
    focusLater(session.id)
  }
  const placeFirstFree = (session: Session) => {
    const shown = day()
    const first = edition.rooms[0]
    if (!shown || !first) return
    const own = sessionRoomIds(session, edition.rooms)
    const rooms = session.allRooms || own.length > 1 ? own : [first.id]
    const to = {
      day: shown.id,
      startMinutes: freeStart(rooms, session.durationMinutes, session.id),
      ...placeRooms(session, first.id),
    }
    edit(null, (doc, origin) => moveSession(doc, session.id, to, origin))
    focusLater(session.id)
  }

  return (
    <section class="programme" aria-labelledby="programme-title" data-testid="programme">
      <div class="programme-head">
        <h2 id="programme-title" class="panel-title">
          {t().edition.programme}
        </h2>
        <Show when={!props.readOnly}>
          <p class="muted hint" data-testid="grid-hint">
            {grid().dragHint}
            <br />
            {grid().keyboardHint}
          </p>
        </Show>
      </div>
      <Show when={!edition.meta.startDate || !edition.meta.endDate}>
        <p class="notice info" data-testid="no-dates">
          {grid().noDates.before}
          <Link href={editionPath(editionId(), EditionView.Details)}>{details().tab}</Link>
          {grid().noDates.after}
        </p>
      </Show>
      <Show when={edition.rooms.length === 0}>
        <p class="notice info" data-testid="no-rooms">
          {grid().noRooms.before}
          <Link href={editionPath(editionId(), EditionView.Rooms)}>{rooms().tab}</Link>
          {grid().noRooms.after}
        </p>
      </Show>
      <DayTabs
        days={days()}
        current={day()?.id ?? null}
        counts={(id) => placed().filter((session) => session.day === id).length}
        readOnly={props.readOnly}
        onChoose={setChosenDay}
        onAdd={addOnDay}
      />
      <Show when={error()}>
        {(message) => <p class="notice">{t().edition.editor.refused(message())}</p>}
      </Show>
      <div class="programme-body">
        <Show when={day() && edition.rooms.length > 0 ? day() : null}>
          {(shown) => (
            <Show
              when={!phone()}
              fallback={
                <PhoneDay
                  rooms={edition.rooms}
                  sessions={sessionsOfDay()}
                  themes={edition.themes}
                  timeZone={edition.meta.timeZone}
                  viewerZone={viewerZone}
                  warnings={props.session.warnings()}
                  peers={props.peers}
                  readOnly={props.readOnly}
                  selected={props.selected}
                  onOpen={props.onOpen}
                  onAddInRoom={addInRoom}
                />
              }
            >
              <DayGrid
                day={shown().id}
                range={range()}
                rooms={edition.rooms}
                sessions={sessionsOfDay()}
                themes={edition.themes}
                timeZone={edition.meta.timeZone}
                viewerZone={viewerZone}
                warnings={props.session.warnings()}
                describeWarnings={describeWarnings}
                peers={props.peers}
                readOnly={props.readOnly}
                selected={props.selected}
                onOpen={props.onOpen}
                onMove={move}
                onMoveRoom={moveRoom}
                onResize={resize}
                onSketch={sketch}
                onAddInRoom={addInRoom}
              />
            </Show>
          )}
        </Show>
        <UnplacedTray
          sessions={unplaced()}
          readOnly={props.readOnly}
          canPlace={day() !== null && edition.rooms.length > 0}
          roomName={roomName}
          onOpen={props.onOpen}
          onPlace={placeFirstFree}
          onDrop={dropFromTray}
        />
      </div>
      <PrintProgramme edition={edition} />
    </section>
  )
}

/**
 * A changed session is drawn anew, perhaps in another column: whoever moved
 * it from the keyboard keeps it in focus, to move it again. Read before the
 * edit, which replaces the focused element at once.
 */
function focusKeeper(sessionId: string): () => void {
  const active = document.activeElement
  const focused = active instanceof HTMLElement && active.dataset.sessionId === sessionId
  return () => {
    if (focused) focusBlock(sessionId)
  }
}

const focusBlock = (sessionId: string) => {
  const block = document.querySelector<HTMLElement>(
    `[data-testid=session][data-session-id="${sessionId}"]`,
  )
  if (block && document.activeElement !== block) block.focus()
}

/** A session just placed from the tray takes the focus, to be moved on from the keyboard. */
const focusLater = (sessionId: string) => requestAnimationFrame(() => focusBlock(sessionId))
