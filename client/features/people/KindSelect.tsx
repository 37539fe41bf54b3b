import { type Component, For } from 'solid-js'
import {
  COLLECTIVITE_KINDS_BY_COUNTRY,
  type CollectiviteKind,
  type Country,
} from '../../../shared/doc/edition'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { collectivitesMessages } from './collectivites-messages'

/** The kind of a collectivité, among those that exist in its country. */
export const KindSelect: Component<{
  id: string
  testId: string
  country: Country
  value: CollectiviteKind
  onChange: (kind: CollectiviteKind) => void
  onFocus?: () => void
  onBlur?: () => void
}> = (props) => {
  const t = useCatalogue(collectivitesMessages)
  return (
    <select
      id={props.id}
      data-testid={props.testId}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value as CollectiviteKind)}
      onFocus={() => props.onFocus?.()}
      onBlur={() => props.onBlur?.()}
    >
      <For each={COLLECTIVITE_KINDS_BY_COUNTRY[props.country]}>
        {(kind) => (
          <option value={kind} selected={kind === props.value}>
            {t().kinds[kind]}
          </option>
        )}
      </For>
    </select>
  )
}

/** The kind to keep when the country changes: the same if it exists there, else the country's first. */
export function kindFor(country: Country, kind: CollectiviteKind): CollectiviteKind {
  const kinds = COLLECTIVITE_KINDS_BY_COUNTRY[country]
  return kinds.includes(kind) ? kind : (kinds[0] ?? kind)
}
