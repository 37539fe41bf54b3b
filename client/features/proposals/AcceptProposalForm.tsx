import { type Component, createSignal } from 'solid-js'
import { acceptProposal, type Proposal } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { FormActions } from '../../ui/FormActions'
import { createSessionPlace, NewSessionPlaceFields } from '../programme/SessionPlaceFields'
import '../meetings/suggestion-actions.css'

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
  const place = createSessionPlace(props.session.edition)
  const [refused, setRefused] = createSignal<string | null>(null)

  const refusedText = () => {
    const reason = refused()
    return reason ? t().proposals.refused(reason) : null
  }

  const accept = (event: SubmitEvent) => {
    event.preventDefault()
    const reason = props.session.edit((doc, origin) => {
      acceptProposal(doc, props.proposal.id, place.value(), origin)
    })
    setRefused(reason)
    if (!reason) props.onDone()
  }

  return (
    <form class="suggestion-form convert-form" data-testid="accept-form" onSubmit={accept}>
      <h4>{t().proposals.acceptTitle}</h4>
      <div class="convert-fields">
        <NewSessionPlaceFields place={place} testIdPrefix="accept" />
      </div>
      <FormActions
        refused={refusedText()}
        submit={t().proposals.acceptSubmit}
        submitTestid="accept-confirm"
        cancel={t().proposals.cancel}
        onCancel={() => props.onDone()}
      />
    </form>
  )
}
