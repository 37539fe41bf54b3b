import { type Component, createMemo, For } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { timeZoneMessages } from './time-zone-messages'
import { knownTimeZones, zoneCityName, zoneGroups } from './time-zones'

/**
 * A time zone, chosen from the IANA zones this browser knows, never typed:
 * a typed 'Europe/paris' or 'JST' would be refused far from where it was
 * written. Paris and Tokyo come first; the others are grouped by region,
 * each labelled with its city and its offset today. Label it with a
 * <label for={id}>.
 */
export const TimeZoneSelect: Component<{
  value: string
  onChange: (zone: string) => void
  id: string
  testId?: string
  /** The form field's name, for a form read through FormData. */
  name?: string
  disabled?: boolean
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(timeZoneMessages)
  const zones = knownTimeZones()
  // Offsets of today: a zone's offset changes twice a year at most, not while a form is open.
  const now = new Date()
  // Only a zone this browser does not list changes the options: choosing another keeps them.
  const unlisted = createMemo(() => (zones.includes(props.value) ? 'UTC' : props.value))
  const groups = createMemo(() =>
    zoneGroups(zones, unlisted(), now, (zone) => t().cities[zone] ?? zoneCityName(zone), locale()),
  )
  return (
    <select
      id={props.id}
      name={props.name}
      data-testid={props.testId}
      disabled={props.disabled}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
    >
      <For each={groups()}>
        {(group) => (
          <optgroup
            label={group.region === null ? t().usual : (t().regions[group.region] ?? group.region)}
          >
            <For each={group.options}>
              {(option) => (
                <option value={option.zone} selected={option.zone === props.value}>
                  {option.label}
                </option>
              )}
            </For>
          </optgroup>
        )}
      </For>
    </select>
  )
}
