import { type Component, createSignal, For, onCleanup, onMount, Show } from 'solid-js'
import {
  DEFAULT_DAY_BOUNDS,
  deleteSession,
  duplicateSession,
  editionDays,
  moveSession,
  parseClockTime,
  resizeSession,
  type Session,
  SessionKind,
  setSessionRooms,
  unplaceSession,
  updateSession,
} from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { sessionPath, useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { EditNotices } from '../../ui/EditNotices'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { deletedSession } from './deleted-session'
import { editorMessages } from './editor-messages'
import { SessionDetailsFields } from './SessionDetailsFields'
import { SessionPeople } from './SessionPeople'
import { gridRooms, placeDays, SessionPlaceFields } from './SessionPlaceFields'
import { SessionWarnings } from './SessionWarnings'
import './session-editor.css'

const SESSION_KINDS = Object.values(SessionKind)
const TITLE_ID = 'session-editor-title'

/**
 * The session `sessionId`, everything it holds: kind, place, status,
 * interpretation and theme, its texts side by side in every language, its
 * people in their four roles, what is wrong with it; duplicate and delete.
 */
export const SessionEditor: Component<{
  session: EditionSession
  sessionId: string
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  /** The field to focus on opening (`?field=`: `room`, `title.ja`, `person.<id>`); else the first. */
  field?: string | null
  onClose: () => void
  onEditingChange: (editing: boolean) => void
  /** The activity tab showing this session's history. */
  historyPath: string
}> = (props) => {
  const { t, locale } = useI18n()
  const m = useCatalogue(editorMessages)
  const router = useRouter()
  const edition = props.session.edition
  const [error, setError] = createSignal<string | null>(null)
  const entry = () => edition.sessions.find((session) => session.id === props.sessionId)
  const edit = (change: Parameters<EditionSession['edit']>[0]) =>
    setError(props.session.edit(change))
  const id = props.sessionId
  const readOnly = () => props.readOnly !== null
  const rooms = () => gridRooms(edition)

  /** A start for a session given a day but no time yet: its day's opening hour. */
  const startMinutesOn = (session: Session, day: string) =>
    parseClockTime(session.start ?? '') ??
    parseClockTime(editionDays(edition).find((each) => each.id === day)?.start ?? '') ??
    (parseClockTime(DEFAULT_DAY_BOUNDS.start) as number)

  const duplicate = () => {
    let copyId: string | null = null
    edit((doc, origin) => {
      copyId = duplicateSession(doc, id, origin)
    })
    const route = router.route()
    // Opening the copy goes through the programme's ?session= link, as any link to a session.
    if (!copyId || route.page !== 'edition') return
    router.navigate(sessionPath(route.id, copyId))
    // The copy's editor replaces this one: the keyboard's place is at its top.
    router.afterNavigate(() => document.getElementById(TITLE_ID)?.focus())
  }
  const remove = (session: Session) => {
    // Read before the deletion closes this editor and its store entry goes.
    const title = { ...session.title }
    const refused = props.session.edit((doc, origin) => {
      deleteSession(doc, id, origin)
    })
    if (refused) setError(refused)
    else deletedSession(props.session)[1]({ id, title })
  }

  let panel: HTMLElement | undefined
  /** Moves the keyboard into the editor: to `field` if given, else its first field. */
  const focusField = (field: string | null | undefined) => {
    const target = (field && panel && fieldElement(panel, field)) || firstField(panel)
    target?.focus()
    target?.scrollIntoView({ block: 'nearest' })
  }

  onMount(() => {
    // Opened from the keyboard (Enter on a card) or a link: the focus goes in with it.
    requestAnimationFrame(() => focusField(props.field))
    const onKey = (event: KeyboardEvent) => {
      // A field that used Escape (a list to close) has said so.
      if (event.key === 'Escape' && !event.defaultPrevented) props.onClose()
    }
    window.addEventListener('keydown', onKey)
    onCleanup(() => window.removeEventListener('keydown', onKey))
  })

  return (
    <Show when={entry()}>
      {(session) => (
        <aside
          ref={panel}
          class="session-editor"
          data-testid="session-editor"
          data-session-id={id}
          aria-labelledby={TITLE_ID}
        >
          <header class="editor-head">
            <div>
              <p class="muted editor-kicker">{t().edition.editor.title}</p>
              <h2 id={TITLE_ID} tabIndex={-1}>
                {pickText(session().title, locale()).main || '—'}
              </h2>
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
                disabled={readOnly()}
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
              days={placeDays(edition, session().day)}
              rooms={rooms()}
              day={session().day}
              start={session().start}
              duration={session().durationMinutes}
              roomIds={session().roomIds}
              allRooms={session().allRooms}
              disabled={readOnly()}
              durationOnChange
              onDay={(day) => {
                if (day === null) {
                  edit((doc, origin) => unplaceSession(doc, id, origin))
                  return
                }
                const startMinutes = startMinutesOn(session(), day)
                edit((doc, origin) => moveSession(doc, id, { day, startMinutes }, origin))
              }}
              onStart={(start) => {
                const startMinutes = parseClockTime(start)
                const day = session().day
                if (startMinutes === null || day === null) return
                edit((doc, origin) => moveSession(doc, id, { day, startMinutes }, origin))
              }}
              onDuration={(minutes) =>
                edit((doc, origin) => resizeSession(doc, id, minutes, origin))
              }
              onRooms={(chosen) => edit((doc, origin) => setSessionRooms(doc, id, chosen, origin))}
            />
            <SessionDetailsFields
              session={session()}
              rooms={rooms()}
              themes={edition.themes}
              disabled={readOnly()}
              onStatus={(status) =>
                edit((doc, origin) => updateSession(doc, id, { status }, origin))
              }
              onInterpretation={(interpretation) =>
                edit((doc, origin) => updateSession(doc, id, { interpretation }, origin))
              }
              onTheme={(themeId) =>
                edit((doc, origin) => updateSession(doc, id, { themeId }, origin))
              }
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
                readOnly={readOnly()}
                testIdPrefix={`session-${field}`}
                onEditingChange={props.onEditingChange}
              />
            )}
          </For>
          <SessionPeople
            session={props.session}
            entry={session()}
            readOnly={readOnly()}
            edit={edit}
          />
          <SessionWarnings
            entry={session()}
            edition={edition}
            warnings={props.session.warnings()}
            onFocusField={focusField}
          />
          <Show when={!readOnly()}>
            <section class="editor-actions" aria-label={m().actions}>
              <button type="button" class="btn" data-testid="duplicate-session" onClick={duplicate}>
                {m().duplicate}
              </button>
              <ConfirmAction
                label={m().delete}
                question={m().confirmDelete}
                confirm={m().confirm}
                cancel={m().cancel}
                testId="delete-session"
                onConfirm={() => remove(session())}
              />
            </section>
          </Show>
        </aside>
      )}
    </Show>
  )
}

/**
 * The control of `field` in the editor `panel`: a text in one language
 * (`title.ja`), a person of the session (`person.<id>`), or a select
 * (`day`, `start`, `room`, `interpretation`…).
 */
function fieldElement(panel: HTMLElement, field: string): HTMLElement | null {
  const [name, rest] = field.split('.', 2) as [string, string | undefined]
  if (name === 'person' && rest) {
    const row = panel.querySelector(`.session-people [data-person-id="${CSS.escape(rest)}"]`)
    return row?.querySelector<HTMLElement>('button:not([disabled])') ?? null
  }
  if (rest) return panel.querySelector<HTMLElement>(`#field-session-${name}-${CSS.escape(rest)}`)
  return panel.querySelector<HTMLElement>(`[data-testid="session-${CSS.escape(name)}"]`)
}

/** The editor's first field that takes the focus; its heading when every field is read-only. */
const firstField = (panel: HTMLElement | undefined): HTMLElement | null =>
  panel?.querySelector<HTMLElement>(
    '.editor-fields select:not([disabled]), .editor-fields input:not([disabled])',
  ) ??
  document.getElementById(TITLE_ID) ??
  null
