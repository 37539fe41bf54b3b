import { type Component, createSignal } from 'solid-js'
import {
  convertSuggestionToProposal,
  type Suggestion,
  SuggestionTarget,
  type Theme,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { FormActions } from '../../ui/FormActions'
import { namesOf } from '../proposals/format'
import { ThemeSelect } from '../themes/ThemeSelect'
import { writtenLang } from './format'
import '../../ui/localized-text.css'
import './suggestion-actions.css'

/**
 * Turns `suggestion` into a workshop proposal: its title is the
 * suggestion's text (in the language it was written in, for the committee
 * to translate), its theme the workshop it was about, its co-proposer the
 * sender's collectivité (or one named here). One change, linked both ways.
 */
export const SuggestionToProposalForm: Component<{
  session: EditionSession
  suggestion: Suggestion
  workshops: readonly Theme[]
  onDone: () => void
}> = (props) => {
  const { t } = useI18n()
  const written = props.suggestion.text.trim()
  const [title, setTitle] = createSignal(written)
  const [themeId, setThemeId] = createSignal(
    props.suggestion.target === SuggestionTarget.Workshop &&
      props.workshops.some((theme) => theme.id === props.suggestion.themeId)
      ? (props.suggestion.themeId ?? '')
      : '',
  )
  const [names, setNames] = createSignal(props.suggestion.collectivite.trim())
  const [refused, setRefused] = createSignal<string | null>(null)
  const lang = () => writtenLang(title()) ?? 'fr'

  const refusedText = () => {
    const reason = refused()
    return reason ? t().meetings.wall.refused(reason) : null
  }

  const convert = (event: SubmitEvent) => {
    event.preventDefault()
    const reason = props.session.edit((doc, origin) => {
      convertSuggestionToProposal(
        doc,
        props.suggestion.id,
        {
          title: { [lang()]: title().trim() },
          themeId: themeId() || null,
          collectiviteNames: namesOf(names()),
        },
        origin,
      )
    })
    setRefused(reason)
    if (!reason) props.onDone()
  }

  return (
    <form class="suggestion-form convert-form" data-testid="to-proposal-form" onSubmit={convert}>
      <h4>{t().meetings.wall.toProposalTitle}</h4>
      <label class="text-field">
        <span class="field-label">
          {t().proposals.proposalTitle} · {t().edition.editor.lang[lang()]}
        </span>
        <textarea
          lang={lang()}
          rows={3}
          data-testid="to-proposal-title"
          value={title()}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
      </label>
      <div class="convert-fields">
        {/* biome-ignore lint/a11y/noLabelWithoutControl: the ThemeSelect inside is a <select> */}
        <label class="select-field wide">
          <span class="field-label">{t().proposals.theme}</span>
          <ThemeSelect
            testid="to-proposal-theme"
            workshops={props.workshops}
            value={themeId()}
            onChange={setThemeId}
          />
        </label>
        <label class="select-field wide">
          <span class="field-label">{t().meetings.wall.toProposalCollectivite}</span>
          <input
            type="text"
            data-testid="to-proposal-collectivite"
            value={names()}
            onInput={(event) => setNames(event.currentTarget.value)}
          />
        </label>
      </div>
      <p class="muted hint">{t().meetings.wall.toProposalHint}</p>
      <FormActions
        refused={refusedText()}
        submit={t().meetings.wall.toProposalSubmit}
        submitTestid="to-proposal-confirm"
        disabled={title().trim() === '' || names().trim() === ''}
        cancel={t().meetings.wall.cancel}
        onCancel={() => props.onDone()}
      />
    </form>
  )
}
