import { type Component, For, Show } from 'solid-js'
import {
  MAX_SUGGESTION_COLLECTIVITE_LENGTH,
  MAX_SUGGESTION_LENGTH,
  MAX_SUGGESTION_NAME_LENGTH,
  SuggestionTarget,
} from '../../../shared/doc/edition'
import type { FieldIssue } from '../../../shared/errors'
import type { PublicMeeting } from '../../../shared/meetings'
import { useI18n } from '../../lib/i18n'
import {
  Choice,
  isAboutField,
  PublicTextField,
  SendButton,
  FieldError as SharedFieldError,
  WorkshopChoiceText,
} from '../../ui/PublicForm'
import type { SuggestionDraft } from '../meetings/draft'
import './participant.css'

/** The fields a refusal may name, each shown beside its field. */
export const FORM_FIELDS = ['text', 'authorName', 'collectivite', 'target', 'themeId'] as const
export type FormField = (typeof FORM_FIELDS)[number]

const TARGETS = [
  SuggestionTarget.GlobalTheme,
  SuggestionTarget.Workshop,
  SuggestionTarget.Programme,
  SuggestionTarget.Other,
] as const

/** A participant's suggestion: the text, who sends it (optional), and what it is about. */
export const ParticipantForm: Component<{
  meeting: PublicMeeting
  draft: SuggestionDraft
  issues: FieldIssue[]
  busy: boolean
  onSend: () => void
  /** A field was changed: what the last refusal said of it no longer holds. */
  onEdit: (field: FormField) => void
}> = (props) => {
  const { t } = useI18n()
  const text = () => t().participant
  const invalid = (field: FormField) => props.issues.some((issue) => isAboutField(issue, field))
  const message = (field: FormField): string => {
    const errors = text().errors
    switch (field) {
      case 'text':
        return errors.text(MAX_SUGGESTION_LENGTH)
      case 'authorName':
        return errors.authorName(MAX_SUGGESTION_NAME_LENGTH)
      case 'collectivite':
        return errors.collectivite(MAX_SUGGESTION_COLLECTIVITE_LENGTH)
      case 'target':
        return errors.target
      case 'themeId':
        return errors.themeId
    }
  }
  const FieldError: Component<{ field: FormField }> = (error) => (
    <SharedFieldError
      name={error.field}
      shown={invalid(error.field)}
      message={message(error.field)}
    />
  )
  const length = () => props.draft.text().length
  // Only the workshop choice needs workshops: an edition without any offers the rest.
  const targets = () =>
    TARGETS.filter(
      (target) => target !== SuggestionTarget.Workshop || props.meeting.workshops.length > 0,
    )

  return (
    <form
      class="participant-form"
      data-testid="suggestion-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault()
        props.onSend()
      }}
    >
      <div class="form-field">
        <label class="field-label" for="suggestion-text">
          {text().text}
        </label>
        <textarea
          id="suggestion-text"
          rows={5}
          data-testid="suggestion-text"
          aria-invalid={invalid('text')}
          aria-describedby="suggestion-text-hint suggestion-counter error-text"
          value={props.draft.text()}
          onInput={(event) => {
            props.draft.setText(event.currentTarget.value)
            props.onEdit('text')
          }}
        />
        <div class="field-foot">
          <span id="suggestion-text-hint" class="muted">
            {text().textHint}
          </span>
          <span
            id="suggestion-counter"
            class="counter"
            classList={{ over: length() > MAX_SUGGESTION_LENGTH }}
            data-testid="suggestion-counter"
          >
            {text().counter(length(), MAX_SUGGESTION_LENGTH)}
          </span>
        </div>
        <FieldError field="text" />
      </div>

      <PublicTextField
        id="suggestion-name"
        label={text().name}
        optional={text().optional}
        name="authorName"
        invalid={invalid('authorName')}
        message={message('authorName')}
        autocomplete="name"
        value={props.draft.authorName()}
        onInput={(value) => {
          props.draft.setAuthorName(value)
          props.onEdit('authorName')
        }}
      />

      <PublicTextField
        id="suggestion-collectivite"
        label={text().collectivite}
        optional={text().optional}
        name="collectivite"
        invalid={invalid('collectivite')}
        message={message('collectivite')}
        autocomplete="organization"
        value={props.draft.collectivite()}
        onInput={(value) => {
          props.draft.setCollectivite(value)
          props.onEdit('collectivite')
        }}
      />

      <fieldset class="choices" aria-invalid={invalid('target')} data-testid="suggestion-target">
        <legend class="field-label">{text().target}</legend>
        <For each={targets()}>
          {(target) => (
            <Choice
              type="radio"
              name="target"
              value={target}
              testid={`target-${target}`}
              checked={props.draft.target() === target}
              onChange={() => {
                props.draft.setTarget(target)
                props.onEdit('target')
              }}
            >
              {text().targetChoice[target]}
            </Choice>
          )}
        </For>
        <FieldError field="target" />
      </fieldset>

      <Show when={props.draft.target() === SuggestionTarget.Workshop}>
        <fieldset
          class="choices workshops"
          aria-invalid={invalid('themeId')}
          data-testid="suggestion-workshop"
        >
          <legend class="field-label">{text().workshop}</legend>
          <For each={props.meeting.workshops}>
            {(workshop, index) => (
              <Choice
                type="radio"
                name="workshop"
                value={workshop.id}
                testid={`workshop-${workshop.id}`}
                checked={props.draft.themeId() === workshop.id}
                onChange={() => {
                  props.draft.setThemeId(workshop.id)
                  props.onEdit('themeId')
                }}
              >
                <WorkshopChoiceText number={index() + 1} title={workshop.title} />
              </Choice>
            )}
          </For>
          <FieldError field="themeId" />
        </fieldset>
      </Show>

      <SendButton
        testid="suggestion-send"
        busy={props.busy}
        send={text().send}
        sending={text().sending}
      />
    </form>
  )
}
