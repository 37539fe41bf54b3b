import { type Component, createSignal, Match, Show, Switch } from 'solid-js'
import {
  type Suggestion,
  SuggestionStatus,
  type Theme,
  toggleSupport,
  triageSuggestion,
} from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { sessionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { useTimeOfDayText } from '../../ui/moment'
import { SupportButton } from '../../ui/SupportButton'
import { proposalPath } from '../proposals/format'
import { ConvertSuggestionForm } from './ConvertSuggestionForm'
import { excerpt, targetLabel, writtenLang } from './format'
import { MergeSuggestionForm } from './MergeSuggestionForm'
import { SuggestionToProposalForm } from './SuggestionToProposalForm'
import './suggestion-card.css'
import './suggestion-actions.css'

type Mode = 'merge' | 'convert' | 'proposal' | null

/** Where a triaged suggestion went: the one it was merged into, or the session it became. */
const Outcome: Component<{
  editionId: string
  session: EditionSession
  suggestion: Suggestion
  siblings: readonly Suggestion[]
}> = (props) => {
  const { t, locale } = useI18n()
  const into = () => props.siblings.find((each) => each.id === props.suggestion.mergedIntoId)
  const session = () =>
    props.session.edition.sessions.find((each) => each.id === props.suggestion.sessionId)
  return (
    <Switch>
      <Match when={props.suggestion.status === SuggestionStatus.Merged && into()}>
        {(target) => (
          <p class="suggestion-outcome">
            {t().meetings.wall.mergedInto(excerpt(target().text, 40))}
          </p>
        )}
      </Match>
      <Match when={props.suggestion.status === SuggestionStatus.Converted && session()}>
        {(made) => (
          <p class="suggestion-outcome converted">
            {t().meetings.wall.became}{' '}
            <Link
              href={sessionPath(props.editionId, made().id)}
              testId="converted-session"
              class="session-link"
            >
              {pickText(made().title, locale()).main || made().id}
            </Link>
          </p>
        )}
      </Match>
      <Match
        when={
          props.suggestion.status === SuggestionStatus.Converted &&
          props.session.edition.proposals.find((each) => each.id === props.suggestion.proposalId)
        }
      >
        {(proposal) => (
          <p class="suggestion-outcome converted">
            <Link
              href={proposalPath(props.editionId, proposal().id)}
              testId="converted-proposal"
              class="session-link"
            >
              {t().meetings.wall.becameProposal}
            </Link>
          </p>
        )}
      </Match>
      <Match when={props.suggestion.status === SuggestionStatus.Converted}>
        <p class="suggestion-outcome muted">{t().meetings.wall.sessionGone}</p>
      </Match>
    </Switch>
  )
}

/** One suggestion on the wall: its text, who sent it and when, its +1s, and its triage. */
export const SuggestionCard: Component<{
  editionId: string
  session: EditionSession
  suggestion: Suggestion
  /** Every suggestion of the meeting: to merge into, and to count those merged here. */
  siblings: readonly Suggestion[]
  workshops: readonly Theme[]
  readOnly: boolean
  /** The signed-in member, whose +1 the button gives or takes back. */
  personId: string | null
  /** Just sent: the card announces itself once. */
  arriving: boolean
  onArrived: () => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const timeText = useTimeOfDayText()
  const [mode, setMode] = createSignal<Mode>(null)
  const id = props.suggestion.id
  const status = () => props.suggestion.status
  const supported = () =>
    props.personId !== null && props.suggestion.supporterIds.includes(props.personId)
  const mergedHere = () =>
    props.siblings.filter(
      (each) => each.status === SuggestionStatus.Merged && each.mergedIntoId === id,
    ).length
  const open = () => status() === SuggestionStatus.New || status() === SuggestionStatus.Kept
  const edit = (change: Parameters<EditionSession['edit']>[0]) => {
    const refused = props.session.edit(change)
    props.onError(refused)
    return refused
  }
  const triage = (next: 'new' | 'kept' | 'dismissed') =>
    edit((doc, origin) => triageSuggestion(doc, id, next, origin))
  const toggle = () => {
    const person = props.personId
    if (person) edit((doc, origin) => toggleSupport(doc, id, person, origin))
  }

  return (
    <article
      class="suggestion"
      classList={{ arriving: props.arriving, expanded: mode() !== null }}
      onAnimationEnd={() => props.onArrived()}
      data-testid="suggestion"
      data-suggestion-id={id}
      data-status={status()}
      data-target={props.suggestion.target}
    >
      <p class="suggestion-text" lang={writtenLang(props.suggestion.text)}>
        {props.suggestion.text}
      </p>
      <div class="suggestion-meta">
        <span class="suggestion-author" data-testid="suggestion-author">
          <span lang={writtenLang(props.suggestion.authorName)}>
            {props.suggestion.authorName || t().meetings.wall.anonymous}
          </span>
          <Show when={props.suggestion.collectivite}>
            {' · '}
            <span lang={writtenLang(props.suggestion.collectivite)}>
              {props.suggestion.collectivite}
            </span>
          </Show>
        </span>
        <span class="tag target" data-testid="suggestion-target">
          {targetLabel(props.suggestion, props.workshops, locale(), t())}
        </span>
        <time class="muted" datetime={props.suggestion.createdAt} data-testid="suggestion-time">
          {timeText(props.suggestion.createdAt, props.session.edition.meta.timeZone)}
        </time>
        <Show when={status() !== SuggestionStatus.New}>
          <span class="tag status" data-status={status()}>
            {t().meetings.wall.status[status()]}
          </span>
        </Show>
      </div>
      <Outcome
        editionId={props.editionId}
        session={props.session}
        suggestion={props.suggestion}
        siblings={props.siblings}
      />
      <Show when={mergedHere() > 0}>
        <p class="suggestion-outcome muted">{t().meetings.wall.mergedHere(mergedHere())}</p>
      </Show>
      <div class="suggestion-actions">
        <SupportButton
          count={props.suggestion.supporterIds.length}
          supported={supported()}
          canSupport={!props.readOnly && !!props.personId}
          onToggle={toggle}
        />
        <Show when={!props.readOnly && mode() === null}>
          <span class="triage">
            <Show when={status() === SuggestionStatus.New}>
              <button type="button" class="btn" data-testid="keep" onClick={() => triage('kept')}>
                {t().meetings.wall.keep}
              </button>
            </Show>
            <Show when={open()}>
              <button
                type="button"
                class="btn"
                data-testid="merge"
                onClick={() => setMode('merge')}
              >
                {t().meetings.wall.merge}
              </button>
              <button
                type="button"
                class="btn"
                data-testid="convert"
                onClick={() => setMode('convert')}
              >
                {t().meetings.wall.convert}
              </button>
              <button
                type="button"
                class="btn"
                data-testid="to-proposal"
                onClick={() => setMode('proposal')}
              >
                {t().meetings.wall.toProposal}
              </button>
              <button
                type="button"
                class="btn danger"
                data-testid="dismiss"
                onClick={() => triage('dismissed')}
              >
                {t().meetings.wall.dismiss}
              </button>
            </Show>
            <Show
              when={status() !== SuggestionStatus.New && status() !== SuggestionStatus.Converted}
            >
              <button type="button" class="btn" data-testid="restore" onClick={() => triage('new')}>
                {t().meetings.wall.restore}
              </button>
            </Show>
          </span>
        </Show>
      </div>
      <Show when={!props.readOnly && open() && mode() === 'merge'}>
        <MergeSuggestionForm
          session={props.session}
          suggestion={props.suggestion}
          siblings={props.siblings}
          onDone={() => setMode(null)}
          onError={props.onError}
        />
      </Show>
      <Show when={!props.readOnly && open() && mode() === 'convert'}>
        <ConvertSuggestionForm
          session={props.session}
          suggestion={props.suggestion}
          workshops={props.workshops}
          onDone={() => setMode(null)}
        />
      </Show>
      <Show when={!props.readOnly && open() && mode() === 'proposal'}>
        <SuggestionToProposalForm
          session={props.session}
          suggestion={props.suggestion}
          workshops={props.workshops}
          onDone={() => setMode(null)}
        />
      </Show>
    </article>
  )
}
