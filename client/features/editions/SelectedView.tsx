import { type Component, Match, Switch } from 'solid-js'
import type { Role } from '../../../shared/access'
import { activityPath, EditionView, useRouter } from '../../app/router'
import { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import type { Peer } from '../../sync/session'
import { MembersView } from '../access/MembersView'
import { ActivityView } from '../activity/ActivityView'
import { ConflictsView } from '../conflicts/ConflictsView'
import { DetailsView } from '../details/DetailsView'
import { ExportView } from '../exports/ExportView'
import { LettersView } from '../letters/LettersView'
import { MeetingsView } from '../meetings/MeetingsView'
import { OutboxView } from '../outbox/OutboxView'
import { CollectivitesView } from '../people/CollectivitesView'
import { PeopleView } from '../people/PeopleView'
import { ProgrammeGrid } from '../programme/ProgrammeGrid'
import { ProposalsView } from '../proposals/ProposalsView'
import { RegistrationsView } from '../registrations/RegistrationsView'
import { RoomsView } from '../rooms/RoomsView'
import { ThemesView } from '../themes/ThemesView'
import { VersionsView } from '../versions/VersionsView'
import type { EditionPlace } from './edition-place'

/** The view under an edition's tabs: the one its address names, the programme grid by default. */
export const SelectedView: Component<{
  editionId: string
  session: EditionSession
  view: EditionView
  place: EditionPlace
  role: Role | null
  readOnly: ReadOnlyReason | null
  /** Whether the editions list calls it a record (the members view's own test). */
  listedRecord: boolean
  peers: Peer[]
  /** The session whose editor is open, on the programme. */
  selected: string | null
  onOpen: (sessionId: string) => void
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const router = useRouter()
  return (
    <Switch
      fallback={
        <ProgrammeGrid
          session={props.session}
          peers={props.peers}
          readOnly={props.readOnly !== null}
          selected={props.selected}
          onOpen={props.onOpen}
        />
      }
    >
      <Match when={props.view === EditionView.Conflicts}>
        <ConflictsView
          editionId={props.editionId}
          session={props.session}
          kind={props.place.kind}
        />
      </Match>
      <Match when={props.view === EditionView.Details}>
        <DetailsView
          session={props.session}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.Rooms}>
        <RoomsView
          session={props.session}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.People}>
        <PeopleView
          session={props.session}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.Collectivites}>
        <CollectivitesView
          session={props.session}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.Themes}>
        <ThemesView
          session={props.session}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.Meetings}>
        <MeetingsView
          editionId={props.editionId}
          session={props.session}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.Letters}>
        <LettersView
          editionId={props.editionId}
          session={props.session}
          role={props.role}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.Mail}>
        <OutboxView
          editionId={props.editionId}
          session={props.session}
          role={props.role}
          readOnly={props.readOnly}
        />
      </Match>
      <Match when={props.view === EditionView.Proposals}>
        <ProposalsView
          editionId={props.editionId}
          session={props.session}
          readOnly={props.readOnly}
          onEditingChange={props.onEditingChange}
        />
      </Match>
      <Match when={props.view === EditionView.Registrations}>
        <RegistrationsView
          editionId={props.editionId}
          session={props.session}
          role={props.role}
          record={props.readOnly === ReadOnlyReason.Record}
        />
      </Match>
      <Match when={props.view === EditionView.Versions}>
        <VersionsView
          editionId={props.editionId}
          session={props.session}
          role={props.role}
          record={props.readOnly === ReadOnlyReason.Record}
        />
      </Match>
      <Match when={props.view === EditionView.Export}>
        <ExportView
          editionId={props.editionId}
          role={props.role}
          timeZone={props.session.edition.meta.timeZone}
        />
      </Match>
      <Match when={props.view === EditionView.Activity}>
        <ActivityView
          editionId={props.editionId}
          session={props.session}
          sessionFilter={props.place.sessionId}
          onSessionFilter={(sessionId) =>
            router.navigate(activityPath(props.editionId, sessionId), { replace: true })
          }
        />
      </Match>
      <Match when={props.view === EditionView.Members}>
        <MembersView
          editionId={props.editionId}
          role={props.role}
          record={props.listedRecord}
          timeZone={props.session.edition.meta.timeZone}
        />
      </Match>
    </Switch>
  )
}
