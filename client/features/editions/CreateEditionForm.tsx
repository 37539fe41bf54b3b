import { type Component, createResource, createSignal, For, Show } from 'solid-js'
import { type Country, EditionDatesProblem } from '../../../shared/doc/edition'
import { CreatedEditionSchema, type CreateEdition } from '../../../shared/editions'
import type { FieldIssue } from '../../../shared/errors'
import { editionPath, useRouter } from '../../app/router'
import { ApiError, callApi } from '../../lib/api'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { useAuth } from '../access/auth'
import { TimeZoneSelect } from '../details/TimeZoneSelect'
import { defaultTimeZone } from '../details/time-zones'
import { editionsMessages } from './editions-messages'
import { type EditionItem, fetchEditions } from './list'
import './create-edition.css'

/** One input of the form, with the server's complaint about it, if any. */
const Field: Component<{
  name: string
  label: string
  type?: string
  error: string | undefined
}> = (props) => (
  <label class="form-field" data-field={props.name}>
    <span>{props.label}</span>
    <input name={props.name} type={props.type ?? 'text'} aria-invalid={Boolean(props.error)} />
    <Show when={props.error}>{(message) => <span class="field-error">{message()}</span>}</Show>
  </label>
)

const COUNTRIES: readonly Country[] = ['FR', 'JP']

const isDatesProblem = (message: string): message is EditionDatesProblem =>
  (Object.values(EditionDatesProblem) as string[]).includes(message)

/** Newest edition first: the one a committee most likely starts from. */
const byNumber = (a: EditionItem, b: EditionItem) =>
  (b.summary?.number ?? -1) - (a.summary?.number ?? -1) || a.id.localeCompare(b.id)

/** The fields the server refused; a 404 while copying is about the edition to start from. */
function refusedFields(error: unknown, copying: boolean, gone: string): FieldIssue[] {
  if (!(error instanceof ApiError)) return []
  // Gone, or no longer shared with this person, since the list was loaded.
  if (error.status === 404 && copying) return [{ path: 'copyFrom', message: gone }]
  return error.issues
}

/**
 * Creates an edition (`POST /api/editions`), blank or from the structure of
 * a past one, and opens it. The server checks every field; its refusal is
 * shown beside each field named, and what the person typed stays in the form.
 */
export const CreateEditionForm: Component = () => {
  const { t, locale } = useI18n()
  const own = useCatalogue(editionsMessages)
  const router = useRouter()
  const auth = useAuth()
  const [country, setCountry] = createSignal<Country>('JP')
  // The zone follows the host country until someone picks one themselves.
  const [pickedZone, setPickedZone] = createSignal<string | null>(null)
  const timeZone = () => pickedZone() ?? defaultTimeZone(country())
  const [copyFrom, setCopyFrom] = createSignal('')
  // The editions to start from are asked for once the form is opened, not with every list.
  const [opened, setOpened] = createSignal(false)
  const [sources] = createResource(opened, () => auth.guard(fetchEditions()))
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [failed, setFailed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const issueAt = (path: string) => {
    const message = issues().find((issue) => issue.path === path)?.message
    // A problem of the dates comes as its code (too_long): worded in the interface's language.
    return message !== undefined && isDatesProblem(message)
      ? t().edition.datesProblem[message]
      : message
  }

  // Reading a failed resource throws: then only the blank edition is offered.
  const sourceList = () => (sources.state === 'ready' ? [...sources()].sort(byNumber) : [])
  const sourceLabel = (item: EditionItem) => {
    const summary = item.summary
    if (!summary) return item.id
    const city = pickText(summary.hostCity, locale()).main
    return own().source(t().edition.number(summary.number), city, summary.year)
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const body: Partial<CreateEdition> = {
      number: Number(text('number')),
      title: { fr: text('titleFr'), ja: text('titleJa') },
      hostCity: { fr: text('cityFr'), ja: text('cityJa') },
      hostCountry: country(),
      timeZone: timeZone(),
      startDate: text('startDate') || null,
      endDate: text('endDate') || null,
      ...(copyFrom() ? { copyFrom: copyFrom() } : {}),
    }
    setBusy(true)
    try {
      const created = await auth.guard(
        callApi('/api/editions', CreatedEditionSchema, { method: 'POST', body }),
      )
      // Its creator owns it: who they are and what they may do has changed.
      void auth.refresh()
      router.navigate(editionPath(created.id))
    } catch (error) {
      setIssues(refusedFields(error, copyFrom() !== '', own().sourceGone))
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <details
      class="create-edition"
      data-testid="create-edition"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true)
      }}
    >
      <summary>{t().edition.create.open}</summary>
      <form onSubmit={submit} novalidate>
        <Field
          name="number"
          type="number"
          label={t().edition.create.number}
          error={issueAt('number')}
        />
        <Field name="titleFr" label={t().edition.create.titleFr} error={issueAt('title.fr')} />
        <Field name="titleJa" label={t().edition.create.titleJa} error={issueAt('title.ja')} />
        <Field name="cityFr" label={t().edition.create.cityFr} error={issueAt('hostCity.fr')} />
        <Field name="cityJa" label={t().edition.create.cityJa} error={issueAt('hostCity.ja')} />
        <label class="form-field">
          <span>{t().edition.create.country}</span>
          <select
            name="country"
            value={country()}
            onChange={(event) => setCountry(event.currentTarget.value as Country)}
          >
            <For each={COUNTRIES}>
              {(code) => (
                <option value={code} selected={code === country()}>
                  {t().edition.create.countries[code]}
                </option>
              )}
            </For>
          </select>
        </label>
        <div class="form-field" data-field="timeZone">
          <label for="create-edition-time-zone">{t().edition.create.timeZone}</label>
          <TimeZoneSelect
            id="create-edition-time-zone"
            testId="create-edition-time-zone"
            name="timeZone"
            value={timeZone()}
            onChange={setPickedZone}
          />
          <Show when={issueAt('timeZone')}>
            {(message) => <span class="field-error">{message()}</span>}
          </Show>
        </div>
        <Field
          name="startDate"
          type="date"
          label={t().edition.create.startDate}
          error={issueAt('startDate')}
        />
        <Field
          name="endDate"
          type="date"
          label={t().edition.create.endDate}
          error={issueAt('endDate')}
        />
        <div class="form-field copy-from" data-field="copyFrom">
          <label for="create-edition-copy-from">{own().copyFrom}</label>
          <select
            id="create-edition-copy-from"
            data-testid="create-edition-copy-from"
            aria-describedby="create-edition-copy-hint"
            value={copyFrom()}
            onChange={(event) => setCopyFrom(event.currentTarget.value)}
          >
            <option value="" selected={copyFrom() === ''}>
              {own().blank}
            </option>
            <For each={sourceList()}>
              {(item) => (
                <option value={item.id} selected={copyFrom() === item.id}>
                  {sourceLabel(item)}
                </option>
              )}
            </For>
          </select>
          <span class="muted field-hint" id="create-edition-copy-hint">
            {sources.loading ? own().loadingSources : own().copyHint}
          </span>
          <Show when={issueAt('copyFrom')}>
            {(message) => <span class="field-error">{message()}</span>}
          </Show>
        </div>
        <Show when={failed()}>
          <p class="notice">{t().edition.create.failed}</p>
        </Show>
        <button type="submit" disabled={busy()}>
          {busy() ? t().edition.create.submitting : t().edition.create.submit}
        </button>
      </form>
    </details>
  )
}
