import { type Component, createMemo, createSignal, For, onCleanup, Show } from 'solid-js'
import {
  type EditionSnapshot,
  formatClockTime,
  sessionRoomIds,
  type TimedSession,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { Bilingual } from '../../ui/Bilingual'
import { useMomentText } from '../../ui/moment'
import { gridDays, placedSessions } from './grid-days'
import { minutesOf } from './grid-layout'
import { printMessages } from './print-messages'
import './print.css'

/** A cell of a printed row: the sessions of one room, or one session across neighbouring rooms. */
interface PrintCell {
  column: number
  span: number
  sessions: TimedSession[]
}

/**
 * The cells of one row (the sessions starting at one time): a session in
 * neighbouring rooms, or in all of them, takes one cell across them when
 * nothing else starts there then; otherwise it is listed in each of its rooms.
 */
export function rowCells(
  sessions: readonly TimedSession[],
  roomIds: readonly string[],
  roomsOf: (session: TimedSession) => string[],
): PrintCell[] {
  const single: TimedSession[][] = roomIds.map(() => [])
  const spans: PrintCell[] = []
  const columnsOf = (session: TimedSession) =>
    roomsOf(session)
      .map((id) => roomIds.indexOf(id))
      .filter((index) => index >= 0)
      .sort((a, b) => a - b)
  const wide: Array<{ session: TimedSession; columns: number[] }> = []
  for (const session of sessions) {
    const columns = columnsOf(session)
    if (columns.length === 1) single[columns[0] ?? 0]?.push(session)
    else if (columns.length > 1) wide.push({ session, columns })
  }
  const taken = new Set(single.flatMap((list, column) => (list.length > 0 ? [column] : [])))
  for (const { session, columns } of wide) {
    const first = columns[0] ?? 0
    const contiguous = columns.every((column, index) => column === first + index)
    if (contiguous && columns.every((column) => !taken.has(column))) {
      for (const column of columns) taken.add(column)
      spans.push({ column: first, span: columns.length, sessions: [session] })
    } else {
      for (const column of columns) single[column]?.push(session)
    }
  }
  const cells: PrintCell[] = []
  for (let column = 0; column < roomIds.length; ) {
    const span = spans.find((cell) => cell.column === column)
    if (span) {
      cells.push(span)
      column += span.span
    } else {
      cells.push({ column, span: 1, sessions: single[column] ?? [] })
      column += 1
    }
  }
  return cells
}

/** Whether the browser is printing: the grid is laid out for paper only then. */
function createPrinting() {
  const [printing, setPrinting] = createSignal(false)
  const before = () => setPrinting(true)
  const after = () => setPrinting(false)
  window.addEventListener('beforeprint', before)
  window.addEventListener('afterprint', after)
  onCleanup(() => {
    window.removeEventListener('beforeprint', before)
    window.removeEventListener('afterprint', after)
  })
  return printing
}

/**
 * The programme as it prints (Ctrl+P): every day on a page of its own,
 * landscape, as a table with one column per room, however many, their names
 * in the table's head so that a day running onto a second page names them
 * again, and one row per start time. Drawn only while the browser prints,
 * so that the screen keeps one grid. `print.css` hides the rest of the app.
 */
export const PrintProgramme: Component<{ edition: EditionSnapshot }> = (props) => {
  const printing = createPrinting()
  return (
    <Show when={printing()}>
      <PrintDays edition={props.edition} />
    </Show>
  )
}

const PrintDays: Component<{ edition: EditionSnapshot }> = (props) => {
  const { t, locale } = useI18n()
  const words = useCatalogue(printMessages)
  const momentText = useMomentText()
  const edition = props.edition
  const printedAt = new Date()
  const rooms = () => edition.rooms
  const roomIds = createMemo(() => rooms().map((room) => room.id))
  const placed = createMemo(() => placedSessions(edition))
  const zone = () => edition.meta.timeZone
  const rowsOf = (day: string) => {
    const sessions = placed()
      .filter((session) => session.day === day)
      .sort(
        (a, b) => minutesOf(a.start) - minutesOf(b.start) || a.durationMinutes - b.durationMinutes,
      )
    const starts = [...new Set(sessions.map((session) => session.start))]
    return starts.map((start) => ({
      start,
      cells: rowCells(
        sessions.filter((session) => session.start === start),
        roomIds(),
        (session) => sessionRoomIds(session, rooms()),
      ),
    }))
  }
  const end = (session: TimedSession) =>
    formatClockTime((minutesOf(session.start) + session.durationMinutes) % (24 * 60))

  return (
    <div class="print-programme" data-testid="print-programme">
      <For each={gridDays(edition)}>
        {(day) => (
          <section class="print-day" data-testid="print-day" data-day={day.id}>
            <header class="print-day-head">
              <h2>{t().programmeFile.day(day.id)}</h2>
              <p>
                {pickText(edition.meta.title, locale()).main} ·{' '}
                {t().programmeFile.timesIn(t().edition.zoneCity(zone()))}
              </p>
            </header>
            <table
              class="print-grid"
              style={{ '--print-rooms': String(Math.max(rooms().length, 1)) }}
            >
              <thead>
                <tr>
                  <th scope="col" class="print-time">
                    {words().time}
                  </th>
                  <For each={rooms()}>
                    {(room) => (
                      <th scope="col" data-testid="print-room">
                        <Bilingual text={room.name} unmarked />
                      </th>
                    )}
                  </For>
                </tr>
              </thead>
              <tbody>
                <Show when={rowsOf(day.id).length === 0}>
                  <tr>
                    <td class="print-empty" colSpan={rooms().length + 1}>
                      {t().programmeFile.noSessions}
                    </td>
                  </tr>
                </Show>
                <For each={rowsOf(day.id)}>
                  {(row) => (
                    <tr>
                      <th scope="row" class="print-time">
                        {row.start}
                      </th>
                      <For each={row.cells}>
                        {(cell) => (
                          <td colSpan={cell.span}>
                            <For each={cell.sessions}>
                              {(session) => (
                                <div class="print-session" data-kind={session.kind}>
                                  <span class="print-session-time">
                                    {session.start}–{end(session)} ·{' '}
                                    {t().edition.kind[session.kind]}
                                  </span>
                                  <Bilingual text={session.title} unmarked />
                                </div>
                              )}
                            </For>
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p class="print-foot">{words().printed(momentText(printedAt, zone()))}</p>
          </section>
        )}
      </For>
    </div>
  )
}
