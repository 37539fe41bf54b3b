import { type Component, createSignal, For, Show } from 'solid-js'
import { mergeSuggestion, type Suggestion, SuggestionStatus } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { excerpt } from './format'
import './suggestion-actions.css'

/** Chooses the suggestion that `suggestion` says again, and merges it there. */
export const MergeSuggestionForm: Component<{
  session: EditionSession
  suggestion: Suggestion
  siblings: readonly Suggestion[]
  onDone: () => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { t } = useI18n()
  // Not into itself, nor into one already merged or dismissed: merges never go round in a circle.
  const candidates = () =>
    props.siblings.filter(
      (each) =>
        each.id !== props.suggestion.id &&
        each.status !== SuggestionStatus.Merged &&
        each.status !== SuggestionStatus.Dismissed,
    )
  const [into, setInto] = createSignal('')
  const merge = (event: SubmitEvent) => {
    event.preventDefault()
    const target = into()
    if (!target) return
    const refused = props.session.edit((doc, origin) =>
      mergeSuggestion(doc, props.suggestion.id, target, origin),
    )
    props.onError(refused)
    if (!refused) props.onDone()
  }
  return (
    <form class="suggestion-form merge-form" data-testid="merge-form" onSubmit={merge}>
      <Show
        when={candidates().length > 0}
        fallback={<p class="muted">{t().meetings.wall.mergeNone}</p>}
      >
        <label class="select-field">
          <span class="field-label">{t().meetings.wall.mergeInto}</span>
          <select
            data-testid="merge-into"
            value={into()}
            onChange={(event) => setInto(event.currentTarget.value)}
          >
            <option value="" disabled>
              —
            </option>
            <For each={candidates()}>
              {(each) => (
                <option value={each.id}>
                  {excerpt(each.text, 70)}
                  {each.authorName ? ` — ${each.authorName}` : ''}
                </option>
              )}
            </For>
          </select>
        </label>
      </Show>
      <div class="button-row">
        <Show when={candidates().length > 0}>
          <button
            type="submit"
            class="btn primary"
            data-testid="merge-confirm"
            disabled={into() === ''}
          >
            {t().meetings.wall.mergeConfirm}
          </button>
        </Show>
        <button type="button" class="btn" onClick={() => props.onDone()}>
          {t().meetings.wall.cancel}
        </button>
      </div>
    </form>
  )
}
