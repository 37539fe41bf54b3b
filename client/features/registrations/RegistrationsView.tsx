import { type Component, createMemo, createResource, createSignal, For, Show } from 'solid-js'
import { canEdit, type Role } from '../../../shared/access'
import { formatDay } from '../../../shared/calendar-days'
import { type Registration, registrationCounts } from '../../../shared/doc/edition'
import { instantOfZonedInput, zonedInput } from '../../../shared/moments'
import type { RegistrationFormLink } from '../../../shared/registrations'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { useMomentText } from '../../ui/moment'
import { QrCode } from '../../ui/QrCode'
import { useAuth } from '../access/auth'
import { participantUrl, workshopLabel, workshopsOf, writtenLang } from '../meetings/format'
import { fetchFormLink, registrationsCsvPath, saveFormDeadline, withdrawRegistration } from './api'
import { deadlineMessages } from './deadline-messages'
import { RegistrationEditor } from './RegistrationEditor'
import { registrationMessages } from './registration-messages'
import './registrations-view.css'

/**
 * The participation form's link and deadline: owners and editors set the
 * deadline (the first time, that makes the link); every member sees both.
 */
const FormSettings: Component<{ editionId: string; manage: boolean; timeZone: string }> = (
  props,
) => {
  const { t } = useI18n()
  const momentText = useMomentText()
  const words = useCatalogue(deadlineMessages)
  const auth = useAuth()
  const text = () => t().registrations
  const [link, { mutate }] = createResource(
    () => props.editionId,
    (id) => auth.guard(fetchFormLink(id)),
  )
  const [deadline, setDeadline] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const [state, setState] = createSignal<'saved' | 'failed' | 'invalid' | null>(null)
  const [copied, setCopied] = createSignal(false)
  // The field is on the edition's clocks, whatever the browser's.
  const shown = () => {
    const current = link()
    return deadline() || (current ? zonedInput(current.deadline, props.timeZone) : '')
  }
  /** The instant the field's value means, or null while it is no date and time. */
  const typed = (): Date | null => {
    try {
      return instantOfZonedInput(shown(), props.timeZone)
    } catch {
      return null
    }
  }
  const url = (current: RegistrationFormLink) => participantUrl(current.path)
  const open = (current: RegistrationFormLink) => Date.now() < new Date(current.deadline).getTime()

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!shown()) return
    const instant = typed()
    if (!instant) {
      setState('invalid')
      return
    }
    setBusy(true)
    setState(null)
    try {
      mutate(await auth.guard(saveFormDeadline(props.editionId, instant.toISOString())))
      setDeadline('')
      setState('saved')
    } catch {
      setState('failed')
    } finally {
      setBusy(false)
    }
  }
  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value)
      setCopied(true)
    } catch {
      // No clipboard here (an insecure origin): the link stays selectable.
    }
  }

  return (
    <section class="panel form-settings" data-testid="form-settings">
      <Show when={props.manage}>
        <form class="deadline-form" onSubmit={(event) => void save(event)}>
          <label class="form-field">
            <span class="field-label">{text().deadline}</span>
            <input
              type="datetime-local"
              data-testid="form-deadline"
              aria-describedby={typed() ? 'form-deadline-means' : undefined}
              value={shown()}
              onInput={(event) => {
                setDeadline(event.currentTarget.value)
                setState(null)
              }}
            />
            <span class="muted hint" data-testid="form-deadline-clock">
              {words().clock(t().edition.zoneCity(props.timeZone))}
            </span>
          </label>
          <Show when={typed()}>
            {(instant) => (
              <span
                id="form-deadline-means"
                class="muted hint"
                aria-live="polite"
                data-testid="form-deadline-means"
              >
                {words().means(momentText(instant(), props.timeZone))}
              </span>
            )}
          </Show>
          <button
            type="submit"
            class="btn primary"
            data-testid="form-deadline-save"
            disabled={busy() || shown() === ''}
          >
            {busy() ? text().saving : text().save}
          </button>
          <Show when={state()}>
            {(which) => (
              <span
                class={which() === 'saved' ? 'muted' : 'notice'}
                role="status"
                data-testid="form-deadline-state"
              >
                {which() === 'saved'
                  ? text().saved
                  : which() === 'invalid'
                    ? words().invalid
                    : text().saveFailed}
              </span>
            )}
          </Show>
        </form>
      </Show>
      <Show
        when={link()}
        fallback={
          <Show when={!link.loading}>
            <p class="muted">{text().noForm}</p>
          </Show>
        }
      >
        {(current) => (
          <div class="created-link">
            <div class="created-link-text">
              <p class="field-label">
                {text().link}{' '}
                <span class="tag intake" data-open={open(current())} data-testid="form-state">
                  {open(current()) ? text().open : text().closed}
                </span>
              </p>
              <div class="link-row">
                <code class="invitation-url" data-testid="form-link">
                  {url(current())}
                </code>
                <button type="button" class="btn" onClick={() => void copy(url(current()))}>
                  {copied() ? text().copied : text().copy}
                </button>
              </div>
              <p class="muted hint" data-testid="form-deadline-text">
                {t().form.deadline(momentText(current().deadline, props.timeZone))}
              </p>
            </div>
            <QrCode text={url(current())} label={text().qr} testId="form-qr" />
          </div>
        )}
      </Show>
    </section>
  )
}

/**
 * The registrations of the collectivités (bulletins de participation),
 * live: the counts by country, the list, the form's link and deadline, and
 * the CSV export (with the contact details) for owners and editors.
 */
export const RegistrationsView: Component<{
  editionId: string
  session: EditionSession
  role: Role | null
  /** A past edition: no form to set. */
  record: boolean
}> = (props) => {
  const { t, locale } = useI18n()
  const edition = props.session.edition
  const text = () => t().registrations
  const manage = () => props.role !== null && canEdit(props.role) && !props.record
  const words = useCatalogue(registrationMessages)
  const auth = useAuth()
  const momentText = useMomentText()
  const workshops = createMemo(() => workshopsOf(edition.themes))
  const counts = createMemo(() => registrationCounts(edition))
  const [editing, setEditing] = createSignal<string | null>(null)
  const [notice, setNotice] = createSignal<{ text: string; failed: boolean } | null>(null)
  /** A collectivité picked from the list reads in the reader's language; one typed in, as typed. */
  const nameOf = (registration: Registration): { text: string; lang: string | undefined } => {
    const listed = edition.collectivites.find((each) => each.id === registration.collectiviteId)
    if (!listed) {
      return {
        text: registration.collectiviteName,
        lang: writtenLang(registration.collectiviteName),
      }
    }
    const picked = pickText(listed.name, locale())
    return { text: picked.main || registration.collectiviteName, lang: picked.mainLang }
  }
  const editedName = () => {
    const registration = edition.registrations.find((each) => each.id === editing())
    return registration ? nameOf(registration).text : ''
  }
  const withdraw = async (registration: Registration) => {
    setNotice(null)
    try {
      await auth.guard(withdrawRegistration(props.editionId, registration.id))
      if (editing() === registration.id) setEditing(null)
    } catch {
      setNotice({ text: words().list.withdrawFailed, failed: true })
    }
  }

  return (
    <section
      class="registrations-view"
      aria-labelledby="registrations-title"
      data-testid="registrations-view"
    >
      <h2 id="registrations-title" class="panel-title">
        {text().title}
      </h2>
      <p class="muted hint">{text().intro}</p>
      <FormSettings
        editionId={props.editionId}
        manage={manage()}
        timeZone={props.session.edition.meta.timeZone}
      />
      <div class="registrations-head">
        <p class="registration-counts" data-testid="registration-counts">
          {text().counts(counts())}
        </p>
        <Show when={manage()}>
          <a
            class="btn"
            href={registrationsCsvPath(props.editionId, locale())}
            download=""
            data-testid="export-registrations"
          >
            {text().exportCsv}
          </a>
        </Show>
      </div>
      <Show when={edition.registrations.length > 0} fallback={<p class="muted">{text().none}</p>}>
        <div class="table-scroll">
          <table class="registrations" data-testid="registrations">
            <thead>
              <tr>
                <th scope="col">{text().collectivite}</th>
                <th scope="col">{text().country}</th>
                <th scope="col" class="number">
                  {text().delegates}
                </th>
                <th scope="col">{words().list.days}</th>
                <th scope="col">{text().workshops}</th>
                <th scope="col">{text().speaks}</th>
                <th scope="col">{text().proposes}</th>
                <Show when={manage()}>
                  <th scope="col">{words().list.actions}</th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={edition.registrations}>
                {(registration) => (
                  <tr data-testid="registration" data-registration-id={registration.id}>
                    <td>
                      <span lang={nameOf(registration).lang} data-testid="registration-name">
                        {nameOf(registration).text}
                      </span>
                      <Show when={registration.amendedAt}>
                        {(at) => (
                          <span
                            class="muted hint registration-amended"
                            data-testid="registration-amended"
                          >
                            {words().list.amendedAt(
                              momentText(at(), edition.meta.timeZone, { withTime: false }),
                            )}
                          </span>
                        )}
                      </Show>
                    </td>
                    <td>{t().form.countries[registration.country]}</td>
                    <td class="number" data-testid="registration-delegates">
                      {registration.delegates}
                    </td>
                    <td data-testid="registration-days">
                      <For each={registration.dayIds}>
                        {(day) => <span class="tag">{formatDay(day, locale(), 'tab')}</span>}
                      </For>
                    </td>
                    <td>
                      <For each={registration.workshopIds}>
                        {(id) => (
                          <span class="tag target">
                            {workshopLabel(id, workshops(), locale(), t())}
                          </span>
                        )}
                      </For>
                    </td>
                    <td>{registration.wantsToSpeak ? text().yes : ''}</td>
                    <td>{registration.wantsToPropose ? text().yes : ''}</td>
                    <Show when={manage()}>
                      <td>
                        <div class="registration-actions">
                          <button
                            type="button"
                            class="btn"
                            data-testid="registration-edit"
                            aria-label={words().list.edit(nameOf(registration).text)}
                            aria-expanded={editing() === registration.id}
                            onClick={() => setEditing(registration.id)}
                          >
                            {words().list.correct}
                          </button>
                          <ConfirmAction
                            label={words().list.withdraw}
                            question={words().list.withdrawQuestion(nameOf(registration).text)}
                            confirm={words().list.withdrawConfirm}
                            cancel={words().list.cancel}
                            testId="registration-withdraw"
                            onConfirm={() => void withdraw(registration)}
                          />
                        </div>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <Show when={notice()}>
        {(which) => (
          <p
            class={which().failed ? 'notice' : 'muted'}
            role={which().failed ? 'alert' : 'status'}
            data-testid="registration-notice"
          >
            {which().text}
          </p>
        )}
      </Show>
      <Show when={manage() && editing()} keyed>
        {(id) => (
          <RegistrationEditor
            editionId={props.editionId}
            registrationId={id}
            name={editedName()}
            workshops={workshops()}
            days={edition.days.map((day) => day.id)}
            onDone={(saved) => {
              setEditing(null)
              setNotice(saved ? { text: words().list.saved, failed: false } : null)
            }}
          />
        )}
      </Show>
    </section>
  )
}
