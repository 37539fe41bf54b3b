import { type Component, createSignal, createUniqueId, For, onMount, Show } from 'solid-js'
import {
  COLLECTIVITE_KINDS_BY_COUNTRY,
  type Collectivite,
  type CollectiviteKind,
  Country,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { CountrySelect } from './CountrySelect'
import { KindSelect } from './KindSelect'
import { guessFromTyped, type NewPerson } from './new-person'
import { personPickerMessages } from './person-picker-messages'

// The collectivité select's value for one created here; ids never hold ':'.
const NEW_COLLECTIVITE = ':new'

/**
 * The small form that creates a person on the spot, prefilled from what was
 * typed: names in both scripts, reading, function, and a collectivité picked
 * from the edition's or created here too. Not a <form>: it lives inside others.
 */
export const NewPersonForm: Component<{
  typed: string
  collectivites: readonly Collectivite[]
  /** Returns why the person was refused, or null once created. */
  onCreate: (person: NewPerson) => string | null
  onCancel: () => void
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(personPickerMessages)
  const id = createUniqueId()
  const guess = guessFromTyped(props.typed)
  const [nameFr, setNameFr] = createSignal(guess.name.fr)
  const [nameJa, setNameJa] = createSignal(guess.name.ja)
  const [reading, setReading] = createSignal(guess.reading)
  const [roleFr, setRoleFr] = createSignal('')
  const [roleJa, setRoleJa] = createSignal('')
  const [collectiviteId, setCollectiviteId] = createSignal('')
  const [newNameFr, setNewNameFr] = createSignal('')
  const [newNameJa, setNewNameJa] = createSignal('')
  // A member most often adds someone from their own side.
  const [country, setCountry] = createSignal<Country>(
    locale() === 'ja' ? Country.Japan : Country.France,
  )
  const [kind, setKind] = createSignal<CollectiviteKind>(
    COLLECTIVITE_KINDS_BY_COUNTRY[country()][0] as CollectiviteKind,
  )
  const [error, setError] = createSignal<string | null>(null)
  let first: HTMLInputElement | undefined

  onMount(() => first?.focus())

  const sorted = () =>
    [...props.collectivites].sort((a, b) =>
      pickText(a.name, locale()).main.localeCompare(pickText(b.name, locale()).main, locale()),
    )
  const chooseCountry = (next: Country) => {
    setCountry(next)
    const kinds = COLLECTIVITE_KINDS_BY_COUNTRY[next]
    if (!kinds.includes(kind())) setKind(kinds[0] as CollectiviteKind)
  }
  const collectivite = (): NewPerson['collectivite'] => {
    const chosen = collectiviteId()
    if (chosen === '') return null
    if (chosen !== NEW_COLLECTIVITE) return { id: chosen }
    const name = { fr: newNameFr().trim(), ja: newNameJa().trim() }
    return { create: { name, country: country(), kind: kind() } }
  }
  const submit = () => {
    const name = { fr: nameFr().trim(), ja: nameJa().trim() }
    if (!name.fr && !name.ja) return setError(m().needName)
    const chosen = collectivite()
    if (chosen && 'create' in chosen && !chosen.create.name.fr && !chosen.create.name.ja) {
      return setError(m().needCollectiviteName)
    }
    const role = { fr: roleFr().trim(), ja: roleJa().trim() }
    const refused = props.onCreate({ name, reading: reading().trim(), role, collectivite: chosen })
    setError(refused === null ? null : m().refused(refused))
  }
  // Enter in a field creates, as it would in a form; Escape leaves the form.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      props.onCancel()
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault()
      submit()
    }
  }

  const field = (
    label: string,
    value: () => string,
    set: (value: string) => void,
    testId: string,
    lang: string,
  ) => (
    <label class="select-field">
      <span class="field-label">{label}</span>
      <input
        type="text"
        lang={lang}
        data-testid={testId}
        value={value()}
        onInput={(event) => set(event.currentTarget.value)}
      />
    </label>
  )

  return (
    <fieldset class="new-person" data-testid="new-person-form" onKeyDown={onKeyDown}>
      <legend>{m().newPerson}</legend>
      <div class="new-person-fields">
        <label class="select-field">
          <span class="field-label">{m().nameFr}</span>
          <input
            ref={first}
            type="text"
            lang="fr"
            data-testid="new-person-name-fr"
            value={nameFr()}
            onInput={(event) => setNameFr(event.currentTarget.value)}
          />
        </label>
        {field(m().nameJa, nameJa, setNameJa, 'new-person-name-ja', 'ja')}
        {field(m().reading, reading, setReading, 'new-person-reading', 'ja')}
        {field(m().roleFr, roleFr, setRoleFr, 'new-person-role-fr', 'fr')}
        {field(m().roleJa, roleJa, setRoleJa, 'new-person-role-ja', 'ja')}
        <label class="select-field">
          <span class="field-label">{m().collectivite}</span>
          <select
            data-testid="new-person-collectivite"
            value={collectiviteId()}
            onChange={(event) => setCollectiviteId(event.currentTarget.value)}
          >
            <option value="">{m().noCollectivite}</option>
            <For each={sorted()}>
              {(each) => <option value={each.id}>{pickText(each.name, locale()).main}</option>}
            </For>
            <option value={NEW_COLLECTIVITE}>{m().newCollectivite}</option>
          </select>
        </label>
        <Show when={collectiviteId() === NEW_COLLECTIVITE}>
          <fieldset class="new-collectivite">
            <legend>{m().newCollectiviteTitle}</legend>
            {field(
              m().collectiviteNameFr,
              newNameFr,
              setNewNameFr,
              'new-collectivite-name-fr',
              'fr',
            )}
            {field(
              m().collectiviteNameJa,
              newNameJa,
              setNewNameJa,
              'new-collectivite-name-ja',
              'ja',
            )}
            <div class="select-field">
              <label class="field-label" for={`${id}-country`}>
                {m().country}
              </label>
              <CountrySelect
                id={`${id}-country`}
                testId="new-collectivite-country"
                value={country()}
                onChange={(next) => {
                  if (next) chooseCountry(next)
                }}
              />
            </div>
            <div class="select-field">
              <label class="field-label" for={`${id}-kind`}>
                {m().kind}
              </label>
              <KindSelect
                id={`${id}-kind`}
                testId="new-collectivite-kind"
                country={country()}
                value={kind()}
                onChange={setKind}
              />
            </div>
          </fieldset>
        </Show>
      </div>
      <Show when={error()}>
        {(message) => (
          <p class="field-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <div class="new-person-actions">
        <button type="button" class="btn primary" data-testid="new-person-submit" onClick={submit}>
          {m().submit}
        </button>
        <button type="button" class="btn" onClick={() => props.onCancel()}>
          {m().cancel}
        </button>
      </div>
    </fieldset>
  )
}
