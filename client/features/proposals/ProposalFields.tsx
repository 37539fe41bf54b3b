import { type Component, For, Show } from 'solid-js'
import type { Proposal, ProposalPatch, Theme } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { workshopLabel, writtenLang } from '../meetings/format'
import { ThemeSelect } from '../themes/ThemeSelect'
import { namesOf } from './format'
import './proposals.css'

/** A proposal's theme and co-proposing collectivités: fields to edit, or their text when read only. */
export const ProposalFields: Component<{
  proposal: Proposal
  workshops: readonly Theme[]
  readOnly: boolean
  onUpdate: (patch: ProposalPatch) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const id = props.proposal.id
  return (
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
              props.onUpdate({ themeId })
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
              props.onUpdate({ collectiviteNames: names })
            }}
          />
          <span class="muted hint">{t().proposals.collectivitesHint}</span>
        </Show>
      </div>
    </div>
  )
}
