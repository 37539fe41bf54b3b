import { type Component, For, Show } from 'solid-js'
import { mergeProposal } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { excerpt } from '../meetings/format'
import { isUndecided } from './format'
import '../meetings/suggestion-actions.css'

/** The form that merges a proposal into another one still undecided. */
export const MergeProposalForm: Component<{
  session: EditionSession
  proposalId: string
  /** The proposal chosen to merge into: the card keeps it, so that the form opened again finds it. */
  into: string
  onInto: (id: string) => void
  /** Makes a change to the edition: why it was refused, or null. */
  edit: (change: Parameters<EditionSession['edit']>[0]) => string | null
  onClose: () => void
}> = (props) => {
  const { t, locale } = useI18n()
  const others = () =>
    props.session.edition.proposals.filter(
      (each) => each.id !== props.proposalId && isUndecided(each),
    )
  const merge = (event: SubmitEvent) => {
    event.preventDefault()
    const target = props.into
    if (
      target &&
      !props.edit((doc, origin) => mergeProposal(doc, props.proposalId, target, origin))
    )
      props.onClose()
  }
  return (
    <form class="suggestion-form merge-form" data-testid="proposal-merge-form" onSubmit={merge}>
      <Show when={others().length > 0} fallback={<p class="muted">{t().proposals.mergeNone}</p>}>
        <label class="select-field">
          <span class="field-label">{t().proposals.mergeInto}</span>
          <select
            data-testid="merge-into"
            value={props.into}
            onChange={(event) => props.onInto(event.currentTarget.value)}
          >
            <option value="" disabled>
              —
            </option>
            <For each={others()}>
              {(each) => (
                <option value={each.id}>{excerpt(pickText(each.title, locale()).main, 70)}</option>
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
            disabled={props.into === ''}
          >
            {t().proposals.mergeConfirm}
          </button>
        </Show>
        <button type="button" class="btn" onClick={props.onClose}>
          {t().proposals.cancel}
        </button>
      </div>
    </form>
  )
}
