import {
  type Component,
  createEffect,
  createSignal,
  Match,
  onCleanup,
  Show,
  Switch,
} from 'solid-js'
import { Header } from '../../app/Header'
import { Link } from '../../app/Link'
import { activityPath, EditionView } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import { ReadOnlyReason, readOnlyReason } from '../../lib/read-only'
import { createEditionSession } from '../../sync/edition-session'
import { syncUrlFor } from '../../sync/session'
import { bindUndoKeys } from '../../sync/undo'
import { AccessLost } from '../access/AccessLost'
import { editionAccessCheck } from '../access/access-check'
import { useAuth } from '../access/auth'
import { SuggestionWall } from '../meetings/SuggestionWall'
import { DeletedSessionNotice } from '../programme/DeletedSessionNotice'
import { createOpenedSession } from '../programme/opened-session'
import { SessionEditor } from '../programme/SessionEditor'
import { EditionOverview } from './EditionOverview'
import type { EditionPlace } from './edition-place'
import type { EditionTarget } from './find-edition'
import { SelectedView } from './SelectedView'
import { UndoButtons } from './UndoButtons'
import { ViewTabs } from './ViewTabs'
import './edition-page.css'

/** An edition found, joined live: its overview, tabs and view, and the session editor. */
export const LiveEdition: Component<{
  id: string
  view: EditionView
  /**
   * The rest of the address: on the programme, the day shown and the session
   * open (`sessionId`) with the field to focus; on the activity, the session
   * whose history is shown; on the wall, its meeting; on the conflicts, the
   * only kind listed.
   */
  place: EditionPlace
  target: EditionTarget
}> = (props) => {
  const { t, locale } = useI18n()
  const auth = useAuth()
  const session = createEditionSession(
    syncUrlFor(window.location),
    props.target.docName,
    editionAccessCheck(props.id),
  )
  onCleanup(() => session.destroy())
  onCleanup(bindUndoKeys(session.history))
  const connection = session.connection
  const [editing, setEditing] = createSignal(false)
  const opened = createOpenedSession({
    editionId: props.id,
    edition: session.edition,
    view: () => props.view,
    place: () => props.place,
    lost: () => connection.lost() !== null,
  })
  const selected = opened.selected
  const setSelected = opened.open

  const missing = () => session.problems().some((problem) => problem.code === 'missing_meta')
  // Offline, the list is out of reach: the role last seen on this device stands in.
  const role = () => props.target.role ?? auth.roleIn(props.id)
  const record = () =>
    props.target.readOnly ||
    session.edition.meta.status === 'archived' ||
    session.problems().some((problem) => problem.code === 'unsupported_schema_version')
  const readOnly = () => readOnlyReason(record(), role())

  createEffect(() => {
    const me = auth.me()
    if (!me) return
    const membership = me.memberships.find((each) => each.editionId === props.id)
    // The server stamps the same identity on what it relays; this is how this browser shows itself.
    connection.setPresence(
      {
        user: {
          name: me.person.name,
          color: me.person.color,
          committee: membership?.committee ?? null,
        },
        editing: editing(),
      },
      { sessionId: selected() },
    )
  })
  createEffect(() => {
    if (missing()) return
    const title = pickText(session.edition.meta.title, locale()).main
    document.title = `Kaigi · ${title}`
  })

  return (
    <>
      <Header status={connection.status()}>
        <Show when={readOnly() === null && !connection.lost()}>
          <UndoButtons history={session.history} />
        </Show>
      </Header>
      <main
        class="page edition-page"
        classList={{ 'wall-page': props.view === EditionView.Wall }}
        data-testid="edition-page"
      >
        <Show when={props.view !== EditionView.Wall}>
          <Link href="/" class="back-link">
            {t().edition.backToList}
          </Link>
        </Show>
        <Switch>
          <Match when={connection.lost()}>{(loss) => <AccessLost loss={loss()} />}</Match>
          <Match when={missing() && !connection.synced()}>
            <p class="muted">{t().edition.waiting}</p>
          </Match>
          <Match when={missing()}>
            <p class="notice">{t().edition.empty}</p>
          </Match>
          <Match when={props.view === EditionView.Wall && props.place.meetingId}>
            {(meetingId) => (
              <SuggestionWall
                editionId={props.id}
                meetingId={meetingId()}
                session={session}
                readOnly={readOnly() !== null}
              />
            )}
          </Match>
          <Match when={!missing()}>
            <EditionOverview
              editionId={props.id}
              session={session}
              peers={connection.peers()}
              record={readOnly() === ReadOnlyReason.Record}
            />
            <Show when={readOnly() === ReadOnlyReason.Viewer}>
              <p class="notice info" data-testid="read-only-notice">
                {t().access.viewerNotice}
              </p>
            </Show>
            <ViewTabs id={props.id} view={props.view} role={role()} />
            <SelectedView
              editionId={props.id}
              session={session}
              view={props.view}
              place={props.place}
              role={role()}
              readOnly={readOnly()}
              listedRecord={props.target.readOnly}
              peers={connection.peers()}
              selected={selected()}
              onOpen={setSelected}
              onEditingChange={setEditing}
            />
          </Match>
        </Switch>
      </main>
      <Show when={selected()} keyed>
        {(id) => (
          <SessionEditor
            session={session}
            sessionId={id}
            readOnly={readOnly()}
            field={props.place.field}
            onClose={() => setSelected(null)}
            onEditingChange={setEditing}
            historyPath={activityPath(props.id, id)}
          />
        )}
      </Show>
      <DeletedSessionNotice session={session} />
    </>
  )
}
