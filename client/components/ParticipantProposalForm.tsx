import { type Component, createSignal, For, Match, Show, Switch } from 'solid-js'
import type { FieldIssue } from '../../shared/errors'
import type { PublicMeeting } from '../../shared/meetings'
import { useI18n } from '../i18n'
import { sendProposal } from '../meetings/api'
import { writtenLang } from '../meetings/format'
import { namesOf } from '../proposals/format'
import { Bilingual } from './Bilingual'
import {
  FieldError,
  focusFirstInvalid,
  isAboutField,
  ProblemNotice,
  PublicField,
  readRefusal,
  ThanksPanel,
} from './PublicForm'

const FIELDS = ['title', 'description', 'themeId', 'collectiviteNames'] as const
type Field = (typeof FIELDS)[number]

type Problem = 'closed' | 'tooMany' | 'network' | 'other'

/**
 * A collectivité's workshop proposal from a participant's phone: a title
 * and description in the phone's language (the committee translates), a
 * theme, and the proposing collectivités. A refusal keeps everything typed.
 */
export const ParticipantProposalForm: Component<{ token: string; meeting: PublicMeeting }> = (
  props,
) => {
  const { t, locale } = useI18n()
  const text = () => t().participant.proposal
  const [title, setTitle] = createSignal('')
  const [description, setDescription] = createSignal('')
  const [themeId, setThemeId] = createSignal('')
  const [names, setNames] = createSignal('')
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [problem, setProblem] = createSignal<Problem | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [sent, setSent] = createSignal(false)
  const invalid = (field: Field) => issues().some((issue) => isAboutField(issue, field))
  const edited = (field: Field) =>
    setIssues((now) => now.filter((issue) => !isAboutField(issue, field)))
  // Written in Japanese, it is the Japanese title whatever the interface; else the page's language.
  const lang = (): 'fr' | 'ja' =>
    writtenLang(title() + description()) ?? (locale() === 'ja' ? 'ja' : 'fr')

  const send = async (event: SubmitEvent) => {
    event.preventDefault()
    setBusy(true)
    setIssues([])
    setProblem(null)
    try {
      await sendProposal(props.token, {
        title: { [lang()]: title() },
        description: description().trim() ? { [lang()]: description() } : {},
        themeId: themeId() || null,
        collectiviteNames: namesOf(names()),
      })
      setTitle('')
      setDescription('')
      setSent(true)
    } catch (error) {
      const refusal = readRefusal(error, FIELDS)
      setIssues(refusal.issues)
      setProblem(refusal.problem)
      if (refusal.checked) focusFirstInvalid('.proposal-form')
    } finally {
      setBusy(false)
    }
  }
  const problemText = (which: Problem) => {
    const participant = t().participant
    switch (which) {
      case 'closed':
        return participant.closed
      case 'tooMany':
        return participant.errors.tooMany
      case 'network':
        return participant.errors.network
      case 'other':
        return participant.errors.other
    }
  }

  return (
    <Switch>
      <Match when={sent()}>
        <ThanksPanel testid="proposal-thanks" thanks={text().thanks} hint={text().thanksHint}>
          <button
            type="button"
            class="btn primary send"
            data-testid="propose-another"
            onClick={() => setSent(false)}
          >
            {text().another}
          </button>
        </ThanksPanel>
      </Match>
      <Match when={true}>
        <p class="muted participant-intro">{text().intro}</p>
        <Show when={problem()}>
          {(which) => (
            <ProblemNotice
              testid="proposal-problem"
              problem={which()}
              message={problemText(which())}
            />
          )}
        </Show>
        <form
          class="participant-form proposal-form"
          data-testid="proposal-form"
          novalidate
          onSubmit={(event) => void send(event)}
        >
          <PublicField
            for="proposal-title"
            label={text().title}
            name="proposal-title"
            invalid={invalid('title')}
            message={text().errors.title}
          >
            <input
              id="proposal-title"
              type="text"
              lang={lang()}
              data-testid="proposal-title"
              aria-invalid={invalid('title')}
              aria-describedby="proposal-title-hint"
              value={title()}
              onInput={(event) => {
                setTitle(event.currentTarget.value)
                edited('title')
              }}
            />
            <span id="proposal-title-hint" class="muted">
              {text().titleHint}
            </span>
          </PublicField>
          <PublicField
            for="proposal-description"
            label={text().description}
            optional={t().participant.optional}
            name="proposal-description"
            invalid={invalid('description')}
            message={text().errors.description}
          >
            <textarea
              id="proposal-description"
              rows={5}
              lang={lang()}
              data-testid="proposal-description"
              aria-invalid={invalid('description')}
              value={description()}
              onInput={(event) => {
                setDescription(event.currentTarget.value)
                edited('description')
              }}
            />
          </PublicField>
          <fieldset
            class="choices workshops"
            aria-invalid={invalid('themeId')}
            data-testid="proposal-theme"
          >
            <legend class="field-label">{text().theme}</legend>
            <label class="choice">
              <input
                type="radio"
                name="proposal-theme"
                value=""
                data-testid="proposal-theme-none"
                checked={themeId() === ''}
                onChange={() => {
                  setThemeId('')
                  edited('themeId')
                }}
              />
              <span>{text().noTheme}</span>
            </label>
            <For each={props.meeting.workshops}>
              {(workshop, index) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="proposal-theme"
                    value={workshop.id}
                    data-testid={`proposal-theme-${workshop.id}`}
                    checked={themeId() === workshop.id}
                    onChange={() => {
                      setThemeId(workshop.id)
                      edited('themeId')
                    }}
                  />
                  <span>
                    <span class="choice-number">
                      {t().edition.themePage.workshopNumber(index() + 1)}
                    </span>
                    <Bilingual text={workshop.title} unmarked />
                  </span>
                </label>
              )}
            </For>
            <FieldError
              name="proposal-themeId"
              shown={invalid('themeId')}
              message={text().errors.themeId}
            />
          </fieldset>
          <PublicField
            for="proposal-collectivites"
            label={text().collectivites}
            name="proposal-collectiviteNames"
            invalid={invalid('collectiviteNames')}
            message={text().errors.collectiviteNames}
          >
            <textarea
              id="proposal-collectivites"
              rows={3}
              autocomplete="organization"
              data-testid="proposal-collectivites"
              aria-invalid={invalid('collectiviteNames')}
              aria-describedby="proposal-collectivites-hint"
              value={names()}
              onInput={(event) => {
                setNames(event.currentTarget.value)
                edited('collectiviteNames')
              }}
            />
            <span id="proposal-collectivites-hint" class="muted">
              {text().collectivitesHint}
            </span>
          </PublicField>
          <button
            type="submit"
            class="btn primary send"
            data-testid="proposal-send"
            disabled={busy()}
          >
            {busy() ? t().participant.sending : text().send}
          </button>
        </form>
      </Match>
    </Switch>
  )
}
