import { type Component, For, Show } from 'solid-js'
import { Country } from '../../../shared/doc/edition'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { collectivitesMessages } from './collectivites-messages'

/** France or Japan; with `all`, also an option for both (a filter). */
export const CountrySelect: Component<{
  id: string
  testId: string
  value: Country | ''
  /** The label of the option for every country, if the select offers one. */
  all?: string
  onChange: (country: Country | '') => void
  onFocus?: () => void
  onBlur?: () => void
}> = (props) => {
  const t = useCatalogue(collectivitesMessages)
  return (
    <select
      id={props.id}
      data-testid={props.testId}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value as Country | '')}
      onFocus={() => props.onFocus?.()}
      onBlur={() => props.onBlur?.()}
    >
      <Show when={props.all}>{(all) => <option value="">{all()}</option>}</Show>
      <For each={Object.values(Country)}>
        {(country) => (
          <option value={country} selected={country === props.value}>
            {t().countries[country]}
          </option>
        )}
      </For>
    </select>
  )
}
