import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  For,
  Match,
  Show,
  Switch,
} from 'solid-js'
import type { InvitationProblem } from '../../../shared/access'
import {
  Committee,
  type InvitationPreview,
  MAX_DISPLAY_NAME_LENGTH,
  Role,
} from '../../../shared/access'
import type { FieldIssue } from '../../../shared/errors'
import { Header } from '../../app/Header'
import { editionPath, useRouter } from '../../app/router'
import { ApiError } from '../../lib/api'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { formatInstant } from '../../lib/times'
import { useMomentText } from '../../ui/moment'
import { accessMessages } from './access-messages'
import { acceptInvitation, previewInvitation } from './api'
import { AuthState, useAuth } from './auth'
import { invitationProblem } from './invitations'
import '../../ui/choices.css'
import '../../ui/facts.css'
import './sign-in.css'

/** What a link cannot be used for, from a refusal: null for any other failure. */
const problemOf = (error: unknown): InvitationProblem | null =>
  error instanceof ApiError && error.status === 410 ? invitationProblem(error.reason) : null

/**
 * A link for an edition's editor or owner that names no committee asks the
 * member theirs; the instance owner's link (no edition) always asks it.
 */
const asksCommittee = (offer: InvitationPreview) =>
  offer.editionId === null || (offer.committee === null && offer.role !== Role.Viewer)

/** The instance owner's link: the committee is theirs, and must be said. */
const isOwnerLink = (offer: InvitationPreview) => offer.editionId === null

/** The edition's title in the interface's language, as the list of editions shows it. */
function editionName(offer: InvitationPreview, locale: 'fr' | 'ja' | 'en'): string | null {
  if (!offer.editionTitle) return offer.editionId
  return pickText(offer.editionTitle, locale).main || offer.editionId
}

/** What the link offers: role, edition, committee, expiry. */
const Offer: Component<{ offer: InvitationPreview }> = (props) => {
  const { t, locale } = useI18n()
  const own = useCatalogue(accessMessages)
  const momentText = useMomentText()
  const text = () => t().access.invite
  // On the edition's clocks; a link to every edition has none, and reads the viewer's.
  const expiry = (at: string) => {
    const zone = props.offer.editionTimeZone
    return zone ? momentText(at, zone) : formatInstant(at, locale())
  }
  return (
    <>
      <p data-testid="invitation-sentence">
        {own().invitesYou(
          props.offer.invitedBy,
          editionName(props.offer, locale()),
          props.offer.role,
        )}
      </p>
      <dl class="facts offer" data-testid="invitation-offer">
        <dt>{text().role}</dt>
        <dd data-testid="offer-role" data-role={props.offer.role}>
          {t().access.role[props.offer.role]}
        </dd>
        <dt>{text().edition}</dt>
        <dd data-testid="offer-edition">
          {editionName(props.offer, locale()) ?? text().allEditions}
        </dd>
        <Show when={props.offer.committee}>
          {(committee) => (
            <>
              <dt>{text().committee}</dt>
              <dd data-testid="offer-committee">{t().access.committee[committee()]}</dd>
            </>
          )}
        </Show>
        <dt>{text().expires}</dt>
        <dd data-testid="offer-expires">
          {props.offer.expiresAt ? expiry(props.offer.expiresAt) : text().never}
        </dd>
      </dl>
    </>
  )
}

/**
 * `/invite/<token>`: what the link offers, then a name (and a committee, if
 * the link leaves it open) to accept it with. Accepting signs the browser in
 * and opens the edition. Works with no session; with one, the role is added
 * to the person already signed in.
 */
export const InvitePage: Component<{ token: string }> = (props) => {
  const { t } = useI18n()
  const own = useCatalogue(accessMessages)
  const auth = useAuth()
  const router = useRouter()
  const [preview] = createResource(() => props.token, previewInvitation)
  const [name, setName] = createSignal('')
  const [committee, setCommittee] = createSignal<Committee | null>(null)
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [refused, setRefused] = createSignal<InvitationProblem | null>(null)
  const [failed, setFailed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  /** The edition whose owner must approve this arrival, once it is recorded as waiting. */
  const [waitingFor, setWaitingFor] = createSignal<string | null>(null)
  const [stillWaiting, setStillWaiting] = createSignal(false)
  const [committeeMissing, setCommitteeMissing] = createSignal(false)
  const text = () => t().access.invite
  const problem = () => refused() ?? (preview.error ? problemOf(preview.error) : null)
  const signedInAs = () => (auth.state() === AuthState.SignedIn ? auth.me()?.person.name : null)
  const issueAt = (path: string) => issues().some((issue) => issue.path === path)

  createEffect(() => {
    document.title = `Kaigi · ${text().title}`
  })

  const checkAgain = async () => {
    const editionId = waitingFor()
    if (!editionId) return
    setStillWaiting(false)
    await auth.refresh()
    if (auth.roleIn(editionId)) router.navigate(editionPath(editionId), { replace: true })
    else setStillWaiting(true)
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const offer = preview()
    setCommitteeMissing(false)
    if (offer && isOwnerLink(offer) && committee() === null) {
      setCommitteeMissing(true)
      return
    }
    setBusy(true)
    setFailed(false)
    setIssues([])
    try {
      const chosen = committee()
      const accepted = await acceptInvitation(props.token, {
        // The server keeps the signed-in person's own name; it still wants one.
        name: signedInAs() ?? name(),
        ...(chosen ? { committee: chosen } : {}),
      })
      await auth.refresh()
      if (accepted.pending && accepted.editionId) {
        setWaitingFor(accepted.editionId)
        return
      }
      // The used link leaves no history entry: going back does not offer it again.
      router.navigate(accepted.editionId ? editionPath(accepted.editionId) : '/', {
        replace: true,
      })
    } catch (error) {
      const linkProblem = problemOf(error)
      if (linkProblem) setRefused(linkProblem)
      else if (error instanceof ApiError && error.issues.length > 0) setIssues(error.issues)
      else setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Header status={null} />
      <main class="page narrow" data-testid="invite-page">
        <section class="panel invite" aria-labelledby="invite-title">
          <h2 id="invite-title" class="page-title">
            {text().title}
          </h2>
          <Switch>
            <Match when={waitingFor()}>
              <div role="status" data-testid="invitation-pending">
                <h3 class="subtitle">{own().pendingTitle}</h3>
                <p>{own().pendingBody}</p>
              </div>
              <button
                type="button"
                class="btn"
                data-testid="invitation-check-again"
                onClick={() => void checkAgain()}
              >
                {own().checkAgain}
              </button>
              <Show when={stillWaiting()}>
                <p class="muted" role="status">
                  {own().stillPending}
                </p>
              </Show>
            </Match>
            <Match when={problem()}>
              {(which) => (
                <>
                  <p
                    class="notice"
                    role="alert"
                    data-testid="invitation-problem"
                    data-problem={which()}
                  >
                    {text().problem[which()]}
                  </p>
                  <p class="muted">{text().problemHint}</p>
                </>
              )}
            </Match>
            <Match when={preview.error}>
              <p class="notice" role="alert" data-testid="invitation-unchecked">
                {text().checkFailed}
              </p>
            </Match>
            <Match when={preview.loading}>
              <p class="muted">{text().loading}</p>
            </Match>
            <Match when={preview()}>
              {(offer) => (
                <>
                  <p>{text().offer}</p>
                  <Offer offer={offer()} />
                  <form
                    class="sign-in-form"
                    data-testid="sign-in-form"
                    novalidate
                    onSubmit={submit}
                  >
                    <Show
                      when={signedInAs()}
                      fallback={
                        <label class="form-field" data-field="name">
                          <span class="field-label">{text().name}</span>
                          <input
                            name="name"
                            type="text"
                            data-testid="sign-in-name"
                            autocomplete="name"
                            maxLength={MAX_DISPLAY_NAME_LENGTH}
                            value={name()}
                            aria-invalid={issueAt('name')}
                            aria-describedby="sign-in-name-hint"
                            onInput={(event) => setName(event.currentTarget.value)}
                          />
                          <span class="muted field-hint" id="sign-in-name-hint">
                            {text().nameHint}
                          </span>
                          <Show when={issueAt('name')}>
                            <span class="field-error" data-testid="sign-in-name-error">
                              {text().nameError(MAX_DISPLAY_NAME_LENGTH)}
                            </span>
                          </Show>
                        </label>
                      }
                    >
                      {(person) => <p class="muted">{text().alreadySignedIn(person())}</p>}
                    </Show>
                    <Show when={asksCommittee(offer())}>
                      <fieldset
                        class="committee-choice"
                        data-field="committee"
                        data-testid="sign-in-committee"
                      >
                        <legend class="field-label">
                          {isOwnerLink(offer()) ? own().ownCommittee : text().chooseCommittee}
                        </legend>
                        <For each={Object.values(Committee)}>
                          {(choice) => (
                            <label class="choice">
                              <input
                                type="radio"
                                name="committee"
                                value={choice}
                                data-testid={`sign-in-committee-${choice}`}
                                checked={committee() === choice}
                                aria-invalid={committeeMissing() || issueAt('committee')}
                                onChange={() => setCommittee(choice)}
                              />
                              {t().access.committee[choice]}
                            </label>
                          )}
                        </For>
                        <Show when={issueAt('committee')}>
                          <span class="field-error">{text().committeeError}</span>
                        </Show>
                        <Show when={committeeMissing()}>
                          <span class="field-error" role="alert" data-testid="own-committee-error">
                            {own().ownCommitteeError}
                          </span>
                        </Show>
                      </fieldset>
                    </Show>
                    <Show
                      when={
                        failed() ||
                        issues().some((issue) => !['name', 'committee'].includes(issue.path))
                      }
                    >
                      <p class="notice" role="alert">
                        {text().failed}
                      </p>
                    </Show>
                    <button
                      type="submit"
                      class="btn primary form-submit"
                      data-testid="sign-in-submit"
                      disabled={busy()}
                    >
                      {busy() ? text().submitting : text().submit}
                    </button>
                  </form>
                </>
              )}
            </Match>
          </Switch>
        </section>
      </main>
    </>
  )
}
