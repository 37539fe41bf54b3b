import { type Component, createSignal, For, onCleanup, onMount, Show } from 'solid-js'
import {
  daysBetween,
  moveSession,
  parseClockTime,
  resizeSession,
  SessionKind,
  SLOT_MINUTES,
  updateSession,
} from '../../shared/doc/edition'
import { formatDay } from '../edition/format'
import { START_TIMES } from '../edition/grid-layout'
import { pickText } from '../edition/list'
import type { ReadOnlyReason } from '../edition/read-only'
import { useI18n } from '../i18n'
import type { EditionSession } from '../sync/edition-session'
import { Bilingual } from './Bilingual'
import { EditNotices } from './EditNotices'
import { LocalizedTextGroup } from './LocalizedTextGroup'

const SESSION_KINDS = Object.values(SessionKind)

/** The session `sessionId`: its texts side by side in every language, and where and when it is. */
export const SessionEditor: Component<{
  session: EditionSession
  sessionId: string
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onClose: () => void
  onEditingChange: (editing: boolean) => void
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
            <label class="select-field">
              <span class="field-label">{t().edition.editor.day}</span>
              <select
                data-testid="session-day"
                disabled={props.readOnly !== null}
                value={session().day}
                onChange={(event) => {
                  const day = event.currentTarget.value
                  const startMinutes = parseClockTime(session().start) ?? 0
                  edit((doc, origin) => moveSession(doc, id, { day, startMinutes }, origin))
                }}
              >
                <For each={days()}>
                  {(day) => <option value={day}>{formatDay(day, locale(), 'tab')}</option>}
                </For>
              </select>
            </label>
            <label class="select-field">
              <span class="field-label">{t().edition.editor.start}</span>
              <select
                data-testid="session-start"
                disabled={props.readOnly !== null}
                value={session().start}
                onChange={(event) => {
                  const startMinutes = parseClockTime(event.currentTarget.value)
                  if (startMinutes === null) return
                  const day = session().day
                  edit((doc, origin) => moveSession(doc, id, { day, startMinutes }, origin))
                }}
              >
                <For each={START_TIMES}>{(time) => <option value={time}>{time}</option>}</For>
              </select>
            </label>
            <label class="select-field">
              <span class="field-label">{t().edition.editor.duration}</span>
              <input
                type="number"
                min={SLOT_MINUTES}
                step={SLOT_MINUTES}
                data-testid="session-duration"
                disabled={props.readOnly !== null}
                value={session().durationMinutes}
                onChange={(event) => {
                  const minutes = Number(event.currentTarget.value)
                  edit((doc, origin) => resizeSession(doc, id, minutes, origin))
                }}
              />
            </label>
            <label class="select-field wide">
              <span class="field-label">{t().edition.editor.room}</span>
              <select
                data-testid="session-room"
                disabled={props.readOnly !== null}
                value={session().roomId ?? ''}
                onChange={(event) => {
                  const roomId = event.currentTarget.value || null
                  edit((doc, origin) => updateSession(doc, id, { roomId }, origin))
                }}
              >
                <option value="">{t().edition.noRoom}</option>
                <For each={edition.rooms}>
                  {(room) => <option value={room.id}>{pickText(room.name, locale()).main}</option>}
                </For>
              </select>
            </label>
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
