import { type Component, createSignal, Show } from 'solid-js'
import type { Me } from '../../../shared/access'
import {
  type Proposal,
  reviewProposal,
  type Theme,
  toggleProposalSupport,
  updateProposal,
} from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { wallPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { SupportButton } from '../../ui/SupportButton'
import { excerpt } from '../meetings/format'
import { AcceptProposalForm } from './AcceptProposalForm'
import { isUndecided } from './format'
import { MergeProposalForm } from './MergeProposalForm'
import { ProposalComments } from './ProposalComments'
import { ProposalFields } from './ProposalFields'
import { ProposalOutcome } from './ProposalOutcome'
import { ProposalTriage } from './ProposalTriage'
import '../meetings/suggestion-actions.css'
import './proposals.css'

type Mode = 'merge' | 'accept' | null

/** Who signed in, for +1s and comments. */
type SignedIn = Me['person']

/**
 * One workshop proposal: its title and description in French and Japanese
 * side by side (the committees translate them here), theme, co-proposers,
 * the suggestion it came from, +1s, comments and the committees' decision.
 */
export const ProposalCard: Component<{
  editionId: string
  session: EditionSession
  proposal: Proposal
  workshops: readonly Theme[]
  readOnly: boolean
  member: SignedIn | null
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { t } = useI18n()
  const edition = props.session.edition
  const [mode, setMode] = createSignal<Mode>(null)
  const [into, setInto] = createSignal('')
  const id = props.proposal.id
  const status = () => props.proposal.status
  const edit = (change: Parameters<EditionSession['edit']>[0]) => {
    const refused = props.session.edit(change)
    props.onError(refused)
    return refused
  }
  const review = (next: 'submitted' | 'under_review' | 'declined') =>
    edit((doc, origin) => reviewProposal(doc, id, next, origin))
  const supported = () =>
    props.member !== null && props.proposal.supporterIds.includes(props.member.id)
  const toggle = () => {
    const member = props.member
    if (member) edit((doc, origin) => void toggleProposalSupport(doc, id, member.id, origin))
  }
  const suggestion = () =>
    edition.suggestions.find((each) => each.id === props.proposal.suggestionId)
  const comments = () => edition.proposalComments.filter((each) => each.proposalId === id)
  const decided = () => !isUndecided(props.proposal)

  return (
    <article
      class="proposal"
      id={`proposal-${id}`}
      data-testid="proposal"
      data-proposal-id={id}
      data-status={status()}
    >
      <LocalizedTextGroup
        session={props.session}
        path={{ collection: 'proposals', id, field: 'title' }}
        legend={t().proposals.proposalTitle}
        text={props.proposal.title}
        isTitle={true}
        rows={2}
        readOnly={props.readOnly}
        testIdPrefix={`proposal-title-${id}`}
        onEditingChange={props.onEditingChange}
      />
      <LocalizedTextGroup
        session={props.session}
        path={{ collection: 'proposals', id, field: 'description' }}
        legend={t().proposals.description}
        text={props.proposal.description}
        isTitle={false}
        rows={3}
        readOnly={props.readOnly}
        testIdPrefix={`proposal-description-${id}`}
        onEditingChange={props.onEditingChange}
      />
      <ProposalFields
        proposal={props.proposal}
        workshops={props.workshops}
        readOnly={props.readOnly}
        onUpdate={(patch) => edit((doc, origin) => updateProposal(doc, id, patch, origin))}
      />
      <Show when={suggestion()}>
        {(from) => (
          <p class="proposal-origin muted">
            {t().proposals.fromSuggestion}{' '}
            <Link href={wallPath(props.editionId, from().meetingId)} testId="proposal-suggestion">
              « {excerpt(from().text, 60)} »
            </Link>
          </p>
        )}
      </Show>
      <ProposalOutcome
        editionId={props.editionId}
        session={props.session}
        proposal={props.proposal}
      />
      <div class="suggestion-actions">
        <SupportButton
          count={props.proposal.supporterIds.length}
          supported={supported()}
          canSupport={!props.readOnly && !!props.member}
          onToggle={toggle}
        />
        <Show when={!props.readOnly && mode() === null}>
          <ProposalTriage
            status={status()}
            decided={decided()}
            onReview={review}
            onAccept={() => setMode('accept')}
            onMerge={() => setMode('merge')}
          />
        </Show>
      </div>
      <Show when={!props.readOnly && !decided() && mode() === 'merge'}>
        <MergeProposalForm
          session={props.session}
          proposalId={id}
          into={into()}
          onInto={setInto}
          edit={edit}
          onClose={() => setMode(null)}
        />
      </Show>
      <Show when={!props.readOnly && !decided() && mode() === 'accept'}>
        <AcceptProposalForm
          session={props.session}
          proposal={props.proposal}
          onDone={() => setMode(null)}
        />
      </Show>
      <ProposalComments
        session={props.session}
        proposalId={id}
        comments={comments()}
        member={props.member}
        readOnly={props.readOnly}
        onError={props.onError}
      />
    </article>
  )
}
