import { type Component, createSignal, For, Show } from 'solid-js'
import {
  convertSuggestionToSession,
  type SessionKind,
  SessionKind as SessionKinds,
  type Suggestion,
  SuggestionTarget,
  type Theme,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { FormActions } from '../../ui/FormActions'
import { createSessionPlace, NewSessionPlaceFields } from '../programme/SessionPlaceFields'
import { workshopLabel } from './format'
import '../../ui/localized-text.css'
import './suggestion-actions.css'

/** The kind of session a suggestion most likely becomes, by what it is about. */
const KIND_OF_TARGET: Record<SuggestionTarget, SessionKind> = {
  global_theme: SessionKinds.Plenary,
  workshop: SessionKinds.Workshop,
  programme: SessionKinds.Other,
  other: SessionKinds.Other,
}

/**
 * Turns `suggestion` into a programme session: when and where, its kind
 * (a workshop on the suggestion's workshop theme if it was about one), and
 * its title, prefilled with the suggestion in French and Japanese for the
 * committee to translate. The session and the link back are one change.
 */
export const ConvertSuggestionForm: Component<{
  session: EditionSession
  suggestion: Suggestion
  workshops: readonly Theme[]
  onDone: () => void
}> = (props) => {
  const { t, locale } = useI18n()
  const place = createSessionPlace(props.session.edition)
  const themeId = () =>
    props.suggestion.target === SuggestionTarget.Workshop &&
    props.workshops.some((theme) => theme.id === props.suggestion.themeId)
      ? props.suggestion.themeId
      : null
  const [kind, setKind] = createSignal<SessionKind>(KIND_OF_TARGET[props.suggestion.target])
  const [titleFr, setTitleFr] = createSignal(props.suggestion.text)
  const [titleJa, setTitleJa] = createSignal(props.suggestion.text)
  const [refused, setRefused] = createSignal<string | null>(null)

  const refusedText = () => {
    const reason = refused()
    return reason ? t().meetings.wall.refused(reason) : null
  }

  const convert = (event: SubmitEvent) => {
    event.preventDefault()
    const reason = props.session.edit((doc, origin) =>
      convertSuggestionToSession(
        doc,
        props.suggestion.id,
        {
          kind: kind(),
          title: { fr: titleFr().trim(), ja: titleJa().trim() },
          ...place.value(),
          themeId: themeId(),
        },
        origin,
      ),
    )
    setRefused(reason)
    if (!reason) props.onDone()
  }

  return (
    <form class="suggestion-form convert-form" data-testid="convert-form" onSubmit={convert}>
      <h4>{t().meetings.wall.convertTitle}</h4>
      <div class="convert-fields">
        <label class="select-field">
          <span class="field-label">{t().edition.editor.kind}</span>
          <select
            data-testid="convert-kind"
            value={kind()}
            onChange={(event) => setKind(event.currentTarget.value as SessionKind)}
          >
            <For each={Object.values(SessionKinds)}>
              {(each) => <option value={each}>{t().edition.kind[each]}</option>}
            </For>
          </select>
        </label>
        <NewSessionPlaceFields place={place} testIdPrefix="convert" />
      </div>
      <Show when={themeId()}>
        <p class="convert-theme">
          <span class="field-label">{t().meetings.wall.convertTheme}</span>
          {workshopLabel(themeId(), props.workshops, locale(), t())}
        </p>
      </Show>
      <fieldset class="text-group">
        <legend>{t().edition.editor.sessionTitle}</legend>
        <div class="side-by-side two">
          <label class="text-field">
            <span class="field-label">{t().edition.editor.lang.fr}</span>
            <textarea
              lang="fr"
              rows={3}
              data-testid="convert-title-fr"
              value={titleFr()}
              onInput={(event) => setTitleFr(event.currentTarget.value)}
            />
          </label>
          <label class="text-field">
            <span class="field-label">{t().edition.editor.lang.ja}</span>
            <textarea
              lang="ja"
              rows={3}
              data-testid="convert-title-ja"
              value={titleJa()}
              onInput={(event) => setTitleJa(event.currentTarget.value)}
            />
          </label>
        </div>
      </fieldset>
      <p class="muted hint">{t().meetings.wall.convertHint}</p>
      <FormActions
        refused={refusedText()}
        submit={t().meetings.wall.convertSubmit}
        submitTestid="convert-confirm"
        cancel={t().meetings.wall.cancel}
        onCancel={() => props.onDone()}
      />
    </form>
  )
}
