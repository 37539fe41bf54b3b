import { type Component, createSignal, For, Show } from 'solid-js'
import {
  deleteTheme,
  isPlaced,
  type Session,
  sessionRoomIds,
  type Theme,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import { formatDay, sessionTimes, viewerTimeZone } from '../../lib/times'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { ViewerTime } from '../programme/ViewerTime'
import './themes.css'

const FIELDS = ['title', 'description'] as const

/** One theme: its title and description in every language, the sessions on it, and its deletion. */
export const ThemeCard: Component<{
  session: EditionSession
  theme: Theme
  /** "Atelier 2" for a workshop theme; none for the global theme. */
  label: string | null
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const edition = props.session.edition
  const viewerZone = viewerTimeZone()
  const [confirming, setConfirming] = createSignal(false)
  const id = props.theme.id
  // The snapshot lists sessions by day and time, the unplaced ones last.
  const sessions = () => edition.sessions.filter((entry) => entry.themeId === id)
  const roomsText = (entry: Session) => {
    if (entry.allRooms) return t().edition.allRooms
    const names = sessionRoomIds(entry, edition.rooms).flatMap((roomId) => {
      const room = edition.rooms.find((each) => each.id === roomId)
      return room ? [pickText(room.name, locale()).main] : []
    })
    return names.length > 0 ? names.join(' / ') : t().edition.noRoom
  }
  const remove = () => {
    setConfirming(false)
    props.onError(props.session.edit((doc, origin) => deleteTheme(doc, id, origin)))
  }

  return (
    <article
      class="panel theme-card"
      data-testid="theme-card"
      data-theme-id={id}
      data-kind={props.theme.kind}
    >
      <header class="theme-head">
        <h3>
          <Show when={props.label}>
            <span class="theme-label">{props.label}</span>
          </Show>
          <Bilingual text={props.theme.title} />
        </h3>
        <Show when={!props.readOnly}>
          <Show
            when={confirming()}
            fallback={
              <button
                type="button"
                class="danger"
                data-testid="delete-theme"
                onClick={() => setConfirming(true)}
              >
                {t().edition.themePage.delete}
              </button>
            }
          >
            <div class="confirm" role="alert" data-testid="confirm-delete">
              <span>{t().edition.themePage.confirmDelete(sessions().length)}</span>
              <button
                type="button"
                class="danger"
                data-testid="confirm-delete-theme"
                onClick={remove}
              >
                {t().edition.themePage.confirm}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t().edition.themePage.cancel}
              </button>
            </div>
          </Show>
        </Show>
      </header>
      <For each={FIELDS}>
        {(field) => (
          <LocalizedTextGroup
            session={props.session}
            path={{ collection: 'themes', id, field }}
            legend={
              field === 'title'
                ? t().edition.themePage.themeTitle
                : t().edition.themePage.description
            }
            text={props.theme[field]}
            isTitle={field === 'title'}
            rows={field === 'title' ? 2 : 4}
            readOnly={props.readOnly}
            testIdPrefix={`theme-${id}-${field}`}
            onEditingChange={props.onEditingChange}
          />
        )}
      </For>
      <h4 class="theme-sessions-title">{t().edition.themePage.sessionsUsing}</h4>
      <Show
        when={sessions().length > 0}
        fallback={<p class="muted">{t().edition.themePage.noSessionsUsing}</p>}
      >
        <ul class="theme-sessions" data-testid="theme-sessions">
          <For each={sessions()}>
            {(entry) => (
              <li data-session-id={entry.id}>
                <Show
                  when={isPlaced(entry, edition.rooms) && entry}
                  fallback={<span class="when">{t().edition.unplaced}</span>}
                >
                  {(placed) => {
                    const times = () =>
                      sessionTimes(placed(), edition.meta.timeZone, viewerZone, locale())
                    return (
                      <>
                        <span class="when">
                          {formatDay(placed().day, locale(), 'tab')} {times().start}–{times().end}
                          <ViewerTime times={times()} viewerZone={viewerZone} />
                        </span>
                        <span class="room">{roomsText(placed())}</span>
                      </>
                    )
                  }}
                </Show>
                <Bilingual text={entry.title} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </article>
  )
}
