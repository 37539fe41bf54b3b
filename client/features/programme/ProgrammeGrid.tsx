import {
  type Component,
  createEffect,
  createMemo,
  createSignal,
  For,
  on,
  Show,
  untrack,
} from 'solid-js'
import {
  daysBetween,
  formatTimeInZone,
  moveSession,
  parseClockTime,
  resizeSession,
  type Session,
  zonedToInstant,
  zoneOffsetMinutes,
} from '../../../shared/doc/edition'
import { Bilingual } from '../../components/Bilingual'
import { formatDay, viewerTimeZone } from '../../edition/format'
import { useI18n } from '../../i18n'
import type { EditionSession } from '../../sync/edition-session'
import type { Peer } from '../../sync/session'
import { dayRange, PX_PER_MINUTE, placeInLanes, warningsBySession } from './grid-layout'
import { type DropTarget, SessionBlock } from './SessionBlock'

interface Column {
  key: string
  roomId: string | null
  name: { fr: string; ja: string; en: string } | null
}

/** The programme: one tab per day, one column per room, time running down. */
export const ProgrammeGrid: Component<{
  session: EditionSession
  peers: Peer[]
  readOnly: boolean
  selected: string | null
  onOpen: (sessionId: string) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const edition = props.session.edition
  const viewerZone = viewerTimeZone()
  const [error, setError] = createSignal<string | null>(null)

  const days = createMemo(() => {
    const { startDate, endDate } = edition.meta
    const all = new Set(startDate && endDate ? daysBetween(startDate, endDate) : [])
    for (const session of edition.sessions) all.add(session.day)
    return [...all].sort()
  })
  const [chosenDay, setChosenDay] = createSignal<string | null>(null)
  const day = () => {
    const chosen = chosenDay()
    return chosen && days().includes(chosen) ? chosen : (days()[0] ?? null)
  }
  // The day of a session opened from elsewhere (a link from its suggestion) comes to the front.
  createEffect(
    on(
      () => props.selected,
      (id) => {
        const opened = untrack(() => edition.sessions.find((session) => session.id === id))
        if (opened) setChosenDay(opened.day)
      },
    ),
  )
  const sessionsOfDay = createMemo(() =>
    edition.sessions.filter((session) => session.day === day()),
  )
  const range = createMemo(() => dayRange(sessionsOfDay()))
  const columns = createMemo<Column[]>(() => [
    ...edition.rooms.map((room) => ({ key: room.id, roomId: room.id, name: room.name })),
    { key: '', roomId: null, name: null },
  ])
  const warnings = createMemo(() => warningsBySession(props.session.warnings()))
  const hours = createMemo(() => {
    const list: number[] = []
    for (let minutes = range().start; minutes < range().end; minutes += 60) list.push(minutes)
    return list
  })
  const zone = () => edition.meta.timeZone
  const zonesDiffer = () => {
    const current = day()
    if (!current) return false
    const noon = zonedToInstant(current, '12:00', zone())
    return zoneOffsetMinutes(noon, zone()) !== zoneOffsetMinutes(noon, viewerZone)
  }
  const hourLabel = (minutes: number, timeZone: string) => {
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
    return formatTimeInZone(
      zonedToInstant(day() ?? '1970-01-01', `${hh}:00`, zone()),
      timeZone,
      locale(),
    )
  }

  const move = (session: Session, target: DropTarget) => {
    const current = day()
    if (!current) return
    const refocus = focusKeeper(session.id)
    setError(
      props.session.edit((doc, origin) =>
        moveSession(
          doc,
          session.id,
          { day: current, startMinutes: target.startMinutes, roomId: target.roomId },
          origin,
        ),
      ),
    )
    refocus()
  }
  const moveRoom = (session: Session, direction: -1 | 1) => {
    const index = columns().findIndex((column) => column.roomId === session.roomId)
    const column = columns()[index + direction]
    if (index === -1 || !column) return
    move(session, { startMinutes: parseClockTime(session.start) ?? 0, roomId: column.roomId })
  }
  const resize = (session: Session, durationMinutes: number) => {
    const refocus = focusKeeper(session.id)
    setError(
      props.session.edit((doc, origin) => resizeSession(doc, session.id, durationMinutes, origin)),
    )
    refocus()
  }
  // A changed session is drawn anew, perhaps in another column: whoever moved
  // it from the keyboard keeps it in focus, to move it again. Read before
  // the edit, which replaces the focused element at once.
  const focusKeeper = (sessionId: string) => {
    const active = document.activeElement
    const focused = active instanceof HTMLElement && active.dataset.sessionId === sessionId
    return () => {
      if (!focused) return
      const block = document.querySelector<HTMLElement>(`[data-session-id="${sessionId}"]`)
      if (block && document.activeElement !== block) block.focus()
    }
  }

  return (
    <section class="programme" aria-labelledby="programme-title" data-testid="programme">
      <div class="programme-head">
        <h2 id="programme-title" class="panel-title">
          {t().edition.programme}
        </h2>
        <Show when={!props.readOnly}>
          <p class="muted hint">
            {t().edition.dragHint}
            <br />
            {t().edition.keyboardHint}
          </p>
        </Show>
      </div>
      <div class="day-tabs" role="tablist">
        <For each={days()}>
          {(each) => (
            <button
              type="button"
              role="tab"
              class="day-tab"
              data-testid="day-tab"
              data-day={each}
              aria-selected={each === day()}
              onClick={() => setChosenDay(each)}
            >
              {formatDay(each, locale(), 'tab')}
              <span class="count">
                {edition.sessions.filter((session) => session.day === each).length}
              </span>
            </button>
          )}
        </For>
      </div>
      <Show when={error()}>
        {(message) => <p class="notice">{t().edition.editor.refused(message())}</p>}
      </Show>
      <Show
        when={day() && edition.sessions.length > 0}
        fallback={<p class="muted">{t().edition.noSessions}</p>}
      >
        <div class="grid-scroll">
          <div
            class="grid"
            style={{
              'grid-template-columns': `5.5rem repeat(${columns().length}, minmax(9.5rem, 1fr))`,
            }}
          >
            <div class="grid-corner">
              <span>{t().edition.zoneCity(zone())}</span>
              <Show when={zonesDiffer()}>
                <span class="viewer-time">{t().edition.zoneCity(viewerZone)}</span>
              </Show>
            </div>
            <For each={columns()}>
              {(column) => (
                <div class="room-head" data-testid="room-head">
                  <Show
                    when={column.name}
                    fallback={<span class="muted">{t().edition.noRoom}</span>}
                  >
                    {(name) => <Bilingual text={name()} />}
                  </Show>
                </div>
              )}
            </For>
            <div
              class="time-axis"
              style={{ height: `${(range().end - range().start) * PX_PER_MINUTE}px` }}
            >
              <For each={hours()}>
                {(minutes) => (
                  <span
                    class="hour"
                    style={{ top: `${(minutes - range().start) * PX_PER_MINUTE}px` }}
                  >
                    {hourLabel(minutes, zone())}
                    <Show when={zonesDiffer()}>
                      <span class="viewer-time">{hourLabel(minutes, viewerZone)}</span>
                    </Show>
                  </span>
                )}
              </For>
            </div>
            <For each={columns()}>
              {(column) => {
                const inColumn = createMemo(() =>
                  sessionsOfDay().filter((session) => session.roomId === column.roomId),
                )
                const lanes = createMemo(() => placeInLanes(inColumn()))
                return (
                  <div
                    class="room-column"
                    data-column=""
                    data-room-id={column.roomId ?? ''}
                    style={{
                      height: `${(range().end - range().start) * PX_PER_MINUTE}px`,
                      'background-size': `100% ${60 * PX_PER_MINUTE}px`,
                    }}
                  >
                    <For each={inColumn()}>
                      {(session) => (
                        <SessionBlock
                          session={session}
                          placement={lanes().get(session.id) ?? { lane: 0, lanes: 1 }}
                          dayStart={range().start}
                          timeZone={zone()}
                          viewerZone={viewerZone}
                          warnings={warnings().get(session.id) ?? []}
                          editors={props.peers.filter(
                            (peer) => !peer.self && peer.sessionId === session.id,
                          )}
                          readOnly={props.readOnly}
                          selected={props.selected === session.id}
                          onOpen={() => props.onOpen(session.id)}
                          onMove={(target) => move(session, target)}
                          onMoveRoom={(direction) => moveRoom(session, direction)}
                          onResize={(minutes) => resize(session, minutes)}
                        />
                      )}
                    </For>
                  </div>
                )
              }}
            </For>
          </div>
        </div>
      </Show>
    </section>
  )
}
