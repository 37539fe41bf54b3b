import { type Component, createSignal, For, Match, Show, Switch } from 'solid-js'
import type { Me } from '../../../shared/access'
import {
  commentProposal,
  mergeProposal,
  type Proposal,
  type ProposalComment,
  ProposalStatus,
  reviewProposal,
  type Theme,
  toggleProposalSupport,
  updateProposal,
} from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { sessionPath, wallPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { useTimeOfDayText } from '../../ui/moment'
import { SupportButton } from '../../ui/SupportButton'
import { excerpt, workshopLabel, writtenLang } from '../meetings/format'
import { ThemeSelect } from '../themes/ThemeSelect'
import { AcceptProposalForm } from './AcceptProposalForm'
import { isUndecided, namesOf, proposalPath } from './format'

type Mode = 'merge' | 'accept' | null

/** Who signed in, for +1s and comments. */
type SignedIn = Me['person']

/** Where a decided proposal went: the proposal it was merged into, or its session. */
const Outcome: Component<{
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

/** The comments of a proposal, oldest first, and a box to add one. */
const Comments: Component<{
  session: EditionSession
  proposalId: string
  comments: readonly ProposalComment[]
  member: SignedIn | null
  readOnly: boolean
  onError: (reason: string | null) => void
}> = (props) => {
  const { t } = useI18n()
  const timeText = useTimeOfDayText()
  const [text, setText] = createSignal('')
  const send = (event: SubmitEvent) => {
    event.preventDefault()
    const member = props.member
    if (!member || !text().trim()) return
    const refused = props.session.edit((doc, origin) => {
      commentProposal(
        doc,
        {
          proposalId: props.proposalId,
          authorId: member.id,
          authorName: member.name,
          text: text(),
        },
        origin,
      )
    })
    props.onError(refused)
    if (!refused) setText('')
  }
  return (
    <details class="proposal-comments" open={props.comments.length > 0}>
      <summary data-testid="comment-count">{t().proposals.comments(props.comments.length)}</summary>
      <ul class="comment-list">
        <For each={props.comments}>
          {(comment) => (
            <li data-testid="proposal-comment">
              <span class="comment-author">{comment.authorName}</span>{' '}
              <time class="muted" datetime={comment.createdAt}>
                {timeText(comment.createdAt, props.session.edition.meta.timeZone)}
              </time>
              <p lang={writtenLang(comment.text)}>{comment.text}</p>
            </li>
          )}
        </For>
      </ul>
      <Show when={!props.readOnly && props.member}>
        <form class="comment-form" onSubmit={send}>
          <label class="field-label" for={`comment-${props.proposalId}`}>
            {t().proposals.comment}
          </label>
          <textarea
            id={`comment-${props.proposalId}`}
            rows={2}
            data-testid="comment-text"
            value={text()}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button
            type="submit"
            class="btn"
            data-testid="comment-send"
            disabled={text().trim() === ''}
          >
            {t().proposals.commentSend}
          </button>
        </form>
      </Show>
    </details>
  )
}

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
  const { t, locale } = useI18n()
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
  const others = () => edition.proposals.filter((each) => each.id !== id && isUndecided(each))
  const merge = (event: SubmitEvent) => {
    event.preventDefault()
    const target = into()
    if (target && !edit((doc, origin) => mergeProposal(doc, id, target, origin))) setMode(null)
  }
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
      <div class="proposal-fields">
        {/* biome-ignore lint/a11y/noLabelWithoutControl: the ThemeSelect inside is a <select> */}
        <label class="select-field">
          <span class="field-label">{t().proposals.theme}</span>
          <Show
            when={!props.readOnly}
            fallback={
              <span data-testid="proposal-theme">
                {props.proposal.themeId
                  ? workshopLabel(props.proposal.themeId, props.workshops, locale(), t())
                  : t().proposals.noTheme}
              </span>
            }
          >
            <ThemeSelect
              testid="proposal-theme"
              workshops={props.workshops}
              value={props.proposal.themeId ?? ''}
              onChange={(value) => {
                const themeId = value || null
                edit((doc, origin) => updateProposal(doc, id, { themeId }, origin))
              }}
            />
          </Show>
        </label>
        <div class="select-field wide">
          <span class="field-label" id={`proposers-${id}`}>
            {t().proposals.collectivites}
          </span>
          <Show
            when={!props.readOnly}
            fallback={
              <ul class="proposers" data-testid="proposal-collectivites">
                <For each={props.proposal.collectiviteNames}>
                  {(name) => <li lang={writtenLang(name)}>{name}</li>}
                </For>
              </ul>
            }
          >
            <textarea
              rows={Math.max(2, props.proposal.collectiviteNames.length)}
              aria-labelledby={`proposers-${id}`}
              data-testid="proposal-collectivites"
              value={props.proposal.collectiviteNames.join('\n')}
              onChange={(event) => {
                const names = namesOf(event.currentTarget.value)
                if (names.length === 0) {
                  event.currentTarget.value = props.proposal.collectiviteNames.join('\n')
                  return
                }
                edit((doc, origin) => updateProposal(doc, id, { collectiviteNames: names }, origin))
              }}
            />
            <span class="muted hint">{t().proposals.collectivitesHint}</span>
          </Show>
        </div>
      </div>
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
      <Outcome editionId={props.editionId} session={props.session} proposal={props.proposal} />
      <div class="suggestion-actions">
        <SupportButton
          count={props.proposal.supporterIds.length}
          supported={supported()}
          canSupport={!props.readOnly && !!props.member}
          onToggle={toggle}
        />
        <Show when={!props.readOnly && mode() === null}>
          <span class="triage">
            <Show when={status() === ProposalStatus.Submitted}>
              <button
                type="button"
                class="btn"
                data-testid="review"
                onClick={() => review('under_review')}
              >
                {t().proposals.review}
              </button>
            </Show>
            <Show when={!decided()}>
              <button
                type="button"
                class="btn primary"
                data-testid="accept"
                onClick={() => setMode('accept')}
              >
                {t().proposals.accept}
              </button>
              <button
                type="button"
                class="btn"
                data-testid="merge"
                onClick={() => setMode('merge')}
              >
                {t().proposals.merge}
              </button>
              <button
                type="button"
                class="btn danger"
                data-testid="decline"
                onClick={() => review('declined')}
              >
                {t().proposals.decline}
              </button>
            </Show>
            <Show
              when={status() !== ProposalStatus.Submitted && status() !== ProposalStatus.Accepted}
            >
              <button
                type="button"
                class="btn"
                data-testid="reopen"
                onClick={() => review('submitted')}
              >
                {t().proposals.reopen}
              </button>
            </Show>
          </span>
        </Show>
      </div>
      <Show when={!props.readOnly && !decided() && mode() === 'merge'}>
        <form class="suggestion-form merge-form" data-testid="proposal-merge-form" onSubmit={merge}>
          <Show
            when={others().length > 0}
            fallback={<p class="muted">{t().proposals.mergeNone}</p>}
          >
            <label class="select-field">
              <span class="field-label">{t().proposals.mergeInto}</span>
              <select
                data-testid="merge-into"
                value={into()}
                onChange={(event) => setInto(event.currentTarget.value)}
              >
                <option value="" disabled>
                  —
                </option>
                <For each={others()}>
                  {(each) => (
                    <option value={each.id}>
                      {excerpt(pickText(each.title, locale()).main, 70)}
                    </option>
                  )}
                </For>
              </select>
            </label>
          </Show>
          <div class="button-row">
            <Show when={others().length > 0}>
              <button
                type="submit"
                class="btn primary"
                data-testid="merge-confirm"
                disabled={into() === ''}
              >
                {t().proposals.mergeConfirm}
              </button>
            </Show>
            <button type="button" class="btn" onClick={() => setMode(null)}>
              {t().proposals.cancel}
            </button>
          </div>
        </form>
      </Show>
      <Show when={!props.readOnly && !decided() && mode() === 'accept'}>
        <AcceptProposalForm
          session={props.session}
          proposal={props.proposal}
          onDone={() => setMode(null)}
        />
      </Show>
      <Comments
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
