import { type Component, For } from 'solid-js'
import { canEdit, type Role } from '../../../shared/access'
import { Link } from '../../app/Link'
import { EditionView, editionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { conflictsMessages } from '../conflicts/conflicts-messages'
import { detailsMessages } from '../details/details-messages'
import { lettersMessages } from '../letters/letters-messages'
import { outboxMessages } from '../outbox/outbox-messages'
import { collectivitesMessages } from '../people/collectivites-messages'
import { peopleMessages } from '../people/people-messages'
import { roomsMessages } from '../rooms/rooms-messages'
import './view-tabs.css'

/** The links between an edition's views (programme, themes, meetings…), the current one marked. */
export const ViewTabs: Component<{ id: string; view: EditionView; role: Role | null }> = (
  props,
) => {
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
