import { type Component, Show } from 'solid-js'
import { type Proposal, ProposalStatus } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import '../meetings/suggestion-actions.css'

/** What the committees decide of a proposal: review it, accept, merge or decline it, reopen it. */
export const ProposalTriage: Component<{
  status: Proposal['status']
  decided: boolean
  onReview: (next: 'submitted' | 'under_review' | 'declined') => void
  onAccept: () => void
  onMerge: () => void
}> = (props) => {
  const { t } = useI18n()
  return (
    <span class="triage">
      <Show when={props.status === ProposalStatus.Submitted}>
        <button
          type="button"
          class="btn"
          data-testid="review"
          onClick={() => props.onReview('under_review')}
        >
          {t().proposals.review}
        </button>
      </Show>
      <Show when={!props.decided}>
        <button type="button" class="btn primary" data-testid="accept" onClick={props.onAccept}>
          {t().proposals.accept}
        </button>
        <button type="button" class="btn" data-testid="merge" onClick={props.onMerge}>
          {t().proposals.merge}
        </button>
        <button
          type="button"
          class="btn danger"
          data-testid="decline"
          onClick={() => props.onReview('declined')}
        >
          {t().proposals.decline}
        </button>
      </Show>
      <Show
        when={props.status !== ProposalStatus.Submitted && props.status !== ProposalStatus.Accepted}
      >
        <button
          type="button"
          class="btn"
          data-testid="reopen"
          onClick={() => props.onReview('submitted')}
        >
          {t().proposals.reopen}
        </button>
      </Show>
    </span>
  )
}
