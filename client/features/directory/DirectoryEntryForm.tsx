import { type Component, createSignal, For, Index, Show } from 'solid-js'
import { createStore, produce, unwrap } from 'solid-js/store'
import type { DirectoryCollectiviteFields, DirectoryContact } from '../../../shared/directory'
import { CollectiviteKind, type Country } from '../../../shared/doc/edition'
import { ApiError } from '../../lib/api'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { CountrySelect } from '../people/CountrySelect'
import { collectivitesMessages } from '../people/collectivites-messages'
import { KindSelect, kindFor } from '../people/KindSelect'
import { directoryMessages } from './directory-messages'

const blankContact = (country: Country): DirectoryContact => ({
  name: '',
  function: '',
  email: '',
  language: country === 'JP' ? 'ja' : 'fr',
})

export const BLANK_ENTRY: DirectoryCollectiviteFields = {
  nameFr: '',
  nameJa: '',
  country: 'FR',
  kind: CollectiviteKind.Commune,
  address: '',
  contacts: [],
}

/**
 * An entry's fields and its contacts, added, removed and reordered; saved
 * at once by `onSave`, whose refusal names the fields at fault beside them.
 */
export const DirectoryEntryForm: Component<{
  idPrefix: string
  title: string
  initial: DirectoryCollectiviteFields
  submitLabel: string
  onSave: (fields: DirectoryCollectiviteFields) => Promise<void>
  onCancel: () => void
}> = (props) => {
  const t = useCatalogue(directoryMessages)
  const places = useCatalogue(collectivitesMessages)
  const [fields, setFields] = createStore<DirectoryCollectiviteFields>(
    structuredClone({ ...props.initial, contacts: [...props.initial.contacts] }),
  )
  const [issues, setIssues] = createSignal<Record<string, string>>({})
  const [failure, setFailure] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const id = (field: string) => `${props.idPrefix}-${field}`
  let firstField: HTMLInputElement | undefined

  const issueText = (path: string, code: string | undefined): string => {
    if (path === 'nameFr' || path === 'nameJa')
      return code === 'too_big' ? t().tooLong : t().needName
    if (path.endsWith('.email')) return t().invalidEmail
    if (path.endsWith('.name')) return code === 'too_big' ? t().tooLong : t().needContactName
    return code === 'too_big' ? t().tooLong : t().invalid
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setFailure(null)
    if (fields.nameFr.trim() === '' && fields.nameJa.trim() === '') {
      setIssues({ nameFr: t().needName })
      firstField?.focus()
      return
    }
    setIssues({})
    setBusy(true)
    try {
      // A plain copy: the store's proxies are not the form's to hand out.
      await props.onSave(structuredClone(unwrap(fields)))
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0 && error.status === 400) {
        setIssues(
          Object.fromEntries(
            error.issues.map((issue) => [issue.path, issueText(issue.path, issue.code)]),
          ),
        )
        const first = error.issues[0]?.path.replaceAll('.', '-')
        if (first) document.getElementById(id(first))?.focus()
      } else if (error instanceof ApiError && error.status === 409) {
        setFailure(t().exists)
      } else {
        setFailure(t().failed)
      }
    } finally {
      setBusy(false)
    }
  }

  const moveContact = (index: number, by: -1 | 1) => {
    setFields(
      'contacts',
      produce((contacts) => {
        const [moved] = contacts.splice(index, 1)
        if (moved) contacts.splice(index + by, 0, moved)
      }),
    )
    // The focus follows the contact moved, on the same button when it is still there.
    queueMicrotask(() => {
      const target = index + by
      const button =
        document.getElementById(id(`contact-${target}-${by < 0 ? 'up' : 'down'}`)) ??
        document.getElementById(id(`contacts-${target}-name`))
      if (button instanceof HTMLButtonElement && button.disabled) {
        document.getElementById(id(`contacts-${target}-name`))?.focus()
      } else button?.focus()
    })
  }

  const error = (path: string) => (
    <Show when={issues()[path]}>
      {(message) => (
        <p class="field-error" id={id(`${path.replaceAll('.', '-')}-error`)} role="alert">
          {message()}
        </p>
      )}
    </Show>
  )
  const described = (path: string) =>
    issues()[path] ? id(`${path.replaceAll('.', '-')}-error`) : undefined

  return (
    <form
      class="directory-form panel"
      aria-labelledby={id('title')}
      data-testid="directory-form"
      onSubmit={submit}
      noValidate
    >
      <h3 class="panel-title" id={id('title')}>
        {props.title}
      </h3>
      <div class="directory-form-grid">
        <div class="form-field">
          <label class="field-label" for={id('nameFr')}>
            {t().nameFr}
          </label>
          <input
            ref={firstField}
            id={id('nameFr')}
            data-testid="directory-name-fr"
            lang="fr"
            value={fields.nameFr}
            aria-invalid={issues().nameFr ? true : undefined}
            aria-describedby={described('nameFr')}
            onInput={(event) => setFields('nameFr', event.currentTarget.value)}
          />
          {error('nameFr')}
        </div>
        <div class="form-field">
          <label class="field-label" for={id('nameJa')}>
            {t().nameJa}
          </label>
          <input
            id={id('nameJa')}
            data-testid="directory-name-ja"
            lang="ja"
            value={fields.nameJa}
            aria-invalid={issues().nameJa ? true : undefined}
            aria-describedby={described('nameJa')}
            onInput={(event) => setFields('nameJa', event.currentTarget.value)}
          />
          {error('nameJa')}
        </div>
        <div class="form-field">
          <label class="field-label" for={id('country')}>
            {places().country}
          </label>
          <CountrySelect
            id={id('country')}
            testId="directory-country"
            value={fields.country}
            onChange={(country) => {
              if (country === '') return
              setFields({ country, kind: kindFor(country, fields.kind) })
            }}
          />
        </div>
        <div class="form-field">
          <label class="field-label" for={id('kind')}>
            {places().kind}
          </label>
          <KindSelect
            id={id('kind')}
            testId="directory-kind"
            country={fields.country}
            value={fields.kind}
            onChange={(kind) => setFields('kind', kind)}
          />
        </div>
        <div class="form-field directory-address-field">
          <label class="field-label" for={id('address')}>
            {t().address}
          </label>
          <textarea
            id={id('address')}
            data-testid="directory-address"
            rows={2}
            value={fields.address}
            aria-invalid={issues().address ? true : undefined}
            aria-describedby={described('address')}
            onInput={(event) => setFields('address', event.currentTarget.value)}
          />
          {error('address')}
        </div>
      </div>
      <fieldset class="directory-contacts-fields">
        <legend class="field-label">{t().contactsLegend}</legend>
        <p class="field-hint">{t().firstContactHint}</p>
        <ol class="directory-contact-list">
          <Index each={fields.contacts}>
            {(contact, index) => {
              const n = () => index + 1
              const field = (name: keyof DirectoryContact) => `contacts.${index}.${name}`
              return (
                <li class="directory-contact-fields" data-testid="directory-contact-fields">
                  <fieldset>
                    <legend class="directory-contact-number">{t().contactNumber(n())}</legend>
                    <div class="directory-form-grid">
                      <For each={['name', 'function', 'email'] as const}>
                        {(name) => (
                          <div class="form-field">
                            <label class="field-label" for={id(`contacts-${index}-${name}`)}>
                              {name === 'name'
                                ? t().contactName
                                : name === 'function'
                                  ? t().contactFunction
                                  : t().contactEmail}
                            </label>
                            <input
                              id={id(`contacts-${index}-${name}`)}
                              data-testid={`directory-contact-${name}`}
                              type={name === 'email' ? 'email' : 'text'}
                              value={contact()[name]}
                              aria-invalid={issues()[field(name)] ? true : undefined}
                              aria-describedby={described(field(name))}
                              onInput={(event) =>
                                setFields('contacts', index, name, event.currentTarget.value)
                              }
                            />
                            {error(field(name))}
                          </div>
                        )}
                      </For>
                      <div class="form-field">
                        <label class="field-label" for={id(`contacts-${index}-language`)}>
                          {t().contactLanguage}
                        </label>
                        <select
                          id={id(`contacts-${index}-language`)}
                          data-testid="directory-contact-language"
                          value={contact().language}
                          onChange={(event) =>
                            setFields(
                              'contacts',
                              index,
                              'language',
                              event.currentTarget.value as DirectoryContact['language'],
                            )
                          }
                        >
                          <option value="fr" selected={contact().language === 'fr'}>
                            {t().languages.fr}
                          </option>
                          <option value="ja" selected={contact().language === 'ja'}>
                            {t().languages.ja}
                          </option>
                        </select>
                      </div>
                    </div>
                    <div class="directory-contact-actions">
                      <button
                        type="button"
                        class="btn"
                        id={id(`contact-${index}-up`)}
                        aria-label={t().moveUp(n())}
                        disabled={index === 0}
                        onClick={() => moveContact(index, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        class="btn"
                        id={id(`contact-${index}-down`)}
                        aria-label={t().moveDown(n())}
                        disabled={index === fields.contacts.length - 1}
                        onClick={() => moveContact(index, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        class="btn"
                        data-testid="directory-remove-contact"
                        aria-label={t().removeContact(n())}
                        onClick={() => {
                          setFields('contacts', (contacts) =>
                            contacts.filter((_, at) => at !== index),
                          )
                          setIssues({})
                          document.getElementById(id('add-contact'))?.focus()
                        }}
                      >
                        {t().removeContact(n())}
                      </button>
                    </div>
                  </fieldset>
                </li>
              )
            }}
          </Index>
        </ol>
        <button
          type="button"
          class="btn"
          id={id('add-contact')}
          data-testid="directory-add-contact"
          onClick={() => {
            const at = fields.contacts.length
            setFields('contacts', at, blankContact(fields.country))
            queueMicrotask(() => document.getElementById(id(`contacts-${at}-name`))?.focus())
          }}
        >
          {t().addContact}
        </button>
      </fieldset>
      <Show when={failure()}>
        {(message) => (
          <p class="field-error" role="alert" data-testid="directory-form-failure">
            {message()}
          </p>
        )}
      </Show>
      <div class="form-actions">
        <button type="submit" class="btn primary" data-testid="directory-save" disabled={busy()}>
          {busy() ? t().saving : props.submitLabel}
        </button>
        <button type="button" class="btn" onClick={() => props.onCancel()}>
          {t().cancel}
        </button>
      </div>
    </form>
  )
}
