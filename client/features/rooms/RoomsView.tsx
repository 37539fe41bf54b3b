import { type Component, createSignal, For, Show } from 'solid-js'
import { createRoom, createVenue } from '../../../shared/doc/edition'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { ViewPanel } from '../../ui/ViewPanel'
import { focusTestId } from './focus'
import { RoomCard } from './RoomCard'
import { byPosition } from './room-sessions'
import { roomsMessages } from './rooms-messages'
import { VenueCard } from './VenueCard'
import './rooms.css'

const EMPTY = { fr: '', ja: '', en: '' }

/**
 * The edition's venues and rooms. Rooms are listed as the grid's columns
 * run, left to right, each naming its venue: moving one here moves its
 * column there.
 */
export const RoomsView: Component<{
  session: EditionSession
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const t = useCatalogue(roomsMessages)
  const edition = props.session.edition
  const [error, setError] = createSignal<string | null>(null)
  const readOnly = () => props.readOnly !== null
  const venues = () => byPosition(edition.venues)
  const rooms = () => byPosition(edition.rooms)

  const addVenue = () => {
    let id: string | null = null
    setError(
      props.session.edit((doc, origin) => {
        id = createVenue(doc, { name: EMPTY }, origin)
      }),
    )
    if (id) focusTestId(`venue-${id}-name-fr`)
  }
  const addRoom = () => {
    let id: string | null = null
    // A new room goes into the main venue, where most rooms are; its select moves it.
    const venueId = venues()[0]?.id ?? null
    setError(
      props.session.edit((doc, origin) => {
        id = createRoom(doc, { name: EMPTY, venueId }, origin)
      }),
    )
    if (id) focusTestId(`room-${id}-name-fr`)
  }

  return (
    <ViewPanel
      class="panel rooms-view"
      titleId="rooms-title"
      title={t().tab}
      intro={t().intro}
      testId="rooms-view"
      readOnly={props.readOnly}
      error={error()}
    >
      <section class="rooms-section" aria-labelledby="venues-title" data-testid="venues">
        <div class="section-head">
          <h3 id="venues-title">{t().venues}</h3>
          <Show when={!readOnly()}>
            <button type="button" class="btn primary" data-testid="add-venue" onClick={addVenue}>
              {t().addVenue}
            </button>
          </Show>
        </div>
        <p class="muted hint">{t().venuesIntro}</p>
        <Show when={venues().length > 0} fallback={<p class="muted">{t().noVenues}</p>}>
          <ol class="entry-list">
            <For each={venues()}>
              {(venue, index) => (
                <VenueCard
                  session={props.session}
                  venue={venue}
                  index={index()}
                  count={venues().length}
                  readOnly={readOnly()}
                  onEditingChange={props.onEditingChange}
                  onError={setError}
                />
              )}
            </For>
          </ol>
        </Show>
      </section>

      <section class="rooms-section" aria-labelledby="room-list-title" data-testid="rooms">
        <div class="section-head">
          <h3 id="room-list-title">{t().rooms}</h3>
          <Show when={!readOnly()}>
            <button type="button" class="btn primary" data-testid="add-room" onClick={addRoom}>
              {t().addRoom}
            </button>
          </Show>
        </div>
        <p class="muted hint">{t().roomsIntro}</p>
        <Show when={rooms().length > 0} fallback={<p class="muted">{t().noRooms}</p>}>
          <ol class="entry-list">
            <For each={rooms()}>
              {(room, index) => (
                <RoomCard
                  session={props.session}
                  room={room}
                  index={index()}
                  count={rooms().length}
                  venues={venues()}
                  readOnly={readOnly()}
                  onEditingChange={props.onEditingChange}
                  onError={setError}
                />
              )}
            </For>
          </ol>
        </Show>
      </section>
    </ViewPanel>
  )
}
