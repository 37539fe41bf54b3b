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
import { createStore } from 'solid-js/store'
import type { Country } from '../../../shared/doc/edition'
import type { FieldIssue } from '../../../shared/errors'
import type { PublicForm, RegistrationForm } from '../../../shared/registrations'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { Bilingual } from '../../ui/Bilingual'
import { useMomentText } from '../../ui/moment'
import {
  Choice,
  FieldError,
  focusFirstInvalid,
  isAboutField,
  ProblemNotice,
  PublicPage,
  PublicTextField,
  readRefusal,
  SendButton,
  ThanksPanel,
} from '../../ui/PublicForm'
import { fetchPublicForm, sendRegistration } from './api'
import { DETAIL_FIELDS, DetailsFields } from './DetailsFields'
import { detailsBody, draftOf, filledMembers } from './details-draft'
import { registrationMessages } from './registration-messages'

/** The fields a refusal may name, each shown beside its field. */
const FIELDS = ['collectiviteId', 'collectiviteName', 'country', ...DETAIL_FIELDS] as const
type Field = (typeof FIELDS)[number]

/** The collectivité select's choice for one not in the list. */
const NEW = 'new'

/** Why a form did not go, beyond the fields a refusal names (a closed form shows no form). */
type Problem = 'tooMany' | 'network' | 'other'

/**
 * The participation form itself: everything typed stays through a refusal.
 * Behind a collectivité's own link the collectivité is fixed and the form
 * comes filled with what Kaigi knows of it.
 */
const RegistrationFields: Component<{
  form: PublicForm
  issues: FieldIssue[]
  busy: boolean
  onSend: (body: RegistrationForm) => void
  onEdit: (field: Field) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const words = useCatalogue(registrationMessages)
  const text = () => t().form
  // The form's own data, read once: a refetch after a send makes a new form.
  const personal = props.form.personal
  const [picked, setPicked] = createSignal('')
  const [name, setName] = createSignal('')
  const [country, setCountry] = createSignal<Country | null>(null)
  const [draft, setDraft] = createStore(draftOf(personal?.filled))
  const invalid = (field: Field) => props.issues.some((issue) => isAboutField(issue, field))
  const chosen = () => props.form.collectivites.find((each) => each.id === picked())
  const byCountry = (which: Country) =>
    props.form.collectivites
      .filter((each) => each.country === which)
      .sort((a, b) =>
        pickText(a.name, locale()).main.localeCompare(pickText(b.name, locale()).main, locale()),
      )

  const error = (field: Field) => (
    <FieldError
      name={field}
      shown={invalid(field)}
      message={text().errors[field as 'collectiviteId' | 'collectiviteName' | 'country']}
    />
  )

  const send = (event: SubmitEvent) => {
    event.preventDefault()
    setDraft('members', (members) => filledMembers(members))
    const listed = personal?.collectivite ?? chosen()
    // As typed: the server checks every field and names what is wrong.
    const body = {
      collectiviteId: listed ? listed.id : null,
      collectiviteName: listed ? '' : picked() === NEW ? name() : '',
      country: listed ? listed.country : (country() ?? undefined),
      ...detailsBody(draft),
    } as RegistrationForm
    props.onSend(body)
  }

  return (
    <form class="participant-form" data-testid="registration-form" novalidate onSubmit={send}>
      <Show
        when={personal}
        fallback={
          <>
            <div class="form-field">
              <label class="field-label" for="form-collectivite">
                {text().collectivite}
              </label>
              <select
                id="form-collectivite"
                data-testid="form-collectivite"
                aria-invalid={invalid('collectiviteId') || invalid('collectiviteName')}
                value={picked()}
                onChange={(event) => {
                  setPicked(event.currentTarget.value)
                  props.onEdit('collectiviteId')
                  props.onEdit('collectiviteName')
                  props.onEdit('country')
                }}
              >
                <option value="">{text().pick}</option>
                <For each={['FR', 'JP'] as const}>
                  {(which) => (
                    <optgroup label={text().countries[which]}>
                      <For each={byCountry(which)}>
                        {(each) => (
                          <option value={each.id}>{pickText(each.name, locale()).main}</option>
                        )}
                      </For>
                    </optgroup>
                  )}
                </For>
                <option value={NEW}>{text().notListed}</option>
              </select>
              {error('collectiviteId')}
              <Show when={picked() !== NEW}>{error('collectiviteName')}</Show>
            </div>

            <Show when={picked() === NEW}>
              <PublicTextField
                id="form-collectivite-name"
                name="collectiviteName"
                label={text().newName}
                autocomplete="organization"
                invalid={invalid('collectiviteName')}
                message={text().errors.collectiviteName}
                value={name()}
                onInput={(value) => {
                  setName(value)
                  props.onEdit('collectiviteName')
                }}
              />
              <fieldset
                class="choices"
                aria-invalid={invalid('country')}
                data-testid="form-country"
              >
                <legend class="field-label">{text().country}</legend>
                <For each={['FR', 'JP'] as const}>
                  {(which) => (
                    <Choice
                      type="radio"
                      name="country"
                      value={which}
                      testid={`form-country-${which}`}
                      checked={country() === which}
                      onChange={() => {
                        setCountry(which)
                        props.onEdit('country')
                      }}
                    >
                      {text().countries[which]}
                    </Choice>
                  )}
                </For>
                {error('country')}
              </fieldset>
            </Show>
            <Show when={picked() !== NEW}>{error('country')}</Show>
          </>
        }
      >
        {(own) => {
          const shown = () => pickText(own().collectivite.name, locale())
          return (
            <div class="form-field">
              <p class="field-label">{words().collectivite}</p>
              <p
                class="fixed-collectivite"
                data-testid="form-own-collectivite"
                lang={shown().mainLang}
              >
                {shown().main}
              </p>
              {error('collectiviteId')}
            </div>
          )
        }}
      </Show>

      <DetailsFields
        prefix="form"
        draft={draft}
        setDraft={setDraft}
        issues={props.issues}
        onEdit={props.onEdit}
        workshops={props.form.workshops}
        days={props.form.days}
      />

      <SendButton
        testid="form-send"
        busy={props.busy}
        send={personal?.registered ? words().amend : text().send}
        sending={text().sending}
      />
    </form>
  )
}

/**
 * The participation form at `/f/<token>`, for the collectivités: no
 * account, on a phone or a desk, in French or Japanese. Its deadline is
 * shown; once past, the page says so and shows no form. A refusal keeps
 * everything typed and names each field in the page's language.
 */
export const FormPage: Component<{ token: string }> = (props) => {
  const { t, locale } = useI18n()
  const momentText = useMomentText()
  const [form, { refetch }] = createResource(() => props.token, fetchPublicForm)
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [problem, setProblem] = createSignal<Problem | null>(null)
  const [closed, setClosed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const [sent, setSent] = createSignal<'sent' | 'amended' | null>(null)
  const words = useCatalogue(registrationMessages)

  createEffect(() => {
    const current = form.latest
    const title = current ? pickText(current.editionTitle, locale()).main : ''
    document.title = title ? `Kaigi · ${t().form.title} · ${title}` : `Kaigi · ${t().form.title}`
  })

  const send = async (body: RegistrationForm) => {
    setBusy(true)
    setIssues([])
    setProblem(null)
    try {
      const answer = await sendRegistration(props.token, body)
      setSent(answer.amended ? 'amended' : 'sent')
      window.scrollTo(0, 0)
    } catch (error) {
      const refusal = readRefusal(error, FIELDS)
      if (refusal.problem === 'closed') setClosed(true)
      else {
        setIssues(refusal.issues)
        setProblem(refusal.problem)
        if (refusal.checked) focusFirstInvalid('.participant-form')
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <PublicPage
      class="participant form-page"
      testid="form-page"
      notFoundTestid="form-not-found"
      resource={form}
      refetch={() => void refetch()}
      text={t().form}
    >
      {(current) => (
        <>
          <section class="participant-meeting" data-testid="form-heading">
            <p class="participant-edition">
              <Bilingual text={current().editionTitle} unmarked />
            </p>
            <h1>{t().form.title}</h1>
            <p class="participant-place" data-testid="form-deadline">
              {t().form.deadline(momentText(current().deadline, current().timeZone))}
            </p>
          </section>
          <Switch>
            <Match when={sent()}>
              {(which) => (
                <ThanksPanel
                  testid="form-thanks"
                  thanks={which() === 'amended' ? words().amended : t().form.thanks}
                  hint={current().personal ? words().amendedHint : t().form.thanksHint}
                >
                  <Show when={current().personal && current().open}>
                    <button
                      type="button"
                      class="btn"
                      data-testid="form-amend-again"
                      onClick={async () => {
                        await refetch()
                        setSent(null)
                      }}
                    >
                      {words().amendAgain}
                    </button>
                  </Show>
                </ThanksPanel>
              )}
            </Match>
            <Match when={!current().open || closed()}>
              <section class="panel intake-closed" data-testid="form-closed" role="status">
                <p class="closed-title">{t().form.closed}</p>
                <p class="muted">{t().form.closedHint}</p>
              </section>
            </Match>
            <Match when={true}>
              <Show
                when={current().personal}
                fallback={<p class="muted participant-intro">{t().form.intro}</p>}
              >
                {(own) => (
                  <p class="muted participant-intro" data-testid="form-personal-intro">
                    {words().personalIntro(pickText(own().collectivite.name, locale()).main)}
                    <Show when={own().registered}> {words().amendIntro}</Show>
                  </p>
                )}
              </Show>
              <Show when={problem()}>
                {(which) => (
                  <ProblemNotice
                    testid="form-problem"
                    problem={which()}
                    message={t().form.errors[which()]}
                  />
                )}
              </Show>
              <RegistrationFields
                form={current()}
                issues={issues()}
                busy={busy()}
                onSend={(body) => void send(body)}
                onEdit={(field) =>
                  setIssues((now) => now.filter((issue) => !isAboutField(issue, field)))
                }
              />
            </Match>
          </Switch>
        </>
      )}
    </PublicPage>
  )
}
