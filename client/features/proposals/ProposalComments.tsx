import { type Component, createSignal, For, Show } from 'solid-js'
import type { Me } from '../../../shared/access'
import { commentProposal, type ProposalComment } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { useTimeOfDayText } from '../../ui/moment'
import { writtenLang } from '../meetings/format'
import './proposals.css'

/** The comments of a proposal, oldest first, and a box to add one. */
export const ProposalComments: Component<{
  session: EditionSession
  proposalId: string
  comments: readonly ProposalComment[]
  /** Who signed in, to comment as. */
  member: Me['person'] | null
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
