import { type Component, For } from 'solid-js'
import { type Collectivite, Country } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { collectiviteName, sortCollectivites } from './collectivite-list'
import { collectivitesMessages } from './collectivites-messages'

/** A person's collectivité: none, or one of the edition's, grouped by country. */
export const CollectiviteSelect: Component<{
  id: string
  testId: string
  collectivites: readonly Collectivite[]
  /** The chosen one's id, or null for none. */
  value: string | null
  /** What "none" is called. */
  none: string
  disabled?: boolean
  onChange: (collectiviteId: string | null) => void
  onFocus?: () => void
  onBlur?: () => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(collectivitesMessages)
  const inCountry = (country: Country) =>
    sortCollectivites(props.collectivites, locale()).filter((each) => each.country === country)
  return (
    <select
      id={props.id}
      data-testid={props.testId}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={(event) => props.onChange(event.currentTarget.value || null)}
      onFocus={() => props.onFocus?.()}
      onBlur={() => props.onBlur?.()}
    >
      <option value="">{props.none}</option>
      <For each={Object.values(Country)}>
        {(country) => (
          <optgroup label={t().countries[country]}>
            <For each={inCountry(country)}>
              {(collectivite) => (
                <option value={collectivite.id} selected={collectivite.id === props.value}>
                  {collectiviteName(collectivite, locale(), t().unnamed)}
                </option>
              )}
            </For>
          </optgroup>
        )}
      </For>
    </select>
  )
}
