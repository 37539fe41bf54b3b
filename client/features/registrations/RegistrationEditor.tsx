import { type Component, createResource, createSignal, onMount, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import type { FieldIssue } from '../../../shared/errors'
import type { RegistrationRecord } from '../../../shared/registrations'
import { ApiError } from '../../lib/api'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { isAboutField } from '../../ui/PublicForm'
import { useAuth } from '../access/auth'
import { correctRegistration, fetchRegistration } from './api'
import { DetailsFields } from './DetailsFields'
import { type DetailsDraft, detailsBody, draftOf, filledMembers } from './details-draft'
import { registrationMessages } from './registration-messages'
import '../../ui/public-form.css'
import './registrations-view.css'

/** The correction form of one registration, once its whole record is read. */
const CorrectionForm: Component<{
  editionId: string
  record: RegistrationRecord
  name: string
  workshops: readonly { id: string; title: { fr: string; ja: string; en?: string } }[]
  days: readonly string[]
  onDone: (saved: boolean) => void
}> = (props) => {
  const words = useCatalogue(registrationMessages)
  const auth = useAuth()
  const [draft, setDraft] = createStore<DetailsDraft>(draftOf(props.record))
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    setDraft('members', (members) => filledMembers(members))
    setBusy(true)
    setFailed(false)
    try {
      await auth.guard(correctRegistration(props.editionId, props.record.id, detailsBody(draft)))
      props.onDone(true)
    } catch (error) {
      setIssues(error instanceof ApiError ? error.issues : [])
      setFailed(true)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.registration-editor [aria-invalid="true"]')?.focus(),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="participant-form" novalidate onSubmit={(event) => void save(event)}>
      <DetailsFields
        prefix="edit"
        draft={draft}
        setDraft={setDraft}
        issues={issues()}
        onEdit={(field) => setIssues((now) => now.filter((issue) => !isAboutField(issue, field)))}
        workshops={props.workshops}
        days={props.days}
      />
      <Show when={failed()}>
        <p class="notice" role="alert" data-testid="registration-edit-failed">
          {words().list.failed}
        </p>
      </Show>
      <div class="form-actions">
        <button
          type="submit"
          class="btn primary"
          data-testid="registration-edit-save"
          disabled={busy()}
        >
          {busy() ? words().list.saving : words().list.save}
        </button>
        <button type="button" class="btn" onClick={() => props.onDone(false)}>
          {words().list.cancel}
        </button>
      </div>
    </form>
  )
}

/**
 * An editor's correction of a registration: its whole record (contact,
 * delegation, needs) read from the server, since the document holds only
 * its live part; saved, the list and the counts follow for everyone.
 */
export const RegistrationEditor: Component<{
  editionId: string
  registrationId: string
  name: string
  workshops: readonly { id: string; title: { fr: string; ja: string; en?: string } }[]
  days: readonly string[]
  onDone: (saved: boolean) => void
}> = (props) => {
  const words = useCatalogue(registrationMessages)
  const auth = useAuth()
  const [record] = createResource(
    () => [props.editionId, props.registrationId] as const,
    ([edition, id]) => auth.guard(fetchRegistration(edition, id)),
  )
  let heading: HTMLHeadingElement | undefined
  onMount(() => heading?.focus())
  return (
    <section
      class="panel registration-editor"
      aria-labelledby="registration-editor-title"
      data-testid="registration-editor"
    >
      <h3 id="registration-editor-title" tabindex="-1" ref={heading}>
        {words().list.editTitle(props.name)}
      </h3>
      <Show when={record()} fallback={<p class="muted">{words().list.loading}</p>}>
        {(current) => (
          <CorrectionForm
            editionId={props.editionId}
            record={current()}
            name={props.name}
            workshops={props.workshops}
            days={props.days}
            onDone={props.onDone}
          />
        )}
      </Show>
    </section>
  )
}
