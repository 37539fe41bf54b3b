import { type Component, createSignal, For, Show } from 'solid-js'
import { CreatedEditionSchema, type CreateEdition } from '../../shared/editions'
import type { FieldIssue } from '../../shared/errors'
import { ApiError, callApi } from '../access/api'
import { useI18n } from '../i18n'
import { editionPath, useRouter } from '../router'
import { useAuth } from '../stores/auth'

/** One input of the form, with the server's complaint about it, if any. */
const Field: Component<{
  name: string
  label: string
  type?: string
  value?: string
  error: string | undefined
}> = (props) => (
  <label class="form-field" data-field={props.name}>
    <span>{props.label}</span>
    <input
      name={props.name}
      type={props.type ?? 'text'}
      value={props.value ?? ''}
      aria-invalid={Boolean(props.error)}
    />
    <Show when={props.error}>{(message) => <span class="field-error">{message()}</span>}</Show>
  </label>
)

/** The usual time zone of each host country, to start the form from. */
const ZONE_OF_COUNTRY = { FR: 'Europe/Paris', JP: 'Asia/Tokyo' } as const
type Country = keyof typeof ZONE_OF_COUNTRY

/**
 * Creates an edition (`POST /api/editions`) and opens it. The server checks
 * every field; its refusal is shown beside each field named, and what the
 * person typed stays in the form.
 */
export const CreateEditionForm: Component = () => {
  const { t } = useI18n()
  const router = useRouter()
  const auth = useAuth()
  const [country, setCountry] = createSignal<Country>('JP')
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [failed, setFailed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const issueAt = (path: string) => issues().find((issue) => issue.path === path)?.message

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const body: Partial<CreateEdition> = {
      number: Number(text('number')),
      title: { fr: text('titleFr'), ja: text('titleJa') },
      hostCity: { fr: text('cityFr'), ja: text('cityJa') },
      hostCountry: country(),
      timeZone: text('timeZone'),
      startDate: text('startDate') || null,
      endDate: text('endDate') || null,
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
      setIssues(error instanceof ApiError ? error.issues : [])
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <details class="create-edition" data-testid="create-edition">
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
            <For each={Object.keys(ZONE_OF_COUNTRY) as Country[]}>
              {(code) => <option value={code}>{t().edition.create.countries[code]}</option>}
            </For>
          </select>
        </label>
        <Field
          name="timeZone"
          label={t().edition.create.timeZone}
          value={ZONE_OF_COUNTRY[country()]}
          error={issueAt('timeZone')}
        />
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
