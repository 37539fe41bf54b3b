import { type Accessor, type JSX, Match, type Resource, Show, Switch } from 'solid-js'
import type { FieldIssue } from '../../shared/errors'
import { ApiError } from '../access/api'
import { LanguageSwitch } from './LanguageSwitch'

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
