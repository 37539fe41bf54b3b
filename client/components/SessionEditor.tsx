import { type Component, createSignal, For, onCleanup, onMount, Show } from 'solid-js'
import {
  daysBetween,
  moveSession,
  parseClockTime,
  resizeSession,
  SessionKind,
  updateSession,
} from '../../shared/doc/edition'
import { pickText } from '../edition/list'
import type { ReadOnlyReason } from '../edition/read-only'
import { useI18n } from '../i18n'
import type { EditionSession } from '../sync/edition-session'
import { Bilingual } from './Bilingual'
import { EditNotices } from './EditNotices'
import { Link } from './Link'
import { LocalizedTextGroup } from './LocalizedTextGroup'
import { SessionPlaceFields } from './SessionPlaceFields'

const SESSION_KINDS = Object.values(SessionKind)

/** The session `sessionId`: its texts side by side in every language, and where and when it is. */
export const SessionEditor: Component<{
  session: EditionSession
  sessionId: string
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onClose: () => void
  onEditingChange: (editing: boolean) => void
  /** The activity tab showing this session's history. */
  historyPath: string
}> = (props) => {
  const { t, locale } = useI18n()
  const edition = props.session.edition
  const [error, setError] = createSignal<string | null>(null)
  const entry = () => edition.sessions.find((session) => session.id === props.sessionId)
  const edit = (change: Parameters<EditionSession['edit']>[0]) =>
    setError(props.session.edit(change))
  const id = props.sessionId

  const days = () => {
    const { startDate, endDate } = edition.meta
    const all = new Set(startDate && endDate ? daysBetween(startDate, endDate) : [])
    const current = entry()
    if (current) all.add(current.day)
    return [...all].sort()
  }

  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') props.onClose()
    }
    window.addEventListener('keydown', onKey)
    onCleanup(() => window.removeEventListener('keydown', onKey))
  })

  return (
    <Show when={entry()}>
      {(session) => (
        <aside
          class="session-editor"
          data-testid="session-editor"
          aria-labelledby="session-editor-title"
        >
          <header class="editor-head">
            <div>
              <p class="muted editor-kicker">{t().edition.editor.title}</p>
              <h2 id="session-editor-title">{pickText(session().title, locale()).main || '—'}</h2>
              <Link href={props.historyPath} class="editor-history" testId="session-history">
                {t().activity.sessionHistory}
              </Link>
            </div>
            <button
              type="button"
              class="close"
              data-testid="close-editor"
              onClick={() => props.onClose()}
            >
              {t().edition.editor.close}
            </button>
          </header>
          <EditNotices readOnly={props.readOnly} error={error()} />
          <div class="editor-fields">
            <label class="select-field">
              <span class="field-label">{t().edition.editor.kind}</span>
              <select
                data-testid="session-kind"
                disabled={props.readOnly !== null}
                value={session().kind}
                onChange={(event) => {
                  const kind = event.currentTarget.value as SessionKind
                  edit((doc, origin) => updateSession(doc, id, { kind }, origin))
                }}
              >
                <For each={SESSION_KINDS}>
                  {(kind) => <option value={kind}>{t().edition.kind[kind]}</option>}
                </For>
              </select>
            </label>
            <SessionPlaceFields
              testIdPrefix="session"
              days={days()}
              rooms={edition.rooms}
              day={session().day}
              start={session().start}
              duration={session().durationMinutes}
              roomId={session().roomId ?? ''}
              disabled={props.readOnly !== null}
              durationOnChange
              onDay={(day) => {
                const startMinutes = parseClockTime(session().start) ?? 0
                edit((doc, origin) => moveSession(doc, id, { day, startMinutes }, origin))
              }}
              onStart={(start) => {
                const startMinutes = parseClockTime(start)
                if (startMinutes === null) return
                const day = session().day
                edit((doc, origin) => moveSession(doc, id, { day, startMinutes }, origin))
              }}
              onDuration={(minutes) =>
                edit((doc, origin) => resizeSession(doc, id, minutes, origin))
              }
              onRoom={(value) => {
                const roomId = value || null
                edit((doc, origin) => updateSession(doc, id, { roomId }, origin))
              }}
            />
          </div>
          <For each={['title', 'description'] as const}>
            {(field) => (
              <LocalizedTextGroup
                session={props.session}
                path={{ collection: 'sessions', id, field }}
                legend={
                  field === 'title'
                    ? t().edition.editor.sessionTitle
                    : t().edition.editor.description
                }
                text={session()[field]}
                isTitle={field === 'title'}
                rows={field === 'title' ? 3 : 8}
                readOnly={props.readOnly !== null}
                testIdPrefix={`session-${field}`}
                onEditingChange={props.onEditingChange}
              />
            )}
          </For>
          <Show when={session().themeId}>
            {(themeId) => {
              const theme = () => edition.themes.find((each) => each.id === themeId())
              return (
                <Show when={theme()}>
                  {(found) => (
                    <p class="editor-theme">
                      <Bilingual text={found().title} />
                    </p>
                  )}
                </Show>
              )
            }}
          </Show>
        </aside>
      )}
    </Show>
  )
}
