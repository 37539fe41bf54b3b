import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  For,
  Match,
  Show,
  Switch,
  splitProps,
} from 'solid-js'
import type { Country } from '../../shared/doc/edition'
import type { FieldIssue } from '../../shared/errors'
import type { PublicForm, RegistrationForm } from '../../shared/registrations'
import { pickText } from '../edition/list'
import { useI18n } from '../i18n'
import { fetchPublicForm, sendRegistration } from '../registrations/api'
import { useMomentText } from '../ui/moment'
import { Bilingual } from './Bilingual'
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
  WorkshopChoiceText,
} from './PublicForm'

/** The fields a refusal may name, each shown beside its field. */
const FIELDS = [
  'collectiviteId',
  'collectiviteName',
  'country',
  'contactName',
  'email',
  'delegates',
  'workshopIds',
] as const
type Field = (typeof FIELDS)[number]

/** The collectivité select's choice for one not in the list. */
const NEW = 'new'

/** Why a form did not go, beyond the fields a refusal names (a closed form shows no form). */
type Problem = 'tooMany' | 'network' | 'other'

/** The participation form itself: everything typed stays through a refusal. */
const RegistrationFields: Component<{
  form: PublicForm
  issues: FieldIssue[]
  busy: boolean
  onSend: (body: RegistrationForm) => void
  onEdit: (field: Field) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const text = () => t().form
  const [picked, setPicked] = createSignal('')
  const [name, setName] = createSignal('')
  const [country, setCountry] = createSignal<Country | null>(null)
  const [contactName, setContactName] = createSignal('')
  const [email, setEmail] = createSignal('')
  const [delegates, setDelegates] = createSignal('1')
  const [workshopIds, setWorkshopIds] = createSignal<string[]>([])
  const [speak, setSpeak] = createSignal(false)
  const [propose, setPropose] = createSignal(false)
  const invalid = (field: Field) => props.issues.some((issue) => isAboutField(issue, field))
  const chosen = () => props.form.collectivites.find((each) => each.id === picked())
  const byCountry = (which: Country) =>
    props.form.collectivites
      .filter((each) => each.country === which)
      .sort((a, b) =>
        pickText(a.name, locale()).main.localeCompare(pickText(b.name, locale()).main, locale()),
      )

  /** A text field for `field`: its error beside it, and an edit clears what the last refusal said of it. */
  const TextField = (
    each: Omit<Parameters<typeof PublicTextField>[0], 'name' | 'invalid' | 'message'> & {
      field: Field
    },
  ) => {
    const [own, input] = splitProps(each, ['field', 'onInput'])
    return (
      <PublicTextField
        {...input}
        name={own.field}
        invalid={invalid(own.field)}
        message={text().errors[own.field]}
        onInput={(value) => {
          own.onInput(value)
          props.onEdit(own.field)
        }}
      />
    )
  }

  const error = (field: Field) => (
    <FieldError name={field} shown={invalid(field)} message={text().errors[field]} />
  )

  const send = (event: SubmitEvent) => {
    event.preventDefault()
    const listed = chosen()
    const count = Number.parseInt(delegates(), 10)
    // As typed: the server checks every field and names what is wrong.
    const body = {
      collectiviteId: listed ? listed.id : null,
      collectiviteName: listed ? '' : picked() === NEW ? name() : '',
      country: listed ? listed.country : (country() ?? undefined),
      contactName: contactName(),
      email: email(),
      delegates: Number.isNaN(count) ? null : count,
      workshopIds: workshopIds(),
      wantsToSpeak: speak(),
      wantsToPropose: propose(),
    } as RegistrationForm
    props.onSend(body)
  }

  return (
    <form class="participant-form" data-testid="registration-form" novalidate onSubmit={send}>
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
                  {(each) => <option value={each.id}>{pickText(each.name, locale()).main}</option>}
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
        <TextField
          field="collectiviteName"
          id="form-collectivite-name"
          label={text().newName}
          autocomplete="organization"
          value={name()}
          onInput={setName}
        />
        <fieldset class="choices" aria-invalid={invalid('country')} data-testid="form-country">
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

      <TextField
        field="contactName"
        id="form-contact"
        label={text().contactName}
        autocomplete="name"
        value={contactName()}
        onInput={setContactName}
      />

      <TextField
        field="email"
        id="form-email"
        label={text().email}
        type="email"
        inputmode="email"
        autocomplete="email"
        value={email()}
        onInput={setEmail}
      />

      <TextField
        field="delegates"
        id="form-delegates"
        label={text().delegates}
        type="number"
        inputmode="numeric"
        min="1"
        max="200"
        class="short"
        value={delegates()}
        onInput={setDelegates}
      />

      <fieldset
        class="choices workshops"
        aria-invalid={invalid('workshopIds')}
        data-testid="form-workshops"
      >
        <legend class="field-label">{text().workshops}</legend>
        <For each={props.form.workshops} fallback={<p class="muted">{text().noWorkshops}</p>}>
          {(workshop, index) => (
            <Choice
              type="checkbox"
              value={workshop.id}
              testid={`form-workshop-${workshop.id}`}
              checked={workshopIds().includes(workshop.id)}
              onChange={(on) => {
                setWorkshopIds((ids) =>
                  on ? [...ids, workshop.id] : ids.filter((id) => id !== workshop.id),
                )
                props.onEdit('workshopIds')
              }}
            >
              <WorkshopChoiceText number={index() + 1} title={workshop.title} />
            </Choice>
          )}
        </For>
        {error('workshopIds')}
      </fieldset>

      <fieldset class="choices">
        <Choice type="checkbox" testid="form-speak" checked={speak()} onChange={setSpeak}>
          {text().wantsToSpeak}
        </Choice>
        <Choice type="checkbox" testid="form-propose" checked={propose()} onChange={setPropose}>
          {text().wantsToPropose}
        </Choice>
      </fieldset>

      <SendButton
        testid="form-send"
        busy={props.busy}
        send={text().send}
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
  const [sent, setSent] = createSignal(false)

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
      await sendRegistration(props.token, body)
      setSent(true)
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
              <ThanksPanel
                testid="form-thanks"
                thanks={t().form.thanks}
                hint={t().form.thanksHint}
              />
            </Match>
            <Match when={!current().open || closed()}>
              <section class="panel intake-closed" data-testid="form-closed" role="status">
                <p class="closed-title">{t().form.closed}</p>
                <p class="muted">{t().form.closedHint}</p>
              </section>
            </Match>
            <Match when={true}>
              <p class="muted participant-intro">{t().form.intro}</p>
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
