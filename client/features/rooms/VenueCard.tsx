import { type Component, For, Show } from 'solid-js'
import { deleteVenue, reorderVenue, type Venue } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { focusTestId } from './focus'
import { MoveButtons } from './MoveButtons'
import { roomsMessages } from './rooms-messages'

const FIELDS = ['name', 'address'] as const

/** One venue: its name and address in every language, its place in the list, its deletion. */
export const VenueCard: Component<{
  session: EditionSession
  venue: Venue
  index: number
  count: number
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(roomsMessages)
  const id = props.venue.id
  const name = () => pickText(props.venue.name, locale()).main || t().untitledVenue
  const rooms = () => props.session.edition.rooms.filter((room) => room.venueId === id).length
  const edit = (change: Parameters<EditionSession['edit']>[0]) =>
    props.onError(props.session.edit(change))
  return (
    <li class="panel venue-card" data-testid="venue-card" data-venue-id={id}>
      <header class="entry-head">
        <h4>
          <Show when={props.index === 0}>
            <span class="tag">{t().mainVenue}</span>{' '}
          </Show>
          <Bilingual text={props.venue.name} />
        </h4>
        <Show when={!props.readOnly}>
          <MoveButtons
            axis="column"
            earlierLabel={t().moveUp(name())}
            laterLabel={t().moveDown(name())}
            isFirst={props.index === 0}
            isLast={props.index === props.count - 1}
            testIdPrefix={`venue-${id}-move`}
            onMove={(direction) => edit((doc, origin) => reorderVenue(doc, id, direction, origin))}
          />
          <ConfirmAction
            label={t().deleteVenue}
            question={t().deleteVenueQuestion(rooms())}
            confirm={t().confirmDelete}
            cancel={t().cancel}
            testId={`delete-venue-${id}`}
            onConfirm={() => {
              edit((doc, origin) => deleteVenue(doc, id, origin))
              // The card and its focus are gone: the keyboard goes on from the list's button.
              focusTestId('add-venue')
            }}
          />
        </Show>
      </header>
      <For each={FIELDS}>
        {(field) => (
          <LocalizedTextGroup
            session={props.session}
            path={{ collection: 'venues', id, field }}
            legend={field === 'name' ? t().venueName : t().venueAddress}
            text={props.venue[field]}
            isTitle={field === 'name'}
            rows={field === 'name' ? 1 : 2}
            readOnly={props.readOnly}
            testIdPrefix={`venue-${id}-${field}`}
            onEditingChange={props.onEditingChange}
          />
        )}
      </For>
    </li>
  )
}
