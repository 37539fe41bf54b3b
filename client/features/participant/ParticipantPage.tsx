import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  Match,
  Show,
  Switch,
} from 'solid-js'
import type { FieldIssue } from '../../../shared/errors'
import type { PublicMeeting } from '../../../shared/meetings'
import { useI18n } from '../../lib/i18n'
import { Bilingual } from '../../ui/Bilingual'
import {
  focusFirstInvalid,
  isAboutField,
  ProblemNotice,
  PublicPage,
  participantProblemText,
  type RefusalProblem,
  readRefusal,
  ThanksPanel,
} from '../../ui/PublicForm'
import { fetchPublicMeeting, sendSuggestion } from '../meetings/api'
import { createSuggestionDraft } from '../meetings/draft'
import { meetingName } from '../meetings/format'
import { FORM_FIELDS, ParticipantForm } from './ParticipantForm'
import { ParticipantProposalForm } from './ParticipantProposalForm'
import '../../ui/day-tabs.css'
import './participant.css'

/** Why a suggestion did not go, beyond the fields a refusal names. */
type Problem = RefusalProblem

/** When and where the meeting is, under the edition's title. */
const MeetingHeading: Component<{ meeting: PublicMeeting }> = (props) => {
  const { t, locale } = useI18n()
  return (
    <section class="participant-meeting" data-testid="participant-meeting">
      <p class="participant-edition">
        <Bilingual text={props.meeting.editionTitle} unmarked />
      </p>
      <h1>{meetingName(props.meeting.date, locale(), t())}</h1>
      <p class="participant-place">
        <Bilingual text={props.meeting.place} unmarked />
      </p>
    </section>
  )
}

/**
 * A meeting's page for the participants' phones, `/m/<token>`: no account,
 * no programme, only the meeting and the suggestion form. A refusal keeps
 * everything typed; a suggestion sent clears only its text for the next.
 */
export const ParticipantPage: Component<{ token: string }> = (props) => {
  const { t, locale } = useI18n()
  const [meeting, { refetch }] = createResource(() => props.token, fetchPublicMeeting)
  const draft = createSuggestionDraft()
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [problem, setProblem] = createSignal<Problem | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [sent, setSent] = createSignal(false)
  // A suggestion or a workshop proposal: both forms stay, so a switch loses nothing typed.
  const [tab, setTab] = createSignal<'suggestion' | 'proposal'>('suggestion')

  createEffect(() => {
    const current = meeting.latest
    document.title = current
      ? `Kaigi · ${meetingName(current.date, locale(), t())}`
      : `Kaigi · ${t().participant.text}`
  })

  const send = async () => {
    setBusy(true)
    setIssues([])
    setProblem(null)
    try {
      await sendSuggestion(props.token, draft.body())
      draft.setText('')
      setSent(true)
    } catch (error) {
      const refusal = readRefusal(error, FORM_FIELDS, 'notFound')
      setIssues(refusal.issues)
      setProblem(refusal.problem)
      if (refusal.checked) focusFirstInvalid('.participant-form')
    } finally {
      setBusy(false)
    }
  }
  const another = () => {
    setSent(false)
    requestAnimationFrame(() => document.getElementById('suggestion-text')?.focus())
  }

  return (
    <PublicPage
      class="participant"
      testid="participant-page"
      notFoundTestid="participant-not-found"
      resource={meeting}
      refetch={() => void refetch()}
      text={t().participant}
    >
      {(current) => (
        <>
          <MeetingHeading meeting={current()} />
          <Switch>
            <Match when={sent()}>
              <ThanksPanel
                testid="participant-thanks"
                thanks={t().participant.thanks}
                hint={t().participant.thanksHint}
              >
                <button
                  type="button"
                  class="btn primary send"
                  data-testid="send-another"
                  onClick={another}
                >
                  {t().participant.another}
                </button>
              </ThanksPanel>
            </Match>
            <Match when={!current().intakeOpen && problem() !== 'closed'}>
              <section class="panel intake-closed" data-testid="intake-closed" role="status">
                <p class="closed-title">{t().participant.closed}</p>
                <p class="muted">{t().participant.closedHint}</p>
                <button
                  type="button"
                  class="btn"
                  disabled={meeting.loading}
                  data-testid="check-again"
                  onClick={() => void refetch()}
                >
                  {t().participant.checkAgain}
                </button>
              </section>
            </Match>
            <Match when={true}>
              <nav class="participant-tabs" aria-label={t().participant.tabs.proposal}>
                <button
                  type="button"
                  class="day-tab"
                  data-testid="tab-suggestion"
                  aria-pressed={tab() === 'suggestion'}
                  onClick={() => setTab('suggestion')}
                >
                  {t().participant.tabs.suggestion}
                </button>
                <button
                  type="button"
                  class="day-tab"
                  data-testid="tab-proposal"
                  aria-pressed={tab() === 'proposal'}
                  onClick={() => setTab('proposal')}
                >
                  {t().participant.tabs.proposal}
                </button>
              </nav>
              <div hidden={tab() !== 'suggestion'}>
                <p class="muted participant-intro">{t().participant.intro}</p>
                <Show when={problem()}>
                  {(which) => (
                    <ProblemNotice
                      testid={which() === 'closed' ? 'intake-closed' : 'send-problem'}
                      problem={which()}
                      message={participantProblemText(t().participant, which())}
                    >
                      <Show when={which() === 'closed'}>
                        <p class="muted">{t().participant.closedHint}</p>
                      </Show>
                    </ProblemNotice>
                  )}
                </Show>
                <ParticipantForm
                  meeting={current()}
                  draft={draft}
                  issues={issues()}
                  busy={busy()}
                  onSend={() => void send()}
                  onEdit={(field) =>
                    setIssues((current) => current.filter((issue) => !isAboutField(issue, field)))
                  }
                />
              </div>
              <div hidden={tab() !== 'proposal'}>
                <ParticipantProposalForm token={props.token} meeting={current()} />
              </div>
            </Match>
          </Switch>
        </>
      )}
    </PublicPage>
  )
}
