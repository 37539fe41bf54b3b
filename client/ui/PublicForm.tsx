import { type Accessor, type JSX, Match, type Resource, Show, Switch } from 'solid-js'
import type { FieldIssue } from '../../shared/errors'
import { ApiError } from '../lib/api'
import { type Messages, useI18n } from '../lib/i18n'
import { Bilingual } from './Bilingual'
import { LanguageSwitch } from './LanguageSwitch'
import './public-form.css'
import './choices.css'

/**
 * What the public pages (no account: `/f/<token>`, `/m/<token>`) share:
 * their shell, a field with its localised error beside it, and the reading
 * of a refusal into per-field errors and a page message.
 */

/** Whether `issue` is about `field` (or a part of it). */
export const isAboutField = (issue: FieldIssue, field: string): boolean =>
  issue.path === field || issue.path.startsWith(`${field}.`)

/** Why a form did not go, beyond the fields a refusal names. */
export type RefusalProblem = 'closed' | 'tooMany' | 'network' | 'notFound' | 'other'

/** A refusal read: the page's message (if any) and the issues to show beside their fields. */
export interface Refusal<P extends RefusalProblem> {
  problem: P | null
  issues: FieldIssue[]
  /** The server checked the fields: the caret goes to the first it names. */
  checked: boolean
}

/**
 * Reads why a send failed: 409 closed, 429 too many, no answer a network
 * problem, (only if asked) 404 not found; otherwise the issues the server
 * names, and `other` when none of them is about one of `fields`.
 */
export function readRefusal(
  error: unknown,
  fields: readonly string[],
): Refusal<Exclude<RefusalProblem, 'notFound'>>
export function readRefusal(
  error: unknown,
  fields: readonly string[],
  notFound: 'notFound',
): Refusal<RefusalProblem>
export function readRefusal(
  error: unknown,
  fields: readonly string[],
  notFound?: 'notFound',
): Refusal<RefusalProblem> {
  const refused = (problem: RefusalProblem) => ({ problem, issues: [], checked: false })
  if (!(error instanceof ApiError)) return refused('network')
  if (error.status === 409) return refused('closed')
  if (error.status === 429) return refused('tooMany')
  if (notFound && error.status === 404) return refused('notFound')
  const named = error.issues.some((issue) => fields.some((field) => isAboutField(issue, field)))
  return { problem: named ? null : 'other', issues: error.issues, checked: true }
}

/** Moves the caret to the first field a refusal names inside `form` (a selector). */
export function focusFirstInvalid(form: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`${form} [aria-invalid="true"]`)?.focus()
  })
}

/** A refusal's word on one field, `error-<name>`, shown only while it holds. */
export const FieldError = (props: { name: string; shown: boolean; message: string }) => (
  <Show when={props.shown}>
    <p class="field-error" id={`error-${props.name}`} data-testid={`error-${props.name}`}>
      {props.message}
    </p>
  </Show>
)

/**
 * A labelled field: its label (and optional mark), the input (with any
 * hint) as children, then the refusal's error for it.
 */
export const PublicField = (props: {
  /** The input's id, for the label. */
  for: string
  label: string
  /** The word for "optional", shown after the label when given. */
  optional?: string
  /** The error's name, as in `error-<name>`. */
  name: string
  invalid: boolean
  message: string
  children: JSX.Element
}) => (
  <div class="form-field">
    <label class="field-label" for={props.for}>
      {props.label}
      <Show when={props.optional}>
        {(word) => (
          <>
            {' '}
            <span class="muted">({word()})</span>
          </>
        )}
      </Show>
    </label>
    {props.children}
    <FieldError name={props.name} shown={props.invalid} message={props.message} />
  </div>
)

/**
 * A labelled text field, its id also its test id: a one-line input, or a
 * textarea when given `rows`, with an optional hint (`<id>-hint`) under it.
 */
export const PublicTextField = (props: {
  id: string
  label: string
  optional?: string
  /** The error's name, as in `error-<name>`. */
  name: string
  invalid: boolean
  message: string
  value: string
  onInput: (value: string) => void
  hint?: string
  /** A textarea of that many rows rather than a one-line input. */
  rows?: number
  type?: 'text' | 'email' | 'number'
  inputmode?: 'email' | 'numeric'
  autocomplete?: string
  lang?: string
  min?: string
  max?: string
  class?: string
}) => {
  const describedBy = () => (props.hint ? `${props.id}-hint` : undefined)
  const onInput = (event: { currentTarget: { value: string } }) =>
    props.onInput(event.currentTarget.value)
  return (
    <PublicField
      for={props.id}
      label={props.label}
      optional={props.optional}
      name={props.name}
      invalid={props.invalid}
      message={props.message}
    >
      <Show
        when={props.rows}
        fallback={
          <input
            id={props.id}
            type={props.type ?? 'text'}
            inputmode={props.inputmode}
            autocomplete={props.autocomplete}
            lang={props.lang}
            min={props.min}
            max={props.max}
            class={props.class}
            data-testid={props.id}
            aria-invalid={props.invalid}
            aria-describedby={describedBy()}
            value={props.value}
            onInput={onInput}
          />
        }
      >
        {(rows) => (
          <textarea
            id={props.id}
            rows={rows()}
            autocomplete={props.autocomplete}
            lang={props.lang}
            data-testid={props.id}
            aria-invalid={props.invalid}
            aria-describedby={describedBy()}
            value={props.value}
            onInput={onInput}
          />
        )}
      </Show>
      <Show when={props.hint}>
        {(hint) => (
          <span id={`${props.id}-hint`} class="muted">
            {hint()}
          </span>
        )}
      </Show>
    </PublicField>
  )
}

/** One radio or checkbox of a list of choices, its words beside it. */
export const Choice = (props: {
  type: 'radio' | 'checkbox'
  name?: string
  value?: string
  testid: string
  checked: boolean
  onChange: (checked: boolean) => void
  children: JSX.Element
}) => (
  <label class="choice">
    <input
      type={props.type}
      name={props.name}
      value={props.value}
      data-testid={props.testid}
      checked={props.checked}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
    />
    <span>{props.children}</span>
  </label>
)

/** A workshop as a choice reads: its number in the edition, then its title. */
export const WorkshopChoiceText = (props: {
  /** From 1. */
  number: number
  title: { fr: string; ja: string; en?: string }
}) => {
  const { t } = useI18n()
  return (
    <>
      <span class="choice-number">{t().edition.themePage.workshopNumber(props.number)}</span>
      <Bilingual text={props.title} unmarked />
    </>
  )
}

/** A public form's send button, saying so while it sends. */
export const SendButton = (props: {
  testid: string
  busy: boolean
  send: string
  sending: string
}) => (
  <button type="submit" class="btn primary send" data-testid={props.testid} disabled={props.busy}>
    {props.busy ? props.sending : props.send}
  </button>
)

/** The participant page's words for why a send did not go. */
export function participantProblemText(
  text: Messages['participant'],
  which: RefusalProblem,
): string {
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

/** A page's message when a send did not go. */
export const ProblemNotice = (props: {
  testid: string
  problem: string
  message: string
  children?: JSX.Element
}) => (
  <div
    class="notice participant-problem"
    role="alert"
    data-testid={props.testid}
    data-problem={props.problem}
  >
    <p>{props.message}</p>
    {props.children}
  </div>
)

/** The thanks once a form went, with what may follow (another one). */
export const ThanksPanel = (props: {
  testid: string
  thanks: string
  hint: string
  children?: JSX.Element
}) => (
  <section class="panel participant-thanks" role="status">
    <p class="thanks" data-testid={props.testid}>
      {props.thanks}
    </p>
    <p class="muted">{props.hint}</p>
    {props.children}
  </section>
)

/**
 * A public page's shell: the brand and the language switch, then what the
 * link leads to once loaded, or that it leads nowhere, could not be
 * loaded (with a retry), or is loading.
 */
export function PublicPage<T>(props: {
  class: string
  testid: string
  notFoundTestid: string
  resource: Resource<T>
  refetch: () => void
  text: { notFound: string; loadFailed: string; retry: string; loading: string }
  children: (current: Accessor<NonNullable<T>>) => JSX.Element
}): JSX.Element {
  const notFound = () =>
    props.resource.error instanceof ApiError && props.resource.error.status === 404
  return (
    <div class={props.class} data-testid={props.testid}>
      <header class="participant-bar">
        <span class="brand">
          Kaigi <span lang="ja">会議</span>
        </span>
        <LanguageSwitch />
      </header>
      <main class="participant-main">
        <Switch>
          <Match when={notFound()}>
            <p class="notice" data-testid={props.notFoundTestid}>
              {props.text.notFound}
            </p>
          </Match>
          <Match when={props.resource.error}>
            <div class="notice">
              <p>{props.text.loadFailed}</p>
              <button type="button" class="btn" onClick={() => props.refetch()}>
                {props.text.retry}
              </button>
            </div>
          </Match>
          <Match when={props.resource.latest}>{(current) => props.children(current)}</Match>
          <Match when={true}>
            <p class="muted">{props.text.loading}</p>
          </Match>
        </Switch>
      </main>
    </div>
  )
}
