/**
 * Calendar days in words, for the app and for the files alike: a day of an
 * edition is a date without a time, so it is formatted as UTC.
 */

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`)

/** A calendar day ('2024-11-18') for `locale`: '18 novembre 2024', '2024年11月18日'. */
export function formatDay(day: string, locale: string, style: 'long' | 'tab' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(locale, options).format(utcDate(day))
}

/**
 * '2024年11月18日～21日': ICU's Japanese range falls back to '2024/11/18～2024/11/21',
 * which committee letters never use.
 */
function japaneseRange(startDate: string, endDate: string, format: Intl.DateTimeFormat): string {
  const [startYear, startMonth] = startDate.split('-')
  const [endYear, endMonth, endDay] = endDate.split('-').map(Number)
  const start = format.format(utcDate(startDate))
  if (startDate === endDate) return start
  if (Number(startYear) !== endYear) return `${start}～${format.format(utcDate(endDate))}`
  if (Number(startMonth) !== endMonth) return `${start}～${endMonth}月${endDay}日`
  return `${start}～${endDay}日`
}

/** The days of an edition as one range, or the year alone when they are not known. */
export function formatDateRange(
  startDate: string | null,
  endDate: string | null,
  locale: string,
  year?: number,
): string {
  if (startDate && endDate) {
    const format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    })
    if (locale === 'ja') return japaneseRange(startDate, endDate, format)
    return format.formatRange(utcDate(startDate), utcDate(endDate))
  }
  if (startDate) return formatDay(startDate, locale)
  return year === undefined ? '' : String(year)
}
