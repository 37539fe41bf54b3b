import { type Accessor, createContext, createSignal, useContext } from 'solid-js'
import { Lang } from '../../../shared/doc/edition/schema'
import type { KeyValueStore } from '../storage'
import { en } from './en'
import { fr } from './fr'
import { ja } from './ja'
import type { Messages } from './messages'

export type { Messages } from './messages'

/** The languages of the interface, in the order the switch shows them. */
export const LOCALES: readonly Lang[] = [Lang.French, Lang.Japanese, Lang.English]

const MESSAGES: Record<Lang, Messages> = { fr, ja, en }
const STORAGE_KEY = 'kaigi.locale'

const isLocale = (value: string | null | undefined): value is Lang =>
  LOCALES.includes(value as Lang)

/**
 * The saved choice if any, else the first of the browser's languages that the
 * interface speaks, else English.
 */
export function pickLocale(saved: string | null, languages: readonly string[]): Lang {
  if (isLocale(saved)) return saved
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0]
    if (isLocale(primary)) return primary
  }
  return Lang.English
}

export interface I18nStore {
  locale: Accessor<Lang>
  setLocale(locale: Lang): void
  t: Accessor<Messages>
}

/** The interface language: detected once, switchable, remembered in `storage`. */
export function createI18nStore(storage: KeyValueStore, languages: readonly string[]): I18nStore {
  const [locale, setLocaleSignal] = createSignal(pickLocale(storage.get(STORAGE_KEY), languages))
  return {
    locale,
    setLocale(next) {
      storage.set(STORAGE_KEY, next)
      setLocaleSignal(next)
    },
    t: () => MESSAGES[locale()],
  }
}

export const I18nContext = createContext<I18nStore>()

export function useI18n(): I18nStore {
  const store = useContext(I18nContext)
  if (!store) throw new Error('useI18n outside <I18nContext.Provider>')
  return store
}
