import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import {
  acceptProposal,
  DEFAULT_SESSION_MINUTES,
  type Proposal,
  SLOT_MINUTES,
} from '../../shared/doc/edition'
import { formatDay } from '../edition/format'
import { START_TIMES } from '../edition/grid-layout'
import { pickText } from '../edition/list'
import { useI18n } from '../i18n'
import { editionDays } from '../proposals/format'
import type { EditionSession } from '../sync/edition-session'

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
  const { t, locale } = useI18n()
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
        <label class="select-field">
          <span class="field-label">{t().edition.editor.day}</span>
          <select
            data-testid="accept-day"
            value={day()}
            onChange={(event) => setDay(event.currentTarget.value)}
          >
            <For each={days()}>
              {(each) => <option value={each}>{formatDay(each, locale(), 'tab')}</option>}
            </For>
          </select>
        </label>
        <label class="select-field">
          <span class="field-label">{t().edition.editor.start}</span>
          <select
            data-testid="accept-start"
            value={start()}
            onChange={(event) => setStart(event.currentTarget.value)}
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
            data-testid="accept-duration"
            value={duration()}
            onInput={(event) => setDuration(Number(event.currentTarget.value))}
          />
        </label>
        <label class="select-field wide">
          <span class="field-label">{t().edition.editor.room}</span>
          <select
            data-testid="accept-room"
            value={roomId()}
            onChange={(event) => setRoomId(event.currentTarget.value)}
          >
            <option value="">{t().edition.noRoom}</option>
            <For each={rooms()}>
              {(room) => <option value={room.id}>{pickText(room.name, locale()).main}</option>}
            </For>
          </select>
        </label>
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
