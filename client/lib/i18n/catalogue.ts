import type { Accessor } from 'solid-js'
import type { Lang } from '../../../shared/doc/edition'
import { useI18n } from '.'

/**
 * A feature's own strings, in every interface language: the feature's part
 * of the catalogue, beside its components (`client/features/<feature>/`),
 * where the committees correct its words.
 */
export type CataloguePart<T> = Record<Lang, T>

/** The strings of `part` in the interface's current language. */
export function useCatalogue<T>(part: CataloguePart<T>): Accessor<T> {
  const { locale } = useI18n()
  return () => part[locale()]
}
