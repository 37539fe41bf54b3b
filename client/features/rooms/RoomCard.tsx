import { type Component, Show } from 'solid-js'
import {
  deleteRoom,
  type Room,
  reorderRoom,
  type Venue,
  WarningCode,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { focusTestId } from './focus'
import { MoveButtons } from './MoveButtons'
import { RoomFacts } from './RoomFacts'
import { roomHolding } from './room-sessions'
import { roomsMessages } from './rooms-messages'

/**
 * One room, a column of the grid: its name in every language, its
 * capacity, booths and venue, what it holds, its place among the columns
 * and its deletion, which says what becomes of its sessions.
 */
export const RoomCard: Component<{
  session: EditionSession
  room: Room
  /** Its column in the grid, from 0. */
  index: number
  count: number
  venues: Venue[]
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(roomsMessages)
  const edition = props.session.edition
  const id = props.room.id
  const name = () => pickText(props.room.name, locale()).main || t().untitledRoom
  const holding = () => roomHolding(id, edition.sessions, edition.rooms)
  /** How many sessions in this room have a warning of `code` about it. */
  const warned = (
    code: typeof WarningCode.InterpretationWithoutBooths | typeof WarningCode.RoomOverCapacity,
  ) =>
    new Set(
      props.session
        .warnings()
        .flatMap((warning) =>
          warning.code === code && warning.roomId === id ? [warning.sessionId] : [],
        ),
    ).size
  const edit = (change: Parameters<EditionSession['edit']>[0]) =>
    props.onError(props.session.edit(change))
  return (
    <li class="panel room-card" data-testid="room-card" data-room-id={id}>
      <header class="entry-head">
        <h4>
          <span class="tag">{t().column(props.index + 1)}</span>{' '}
          <Bilingual text={props.room.name} />
        </h4>
        <Show when={!props.readOnly}>
          <MoveButtons
            axis="row"
            earlierLabel={t().moveLeft(name())}
            laterLabel={t().moveRight(name())}
            isFirst={props.index === 0}
            isLast={props.index === props.count - 1}
            testIdPrefix={`room-${id}-move`}
            onMove={(direction) => edit((doc, origin) => reorderRoom(doc, id, direction, origin))}
          />
          <ConfirmAction
            label={t().deleteRoom}
            question={t().deleteRoomQuestion(holding().held.length, holding().onlyHere)}
            confirm={t().confirmDelete}
            cancel={t().cancel}
            testId={`delete-room-${id}`}
            onConfirm={() => {
              edit((doc, origin) => deleteRoom(doc, id, origin))
              // The card and its focus are gone: the keyboard goes on from the list's button.
              focusTestId('add-room')
            }}
          />
        </Show>
      </header>
      <LocalizedTextGroup
        session={props.session}
        path={{ collection: 'rooms', id, field: 'name' }}
        legend={t().roomName}
        text={props.room.name}
        isTitle
        rows={1}
        readOnly={props.readOnly}
        testIdPrefix={`room-${id}-name`}
        onEditingChange={props.onEditingChange}
      />
      <RoomFacts
        session={props.session}
        room={props.room}
        venues={props.venues}
        readOnly={props.readOnly}
        onError={props.onError}
      />
      <ul class="room-notes">
        <li data-testid={`room-${id}-holds`}>{t().holds(holding().held.length)}</li>
        <Show when={warned(WarningCode.InterpretationWithoutBooths)}>
          {(count) => <li class="warning">{t().needsBooths(count())}</li>}
        </Show>
        <Show when={warned(WarningCode.RoomOverCapacity)}>
          {(count) => <li class="warning">{t().overCapacity(count())}</li>}
        </Show>
      </ul>
    </li>
  )
}
