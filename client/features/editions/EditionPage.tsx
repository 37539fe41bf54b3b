import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  For,
  Match,
  onCleanup,
  Show,
  Switch,
} from 'solid-js'
import { canEdit, type Role } from '../../../shared/access'
import { editionDocName } from '../../../shared/editions'
import { Header } from '../../app/Header'
import { Link } from '../../app/Link'
import { activityPath, EditionView, editionPath, type Route, useRouter } from '../../app/router'
import { isUnauthorized } from '../../lib/api'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { ReadOnlyReason, readOnlyReason } from '../../lib/read-only'
import { createEditionSession } from '../../sync/edition-session'
import { syncUrlFor } from '../../sync/session'
import { bindUndoKeys } from '../../sync/undo'
import { AccessLost } from '../access/AccessLost'
import { editionAccessCheck } from '../access/access-check'
import { type AuthStore, useAuth } from '../access/auth'
import { MembersView } from '../access/MembersView'
import { ActivityView } from '../activity/ActivityView'
import { ConflictsView } from '../conflicts/ConflictsView'
import { conflictsMessages } from '../conflicts/conflicts-messages'
import { DetailsView } from '../details/DetailsView'
import { detailsMessages } from '../details/details-messages'
import { ExportView } from '../exports/ExportView'
import { LettersView } from '../letters/LettersView'
import { lettersMessages } from '../letters/letters-messages'
import { MeetingsView } from '../meetings/MeetingsView'
import { SuggestionWall } from '../meetings/SuggestionWall'
import { OutboxView } from '../outbox/OutboxView'
import { outboxMessages } from '../outbox/outbox-messages'
import { CollectivitesView } from '../people/CollectivitesView'
import { collectivitesMessages } from '../people/collectivites-messages'
import { PeopleView } from '../people/PeopleView'
import { peopleMessages } from '../people/people-messages'
import { DeletedSessionNotice } from '../programme/DeletedSessionNotice'
import { createOpenedSession } from '../programme/opened-session'
import { ProgrammeGrid } from '../programme/ProgrammeGrid'
import { SessionEditor } from '../programme/SessionEditor'
import { ProposalsView } from '../proposals/ProposalsView'
import { RegistrationsView } from '../registrations/RegistrationsView'
import { RoomsView } from '../rooms/RoomsView'
import { roomsMessages } from '../rooms/rooms-messages'
import { ThemesView } from '../themes/ThemesView'
import { VersionsView } from '../versions/VersionsView'
import { EditionOverview } from './EditionOverview'
import { fetchEditions } from './list'
import { UndoButtons } from './UndoButtons'

interface Target {
  docName: string
  readOnly: boolean
  /** The member's role, as the list says; null when the list could not be had. */
  role: Role | null
}

/**
 * Where edition `id` lives: as the list says, else by the naming rule if the
 * list is unreachable (offline, the local copy then shows it). Null if the
 * list does not name it, or if nobody is signed in (the app then asks to).
 */
async function findEdition(id: string, auth: AuthStore): Promise<Target | null> {
  try {
    const item = (await auth.guard(fetchEditions())).find((edition) => edition.id === id)
    return item ? { docName: item.docName, readOnly: item.readOnly, role: item.role } : null
  } catch (error) {
    if (isUnauthorized(error)) return null
    return { docName: editionDocName(id), readOnly: false, role: null }
  }
}

/** The links between an edition's views (programme, themes, meetings…), the current one marked. */
const ViewTabs: Component<{ id: string; view: EditionView; role: Role | null }> = (props) => {
  const { t } = useI18n()
  const details = useCatalogue(detailsMessages)
  const rooms = useCatalogue(roomsMessages)
  const people = useCatalogue(peopleMessages)
  const collectivites = useCatalogue(collectivitesMessages)
  const conflicts = useCatalogue(conflictsMessages)
  const letters = useCatalogue(lettersMessages)
  const outbox = useCatalogue(outboxMessages)
  const views = [
    { view: EditionView.Programme, label: () => t().edition.programme },
    { view: EditionView.Conflicts, label: () => conflicts().tab },
    { view: EditionView.Details, label: () => details().tab },
    { view: EditionView.Rooms, label: () => rooms().tab },
    { view: EditionView.People, label: () => people().tab },
    { view: EditionView.Collectivites, label: () => collectivites().tab },
    { view: EditionView.Themes, label: () => t().edition.themePage.title },
    { view: EditionView.Meetings, label: () => t().meetings.tab },
    { view: EditionView.Letters, label: () => letters().tab },
    { view: EditionView.Mail, label: () => outbox().tab },
    { view: EditionView.Proposals, label: () => t().proposals.tab },
    { view: EditionView.Registrations, label: () => t().registrations.tab },
    { view: EditionView.Versions, label: () => t().versions.tab },
    { view: EditionView.Export, label: () => t().exports.tab },
    { view: EditionView.Activity, label: () => t().activity.tab },
    { view: EditionView.Members, label: () => t().access.membersView },
  ] as const
  return (
    <nav class="view-tabs" aria-label={t().edition.themePage.views}>
      <For
        each={views.filter(
          // A viewer sees nothing of the outbox, not even its tab.
          (entry) => entry.view !== EditionView.Mail || props.role === null || canEdit(props.role),
        )}
      >
        {(entry) => (
          <Link
            href={editionPath(props.id, entry.view)}
            class="view-tab"
            current={props.view === entry.view}
            testId={`view-${entry.view}`}
          >
            {entry.label()}
          </Link>
        )}
      </For>
    </nav>
  )
}

/** What the address says of an edition page beyond its tab: its session, day, field, kind. */
type EditionPlace = Pick<
  Extract<Route, { page: 'edition' }>,
  'meetingId' | 'sessionId' | 'day' | 'field' | 'kind'
>

const LiveEdition: Component<{
  id: string
  view: EditionView
  /**
   * The rest of the address: on the programme, the day shown and the session
   * open (`sessionId`) with the field to focus; on the activity, the session
   * whose history is shown; on the wall, its meeting; on the conflicts, the
   * only kind listed.
   */
  place: EditionPlace
  target: Target
}> = (props) => {
  const { t, locale } = useI18n()
  const auth = useAuth()
  const router = useRouter()
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
            <Switch
              fallback={
                <ProgrammeGrid
                  session={session}
                  peers={connection.peers()}
                  readOnly={readOnly() !== null}
                  selected={selected()}
                  onOpen={setSelected}
                />
              }
            >
              <Match when={props.view === EditionView.Conflicts}>
                <ConflictsView editionId={props.id} session={session} kind={props.place.kind} />
              </Match>
              <Match when={props.view === EditionView.Details}>
                <DetailsView session={session} readOnly={readOnly()} onEditingChange={setEditing} />
              </Match>
              <Match when={props.view === EditionView.Rooms}>
                <RoomsView session={session} readOnly={readOnly()} onEditingChange={setEditing} />
              </Match>
              <Match when={props.view === EditionView.People}>
                <PeopleView session={session} readOnly={readOnly()} onEditingChange={setEditing} />
              </Match>
              <Match when={props.view === EditionView.Collectivites}>
                <CollectivitesView
                  session={session}
                  readOnly={readOnly()}
                  onEditingChange={setEditing}
                />
              </Match>
              <Match when={props.view === EditionView.Themes}>
                <ThemesView session={session} readOnly={readOnly()} onEditingChange={setEditing} />
              </Match>
              <Match when={props.view === EditionView.Meetings}>
                <MeetingsView
                  editionId={props.id}
                  session={session}
                  readOnly={readOnly()}
                  onEditingChange={setEditing}
                />
              </Match>
              <Match when={props.view === EditionView.Letters}>
                <LettersView
                  editionId={props.id}
                  session={session}
                  role={role()}
                  readOnly={readOnly()}
                  onEditingChange={setEditing}
                />
              </Match>
              <Match when={props.view === EditionView.Mail}>
                <OutboxView
                  editionId={props.id}
                  session={session}
                  role={role()}
                  readOnly={readOnly()}
                />
              </Match>
              <Match when={props.view === EditionView.Proposals}>
                <ProposalsView
                  editionId={props.id}
                  session={session}
                  readOnly={readOnly()}
                  onEditingChange={setEditing}
                />
              </Match>
              <Match when={props.view === EditionView.Registrations}>
                <RegistrationsView
                  editionId={props.id}
                  session={session}
                  role={role()}
                  record={readOnly() === ReadOnlyReason.Record}
                />
              </Match>
              <Match when={props.view === EditionView.Versions}>
                <VersionsView
                  editionId={props.id}
                  session={session}
                  role={role()}
                  record={readOnly() === ReadOnlyReason.Record}
                />
              </Match>
              <Match when={props.view === EditionView.Export}>
                <ExportView
                  editionId={props.id}
                  role={role()}
                  timeZone={session.edition.meta.timeZone}
                />
              </Match>
              <Match when={props.view === EditionView.Activity}>
                <ActivityView
                  editionId={props.id}
                  session={session}
                  sessionFilter={props.place.sessionId}
                  onSessionFilter={(sessionId) =>
                    router.navigate(activityPath(props.id, sessionId), { replace: true })
                  }
                />
              </Match>
              <Match when={props.view === EditionView.Members}>
                <MembersView
                  editionId={props.id}
                  role={role()}
                  record={props.target.readOnly}
                  timeZone={session.edition.meta.timeZone}
                />
              </Match>
            </Switch>
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

/** One edition: its overview and programme, themes or members, joined live. */
export const EditionPage: Component<{ id: string }> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const router = useRouter()
  // The same connection serves every view: switching view keeps the edition open.
  const route = () => {
    const current = router.route()
    return current.page === 'edition' ? current : null
  }
  const view = () => route()?.view ?? EditionView.Programme
  const place = (): EditionPlace => {
    const current = route()
    return {
      meetingId: current?.meetingId ?? null,
      sessionId: current?.sessionId ?? null,
      day: current?.day ?? null,
      field: current?.field ?? null,
      kind: current?.kind ?? null,
    }
  }
  const [target] = createResource(
    () => props.id,
    (id) => findEdition(id, auth),
  )
  return (
    <Switch>
      <Match when={target.loading}>
        <Header status={null} />
        <main class="page">
          <p class="muted">{t().edition.loading}</p>
        </main>
      </Match>
      <Match when={target() === null}>
        <Header status={null} />
        <main class="page">
          <p class="notice">{t().edition.notFound}</p>
          <Link href="/">{t().edition.backToList}</Link>
        </main>
      </Match>
      <Match when={target()} keyed>
        {(found) => <LiveEdition id={props.id} view={view()} place={place()} target={found} />}
      </Match>
    </Switch>
  )
}
