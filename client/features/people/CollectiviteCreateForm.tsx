import { type Component, createSignal, onMount, Show } from 'solid-js'
import {
  COLLECTIVITE_KINDS_BY_COUNTRY,
  type CollectiviteKind,
  type Country,
  createCollectivite,
  type Id,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { FormActions } from '../../ui/FormActions'
import { CountrySelect } from './CountrySelect'
import { collectivitesMessages } from './collectivites-messages'
import { FormField, TextField } from './FormField'
import { KindSelect, kindFor } from './KindSelect'

/** Adds a collectivité: its name in French and Japanese, its country and a kind found there. */
export const CollectiviteCreateForm: Component<{
  session: EditionSession
  /** The country it starts in (the filter's, when one is chosen). */
  country: Country
  onCreated: (id: Id) => void
  onCancel: () => void
}> = (props) => {
  const { t: app } = useI18n()
  const t = useCatalogue(collectivitesMessages)
  const [nameFr, setNameFr] = createSignal('')
  const [nameJa, setNameJa] = createSignal('')
  const [country, setCountry] = createSignal<Country>(props.country)
  const [kind, setKind] = createSignal<CollectiviteKind>(
    COLLECTIVITE_KINDS_BY_COUNTRY[props.country][0] ?? 'commune',
  )
  const [checked, setChecked] = createSignal(false)
  const [refused, setRefused] = createSignal<string | null>(null)
  const nameMissing = () => nameFr().trim() === '' && nameJa().trim() === ''
  let first: HTMLInputElement | undefined
  onMount(() => first?.focus())

  const chooseCountry = (next: Country | '') => {
    if (next === '') return
    setCountry(next)
    setKind(kindFor(next, kind()))
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setChecked(true)
    if (nameMissing()) return
    let id: Id | null = null
    const reason = props.session.edit((doc, origin) => {
      id = createCollectivite(
        doc,
        { name: { fr: nameFr().trim(), ja: nameJa().trim() }, country: country(), kind: kind() },
        origin,
      )
    })
    setRefused(reason === null ? null : app().edition.editor.refused(reason))
    if (id) props.onCreated(id)
  }

  return (
    <form
      class="panel people-form"
      novalidate
      aria-labelledby="new-collectivite-title"
      data-testid="new-collectivite"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel()
      }}
    >
      <h3 id="new-collectivite-title">{t().addTitle}</h3>
      <div class="people-form-fields">
        <TextField
          id="new-collectivite-name-fr"
          label={t().nameFr}
          lang="fr"
          value={nameFr()}
          invalid={checked() && nameMissing()}
          ref={(input) => {
            first = input
          }}
          onInput={setNameFr}
        />
        <TextField
          id="new-collectivite-name-ja"
          label={t().nameJa}
          lang="ja"
          value={nameJa()}
          invalid={checked() && nameMissing()}
          onInput={setNameJa}
        />
        <FormField for="new-collectivite-country" label={t().country}>
          <CountrySelect
            id="new-collectivite-country"
            testId="new-collectivite-country"
            value={country()}
            onChange={chooseCountry}
          />
        </FormField>
        <FormField for="new-collectivite-kind" label={t().kind}>
          <KindSelect
            id="new-collectivite-kind"
            testId="new-collectivite-kind"
            country={country()}
            value={kind()}
            onChange={setKind}
          />
        </FormField>
      </div>
      <Show when={checked() && nameMissing()}>
        <p class="field-error" role="alert">
          {t().needName}
        </p>
      </Show>
      <FormActions
        refused={refused()}
        submit={t().create}
        submitTestid="create-collectivite"
        cancel={t().cancel}
        onCancel={props.onCancel}
      />
    </form>
  )
}
