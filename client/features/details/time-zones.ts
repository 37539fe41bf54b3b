/**
 * The time zones an edition can be held in, as a select offers them: the
 * IANA names this browser knows, grouped by region, Paris and Tokyo first.
 */
import { type Country, zoneOffsetMinutes } from '../../../shared/doc/edition'

/** The zones of the Rencontres' two countries, offered before all others. */
export const USUAL_TIME_ZONES = ['Europe/Paris', 'Asia/Tokyo'] as const

const ZONE_OF_COUNTRY = { FR: 'Europe/Paris', JP: 'Asia/Tokyo' } as const satisfies Record<
  Country,
  string
>

/** The time zone an edition hosted in `country` usually has. */
export function defaultTimeZone(country: Country): string {
  return ZONE_OF_COUNTRY[country]
}

/** Every IANA zone this browser knows, or the usual two where it cannot list them. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] }
  const zones = intl.supportedValuesOf?.('timeZone') ?? []
  // Browsers leave UTC itself out of the list; a committee may still want it.
  return [...new Set([...zones, 'UTC'])]
}

/** The region of a zone name ('Europe' of 'Europe/Paris'); zones without one are 'Etc'. */
export function zoneRegion(zone: string): string {
  return zone.includes('/') ? (zone.split('/')[0] ?? 'Etc') : 'Etc'
}

/** The city a zone is named after, as its name spells it ('Buenos Aires'). */
export function zoneCityName(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}

/** '+01:00', '-03:30': an offset from UTC in minutes, as clocks write it. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const whole = Math.abs(minutes)
  const hours = String(Math.floor(whole / 60)).padStart(2, '0')
  return `${sign}${hours}:${String(whole % 60).padStart(2, '0')}`
}

/** 'UTC+9', 'UTC−3:30', 'UTC': an offset as a person reads it beside a city. */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC'
  const whole = Math.abs(minutes)
  const rest = whole % 60
  return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(whole / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`
}

/** `zone`'s offset from UTC at `now`, or null if this browser does not know it. */
export function zoneOffset(zone: string, now: Date): number | null {
  try {
    return zoneOffsetMinutes(now, zone)
  } catch {
    return null
  }
}

/** 'UTC+9': `zone`'s offset at `now` as `formatUtcOffset` writes it, or the zone's name if unknown here. */
export function zoneOffsetLabel(zone: string, now: Date = new Date()): string {
  const offset = zoneOffset(zone, now)
  return offset === null ? zone : formatUtcOffset(offset)
}

/** One option of the select. */
export interface ZoneOption {
  zone: string
  label: string
}

/** One <optgroup>: its region (null for the usual zones, offered first) and its zones. */
export interface ZoneGroup {
  region: string | null
  options: ZoneOption[]
}

/**
 * The select's groups: the usual zones, then each region's zones by name,
 * each labelled by its city in `cityOf`'s words and its offset at `now`,
 * "Tokyo (UTC+9)", 「東京 (UTC+9)」: the IANA name ("Asia/Tokyo") stays
 * the option's value, never shown. `current` is always offered,
 * even when this browser does not list it, so the select never shows a
 * zone other than the edition's.
 */
export function zoneGroups(
  zones: readonly string[],
  current: string,
  now: Date,
  cityOf: (zone: string) => string,
  locale: string,
): ZoneGroup[] {
  const label = (zone: string): ZoneOption => {
    const offset = zoneOffset(zone, now)
    const city = cityOf(zone)
    if (zone === 'UTC' || offset === null) return { zone, label: city }
    return { zone, label: `${city} (${formatUtcOffset(offset)})` }
  }
  const usual: readonly string[] = USUAL_TIME_ZONES
  const others = [...new Set([...zones, current])].filter((zone) => !usual.includes(zone))
  const regions = new Map<string, ZoneOption[]>()
  for (const zone of others) {
    const region = zoneRegion(zone)
    regions.set(region, [...(regions.get(region) ?? []), label(zone)])
  }
  const collator = new Intl.Collator(locale)
  const byName = (a: ZoneOption, b: ZoneOption) => collator.compare(a.zone, b.zone)
  return [
    { region: null, options: usual.map(label) },
    ...[...regions.keys()]
      .sort((a, b) => collator.compare(a, b))
      .map((region) => ({ region, options: (regions.get(region) ?? []).sort(byName) })),
  ]
}
