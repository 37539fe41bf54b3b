import type { Lang } from '../../../shared/doc/edition/schema'

const cardinals = new Map<Lang, Intl.PluralRules>()

/**
 * `one` or `other`, as the language's plural rules pick for `n`
 * (Intl.PluralRules): in French 0 and 1 take the singular, in English only 1.
 * Japanese has one form: its catalogue never asks.
 */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  let rules = cardinals.get(lang)
  if (!rules) {
    rules = new Intl.PluralRules(lang)
    cardinals.set(lang, rules)
  }
  return rules.select(n) === 'one' ? one : other
}

/** `n` followed by its noun in the form the language's plural rules pick. */
export const counted = (lang: Lang, n: number, one: string, other: string): string =>
  `${n} ${plural(lang, n, one, other)}`

const frenchOrdinals = new Intl.PluralRules('fr', { type: 'ordinal' })

/** A French ordinal number: 1re, 2e, 3e… */
export const frenchOrdinal = (n: number): string =>
  frenchOrdinals.select(n) === 'one' ? `${n}re` : `${n}e`
