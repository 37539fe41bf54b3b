import { type Component, createMemo, createSignal, Show } from 'solid-js'
import { acceptProposal, DEFAULT_SESSION_MINUTES, type Proposal } from '../../shared/doc/edition'
import { useI18n } from '../i18n'
import { editionDays } from '../proposals/format'
import type { EditionSession } from '../sync/edition-session'
import { SessionPlaceFields } from './SessionPlaceFields'

const FIRST_START = '09:00'

/**
 * Accepts `proposal`: when and where its workshop session goes. The
 * session takes the proposal's title and theme; both are one change.
 */
export const AcceptProposalForm: Component<{
  session: EditionSession
  proposal: Proposal
  onDone: () => void
}> = (props) => {
  const { t } = useI18n()
  const edition = props.session.edition
  const days = createMemo(() => editionDays(edition))
  const rooms = () => [...edition.rooms].sort((a, b) => a.position - b.position)
  const [day, setDay] = createSignal(days()[0] ?? '')
  const [start, setStart] = createSignal(FIRST_START)
  const [duration, setDuration] = createSignal(DEFAULT_SESSION_MINUTES)
  const [roomId, setRoomId] = createSignal('')
  const [refused, setRefused] = createSignal<string | null>(null)

  const accept = (event: SubmitEvent) => {
    event.preventDefault()
    const reason = props.session.edit((doc, origin) => {
      acceptProposal(
        doc,
        props.proposal.id,
        { day: day(), start: start(), durationMinutes: duration(), roomId: roomId() || null },
        origin,
      )
    })
    setRefused(reason)
    if (!reason) props.onDone()
  }

  return (
    <form class="suggestion-form convert-form" data-testid="accept-form" onSubmit={accept}>
      <h4>{t().proposals.acceptTitle}</h4>
      <div class="convert-fields">
        <SessionPlaceFields
          testIdPrefix="accept"
          days={days()}
          rooms={rooms()}
          day={day()}
          start={start()}
          duration={duration()}
          roomId={roomId()}
          onDay={setDay}
          onStart={setStart}
          onDuration={setDuration}
          onRoom={setRoomId}
        />
      </div>
      <Show when={refused()}>
        {(reason) => (
          <p class="notice" role="alert">
            {t().proposals.refused(reason())}
          </p>
        )}
      </Show>
      <div class="button-row">
        <button type="submit" class="btn primary" data-testid="accept-confirm">
          {t().proposals.acceptSubmit}
        </button>
        <button type="button" class="btn" onClick={() => props.onDone()}>
          {t().proposals.cancel}
        </button>
      </div>
    </form>
  )
}
