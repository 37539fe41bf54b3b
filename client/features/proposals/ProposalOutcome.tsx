import { type Component, Match, Switch } from 'solid-js'
import { type Proposal, ProposalStatus } from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { sessionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { proposalPath } from './format'
import '../meetings/suggestion-actions.css'

/** Where a decided proposal went: the proposal it was merged into, or its session. */
export const ProposalOutcome: Component<{
  editionId: string
  session: EditionSession
  proposal: Proposal
}> = (props) => {
  const { t, locale } = useI18n()
  const edition = props.session.edition
  const into = () => edition.proposals.find((each) => each.id === props.proposal.mergedIntoId)
  const made = () => edition.sessions.find((each) => each.id === props.proposal.sessionId)
  return (
    <Switch>
      <Match when={props.proposal.status === ProposalStatus.Merged && into()}>
        {(target) => (
          <p class="suggestion-outcome">
            {t().proposals.mergedInto}{' '}
            <a href={proposalPath(props.editionId, target().id)} data-testid="merged-into">
              {pickText(target().title, locale()).main}
            </a>
          </p>
        )}
      </Match>
      <Match when={props.proposal.status === ProposalStatus.Accepted && made()}>
        {(session) => (
          <p class="suggestion-outcome converted" data-testid="session-created">
            {t().proposals.sessionCreated}{' '}
            <Link
              href={sessionPath(props.editionId, session().id)}
              testId="proposal-session"
              class="session-link"
            >
              {pickText(session().title, locale()).main || session().id}
            </Link>
          </p>
        )}
      </Match>
      <Match when={props.proposal.status === ProposalStatus.Accepted}>
        <p class="suggestion-outcome muted">{t().proposals.sessionGone}</p>
      </Match>
    </Switch>
  )
}
