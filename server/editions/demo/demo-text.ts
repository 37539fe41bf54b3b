import type { LocalizedTextInput } from '../../../shared/doc/edition/schema'

/**
 * French typography for demo texts written with plain keys: typographic
 * apostrophes, and a no-break space before a colon, semicolon, question or
 * exclamation mark, so that a line never starts with one.
 */
function frenchTypography(text: string): string {
  return text.replaceAll("'", '’').replace(/ ([:;?!])/g, '\u00a0$1')
}

/** A localized demo text. */
export function localized(fr: string, ja: string, en = ''): LocalizedTextInput {
  return { fr: frenchTypography(fr), ja, en }
}
