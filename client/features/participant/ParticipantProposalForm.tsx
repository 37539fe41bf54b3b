import { type Component, createSignal, For, Match, Show, Switch } from 'solid-js'
import type { FieldIssue } from '../../../shared/errors'
import type { PublicMeeting } from '../../../shared/meetings'
import { useI18n } from '../../lib/i18n'
import {
  Choice,
  FieldError,
  focusFirstInvalid,
  isAboutField,
  ProblemNotice,
  PublicTextField,
  participantProblemText,
  readRefusal,
  SendButton,
  ThanksPanel,
  WorkshopChoiceText,
} from '../../ui/PublicForm'
import { sendProposal } from '../meetings/api'
import { writtenLang } from '../meetings/format'
import { namesOf } from '../proposals/format'

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
              message={participantProblemText(t().participant, which())}
            />
          )}
        </Show>
        <form
          class="participant-form proposal-form"
          data-testid="proposal-form"
          novalidate
          onSubmit={(event) => void send(event)}
        >
          <PublicTextField
            id="proposal-title"
            label={text().title}
            name="proposal-title"
            invalid={invalid('title')}
            message={text().errors.title}
            lang={lang()}
            hint={text().titleHint}
            value={title()}
            onInput={(value) => {
              setTitle(value)
              edited('title')
            }}
          />
          <PublicTextField
            id="proposal-description"
            label={text().description}
            optional={t().participant.optional}
            name="proposal-description"
            invalid={invalid('description')}
            message={text().errors.description}
            rows={5}
            lang={lang()}
            value={description()}
            onInput={(value) => {
              setDescription(value)
              edited('description')
            }}
          />
          <fieldset
            class="choices workshops"
            aria-invalid={invalid('themeId')}
            data-testid="proposal-theme"
          >
            <legend class="field-label">{text().theme}</legend>
            <Choice
              type="radio"
              name="proposal-theme"
              value=""
              testid="proposal-theme-none"
              checked={themeId() === ''}
              onChange={() => {
                setThemeId('')
                edited('themeId')
              }}
            >
              {text().noTheme}
            </Choice>
            <For each={props.meeting.workshops}>
              {(workshop, index) => (
                <Choice
                  type="radio"
                  name="proposal-theme"
                  value={workshop.id}
                  testid={`proposal-theme-${workshop.id}`}
                  checked={themeId() === workshop.id}
                  onChange={() => {
                    setThemeId(workshop.id)
                    edited('themeId')
                  }}
                >
                  <WorkshopChoiceText number={index() + 1} title={workshop.title} />
                </Choice>
              )}
            </For>
            <FieldError
              name="proposal-themeId"
              shown={invalid('themeId')}
              message={text().errors.themeId}
            />
          </fieldset>
          <PublicTextField
            id="proposal-collectivites"
            label={text().collectivites}
            name="proposal-collectiviteNames"
            invalid={invalid('collectiviteNames')}
            message={text().errors.collectiviteNames}
            rows={3}
            autocomplete="organization"
            hint={text().collectivitesHint}
            value={names()}
            onInput={(value) => {
              setNames(value)
              edited('collectiviteNames')
            }}
          />
          <SendButton
            testid="proposal-send"
            busy={busy()}
            send={text().send}
            sending={t().participant.sending}
          />
        </form>
      </Match>
    </Switch>
  )
}
