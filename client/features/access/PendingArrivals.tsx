import { type Component, createResource, createSignal, For, Show } from 'solid-js'
import type { Arrival } from '../../../shared/access'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { useMomentText } from '../../ui/moment'
import { accessMessages } from './access-messages'
import { approveArrival, fetchArrivals, refuseArrival } from './api'
import { useAuth } from './auth'
import './members.css'

/**
 * For an edition's owners: the people who came through a link made before a
 * revocation, each with the name they typed and the link they used, to
 * approve (a member with the link's role) or refuse. Nothing shows when
 * nobody waits.
 */
export const PendingArrivals: Component<{
  editionId: string
  /** The edition's time zone: when each link was made is on its clocks. */
  timeZone: string
  onDecided: () => void
}> = (props) => {
  const { t } = useI18n()
  const momentText = useMomentText()
  const own = useCatalogue(accessMessages)
  const auth = useAuth()
  const [arrivals, { refetch }] = createResource(
    () => props.editionId,
    (id) => auth.guard(fetchArrivals(id)),
  )
  const [failed, setFailed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const decide = async (arrival: Arrival, approve: boolean) => {
    setBusy(true)
    setFailed(false)
    try {
      await auth.guard(
        approve
          ? approveArrival(props.editionId, arrival.personId)
          : refuseArrival(props.editionId, arrival.personId),
      )
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
    void refetch()
    props.onDecided()
  }
  return (
    <Show when={!arrivals.error && (arrivals.latest?.length ?? 0) > 0}>
      <section class="arrivals" aria-labelledby="arrivals-title" data-testid="arrivals">
        <h3 class="subtitle" id="arrivals-title">
          {own().arrivalsTitle}
          <span class="count">{arrivals.latest?.length}</span>
        </h3>
        <p class="muted hint">{own().arrivalsHint}</p>
        <Show when={failed()}>
          <p class="notice" role="alert">
            {own().arrivalFailed}
          </p>
        </Show>
        <ul class="member-list">
          <For each={arrivals.latest ?? []}>
            {(arrival) => (
              <li class="member" data-testid="arrival" data-person-id={arrival.personId}>
                <span class="person-name" data-testid="arrival-name">
                  {arrival.name}
                </span>
                <span class="muted" data-testid="arrival-link">
                  {own().arrivedThrough(
                    arrival.invitation.createdByName,
                    momentText(arrival.invitation.createdAt, props.timeZone),
                  )}
                </span>
                <span class="tag role" data-role={arrival.role}>
                  {own().wouldBe(t().access.role[arrival.role])}
                </span>
                <span class="member-action">
                  <button
                    type="button"
                    class="btn primary"
                    data-testid="approve-arrival"
                    aria-label={own().approveLabel(arrival.name)}
                    disabled={busy()}
                    onClick={() => void decide(arrival, true)}
                  >
                    {own().approve}
                  </button>
                  <button
                    type="button"
                    class="btn danger"
                    data-testid="refuse-arrival"
                    aria-label={own().refuseLabel(arrival.name)}
                    disabled={busy()}
                    onClick={() => void decide(arrival, false)}
                  >
                    {own().refuse}
                  </button>
                </span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  )
}
