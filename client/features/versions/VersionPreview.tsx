import { type Component, For, Show } from 'solid-js'
import { type EditionSnapshot, isPlaced, type Session } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import { formatDay } from '../../lib/times'
import { placeText } from './place'
import './versions.css'

/** A saved version's sessions by day, read-only: no block to drag, no field to type in. */
export const VersionPreview: Component<{ snapshot: EditionSnapshot }> = (props) => {
  const { t, locale } = useI18n()
  const timed = () =>
    props.snapshot.sessions.filter((session) => isPlaced(session, props.snapshot.rooms))
  const days = () =>
    [...new Set(timed().map((session) => session.day))].sort().map((day) => ({
      day,
      sessions: timed()
        .filter((session) => session.day === day)
        .sort((a, b) => a.start.localeCompare(b.start)),
    }))
  // Sessions without a day, time or room, as the tray holds them: after the days.
  const unplaced = () =>
    props.snapshot.sessions.filter((session) => !isPlaced(session, props.snapshot.rooms))
  const names = () => ({
    ...t().versions,
    unplaced: t().edition.unplaced,
    allRooms: t().edition.allRooms,
  })
  const item = (session: Session, withPlace: boolean) => (
    <li data-testid="preview-session" data-session-id={session.id}>
      <strong>{pickText(session.title, locale()).main}</strong>
      <Show when={withPlace}>
        {' '}
        <span class="muted">{placeText(session, props.snapshot.rooms, locale(), names())}</span>
      </Show>
    </li>
  )
  return (
    <div class="version-preview" data-testid="version-preview">
      <For each={days()}>
        {(entry) => (
          <section>
            <h4>{formatDay(entry.day, locale())}</h4>
            <ul>
              <For each={entry.sessions}>{(session) => item(session, true)}</For>
            </ul>
          </section>
        )}
      </For>
      <Show when={unplaced().length > 0}>
        <section data-testid="preview-unplaced">
          <h4>{t().edition.unplaced}</h4>
          <ul>
            <For each={unplaced()}>{(session) => item(session, false)}</For>
          </ul>
        </section>
      </Show>
    </div>
  )
}
