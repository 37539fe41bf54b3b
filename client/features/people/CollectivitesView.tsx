import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import type { Country, Id } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { ViewPanel } from '../../ui/ViewPanel'
import { CollectiviteCard } from './CollectiviteCard'
import { CollectiviteCreateForm } from './CollectiviteCreateForm'
import { CountrySelect } from './CountrySelect'
import { sortCollectivites } from './collectivite-list'
import { collectivitesMessages } from './collectivites-messages'
import './people.css'

/** The edition's collectivités, by country: added, renamed, merged, deleted when unused. */
export const CollectivitesView: Component<{
  session: EditionSession
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(collectivitesMessages)
  const edition = props.session.edition
  const [country, setCountry] = createSignal<Country | ''>('')
  const [adding, setAdding] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  let addButton: HTMLButtonElement | undefined

  const shown = createMemo(() =>
    sortCollectivites(edition.collectivites, locale()).filter(
      (each) => country() === '' || each.country === country(),
    ),
  )
  const created = (id: Id) => {
    setAdding(false)
    const made = edition.collectivites.find((each) => each.id === id)
    if (made && country() !== '' && made.country !== country()) setCountry('')
    // The new card takes the focus, so a screen reader says what was added.
    requestAnimationFrame(() => document.getElementById(`collectivite-${id}-name`)?.focus())
  }
  const cancel = () => {
    setAdding(false)
    addButton?.focus()
  }

  return (
    <ViewPanel
      class="people-view"
      titleId="collectivites-title"
      title={t().tab}
      intro={t().intro}
      testId="collectivites-view"
      readOnly={props.readOnly}
      error={error()}
    >
      <div class="people-toolbar">
        <div class="form-field">
          <label class="field-label" for="collectivites-country">
            {t().countryFilter}
          </label>
          <CountrySelect
            id="collectivites-country"
            testId="collectivites-country"
            value={country()}
            all={t().allCountries}
            onChange={setCountry}
          />
        </div>
        <Show when={props.readOnly === null && !adding()}>
          <button
            type="button"
            class="btn primary"
            data-testid="add-collectivite"
            ref={addButton}
            onClick={() => setAdding(true)}
          >
            {t().add}
          </button>
        </Show>
      </div>
      <p class="muted people-count" aria-live="polite" data-testid="collectivites-count">
        {t().shown(shown().length, edition.collectivites.length)}
      </p>

      <Show when={adding() && props.readOnly === null}>
        <CollectiviteCreateForm
          session={props.session}
          country={country() || edition.meta.hostCountry}
          onCreated={created}
          onCancel={cancel}
        />
      </Show>

      <Show
        when={shown().length > 0}
        fallback={
          <p class="muted" data-testid="collectivites-empty">
            {edition.collectivites.length === 0 ? t().none : t().noMatch}
          </p>
        }
      >
        <ul class="collectivite-list">
          <For each={shown()}>
            {(collectivite) => (
              <CollectiviteCard
                session={props.session}
                collectivite={collectivite}
                readOnly={props.readOnly !== null}
                onEditingChange={props.onEditingChange}
                onError={setError}
              />
            )}
          </For>
        </ul>
      </Show>
    </ViewPanel>
  )
}
