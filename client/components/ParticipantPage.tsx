import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  Match,
  Show,
  Switch,
} from 'solid-js'
import type { FieldIssue } from '../../shared/errors'
import type { PublicMeeting } from '../../shared/meetings'
import { ApiError } from '../access/api'
import { useI18n } from '../i18n'
import { fetchPublicMeeting, sendSuggestion } from '../meetings/api'
import { createSuggestionDraft } from '../meetings/draft'
import { meetingName } from '../meetings/format'
import { Bilingual } from './Bilingual'
import { LanguageSwitch } from './LanguageSwitch'
import { FORM_FIELDS, isAbout, ParticipantForm } from './ParticipantForm'
import { ParticipantProposalForm } from './ParticipantProposalForm'

/** Why a suggestion did not go, beyond the fields a refusal names. */
type Problem = 'closed' | 'tooMany' | 'network' | 'notFound' | 'other'

/** The first field a refusal names, to move the caret to. */
function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('.participant-form [aria-invalid="true"]')?.focus()
  })
}

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
  const notFound = () => meeting.error instanceof ApiError && meeting.error.status === 404

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
      if (!(error instanceof ApiError)) setProblem('network')
      else if (error.status === 409) setProblem('closed')
      else if (error.status === 429) setProblem('tooMany')
      else if (error.status === 404) setProblem('notFound')
      else {
        setIssues(error.issues)
        const named = error.issues.some((issue) =>
          FORM_FIELDS.some((field) => isAbout(issue, field)),
        )
        if (!named) setProblem('other')
        focusFirstInvalid()
      }
    } finally {
      setBusy(false)
    }
  }
  const another = () => {
    setSent(false)
    requestAnimationFrame(() => document.getElementById('suggestion-text')?.focus())
  }
  const problemText = (which: Problem) => {
    const text = t().participant
    switch (which) {
      case 'closed':
        return text.closed
      case 'notFound':
        return text.notFound
      case 'tooMany':
        return text.errors.tooMany
      case 'network':
        return text.errors.network
      case 'other':
        return text.errors.other
    }
  }

  return (
    <div class="participant" data-testid="participant-page">
      <header class="participant-bar">
        <span class="brand">
          Kaigi <span lang="ja">会議</span>
        </span>
        <LanguageSwitch />
      </header>
      <main class="participant-main">
        <Switch>
          <Match when={notFound()}>
            <p class="notice" data-testid="participant-not-found">
              {t().participant.notFound}
            </p>
          </Match>
          <Match when={meeting.error}>
            <div class="notice">
              <p>{t().participant.loadFailed}</p>
              <button type="button" class="btn" onClick={() => void refetch()}>
                {t().participant.retry}
              </button>
            </div>
          </Match>
          <Match when={meeting.latest}>
            {(current) => (
              <>
                <MeetingHeading meeting={current()} />
                <Switch>
                  <Match when={sent()}>
                    <section class="panel participant-thanks" role="status">
                      <p class="thanks" data-testid="participant-thanks">
                        {t().participant.thanks}
                      </p>
                      <p class="muted">{t().participant.thanksHint}</p>
                      <button
                        type="button"
                        class="btn primary send"
                        data-testid="send-another"
                        onClick={another}
                      >
                        {t().participant.another}
                      </button>
                    </section>
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
                          <div
                            class="notice participant-problem"
                            role="alert"
                            data-testid={which() === 'closed' ? 'intake-closed' : 'send-problem'}
                            data-problem={which()}
                          >
                            <p>{problemText(which())}</p>
                            <Show when={which() === 'closed'}>
                              <p class="muted">{t().participant.closedHint}</p>
                            </Show>
                          </div>
                        )}
                      </Show>
                      <ParticipantForm
                        meeting={current()}
                        draft={draft}
                        issues={issues()}
                        busy={busy()}
                        onSend={() => void send()}
                        onEdit={(field) =>
                          setIssues((current) => current.filter((issue) => !isAbout(issue, field)))
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
          </Match>
          <Match when={true}>
            <p class="muted">{t().participant.loading}</p>
          </Match>
        </Switch>
      </main>
    </div>
  )
}
