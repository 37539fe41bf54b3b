import { type Component, createSignal, onMount, Show } from 'solid-js'
import { createPerson, type Id } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { FormActions } from '../../ui/FormActions'
import { CollectiviteSelect } from './CollectiviteSelect'
import { FormField, TextField } from './FormField'
import { peopleMessages } from './people-messages'

/** Adds a person: names in French and Japanese, the reading, the function, the collectivité. */
export const PersonCreateForm: Component<{
  session: EditionSession
  onCreated: (id: Id) => void
  onCancel: () => void
}> = (props) => {
  const { t: app } = useI18n()
  const t = useCatalogue(peopleMessages)
  const [nameFr, setNameFr] = createSignal('')
  const [nameJa, setNameJa] = createSignal('')
  const [reading, setReading] = createSignal('')
  const [roleFr, setRoleFr] = createSignal('')
  const [roleJa, setRoleJa] = createSignal('')
  const [collectiviteId, setCollectiviteId] = createSignal<Id | null>(null)
  const [checked, setChecked] = createSignal(false)
  const [refused, setRefused] = createSignal<string | null>(null)
  const nameMissing = () => nameFr().trim() === '' && nameJa().trim() === ''
  let first: HTMLInputElement | undefined
  onMount(() => first?.focus())

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setChecked(true)
    if (nameMissing()) return
    let id: Id | null = null
    const reason = props.session.edit((doc, origin) => {
      id = createPerson(
        doc,
        {
          name: { fr: nameFr().trim(), ja: nameJa().trim() },
          reading: reading().trim(),
          role: { fr: roleFr().trim(), ja: roleJa().trim() },
          collectiviteId: collectiviteId(),
        },
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
      aria-labelledby="new-person-title"
      data-testid="new-person"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel()
      }}
    >
      <h3 id="new-person-title">{t().addTitle}</h3>
      <div class="people-form-fields">
        <TextField
          id="new-person-name-fr"
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
          id="new-person-name-ja"
          label={t().nameJa}
          lang="ja"
          value={nameJa()}
          invalid={checked() && nameMissing()}
          onInput={setNameJa}
        />
        <TextField
          id="new-person-reading"
          label={t().reading}
          lang="ja"
          hint={t().readingHint}
          value={reading()}
          onInput={setReading}
        />
        <TextField
          id="new-person-role-fr"
          label={t().roleFr}
          lang="fr"
          value={roleFr()}
          onInput={setRoleFr}
        />
        <TextField
          id="new-person-role-ja"
          label={t().roleJa}
          lang="ja"
          value={roleJa()}
          onInput={setRoleJa}
        />
        <FormField for="new-person-collectivite" label={t().collectivite}>
          <CollectiviteSelect
            id="new-person-collectivite"
            testId="new-person-collectivite"
            collectivites={props.session.edition.collectivites}
            value={collectiviteId()}
            none={t().noCollectivite}
            onChange={setCollectiviteId}
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
        submitTestid="create-person"
        cancel={t().cancel}
        onCancel={props.onCancel}
      />
    </form>
  )
}
