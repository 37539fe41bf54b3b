import { type Component, For } from 'solid-js'
import type { EditionSnapshot } from '../../shared/doc/edition'
import { formatDay } from '../edition/format'
import { pickText } from '../edition/list'
import { useI18n } from '../i18n'
import { placeText } from '../versions/place'

/** A saved version's sessions by day, read-only: no block to drag, no field to type in. */
export const VersionPreview: Component<{ snapshot: EditionSnapshot }> = (props) => {
  const { t, locale } = useI18n()
  const days = () =>
    [...new Set(props.snapshot.sessions.map((session) => session.day))].sort().map((day) => ({
      day,
      sessions: props.snapshot.sessions
        .filter((session) => session.day === day)
        .sort((a, b) => a.start.localeCompare(b.start)),
    }))
  return (
    <div class="version-preview" data-testid="version-preview">
      <For each={days()}>
        {(entry) => (
          <section>
            <h4>{formatDay(entry.day, locale())}</h4>
            <ul>
              <For each={entry.sessions}>
                {(session) => (
                  <li data-testid="preview-session" data-session-id={session.id}>
                    <strong>{pickText(session.title, locale()).main}</strong>{' '}
                    <span class="muted">
                      {placeText(session, props.snapshot.rooms, locale(), t().versions)}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </div>
  )
}
