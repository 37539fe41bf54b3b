import { type Accessor, createContext, createSignal, useContext } from 'solid-js'
import { Lang } from '../../../shared/doc/edition/schema'
import type { KeyValueStore } from '../storage'
import type { Messages } from './messages'

export type { Messages } from './messages'

/** The languages of the interface, in the order the switch shows them. */
export const LOCALES: readonly Lang[] = [Lang.French, Lang.Japanese, Lang.English]

/** Each language's name in itself, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', ja: '日本語', en: 'English' }

// Each catalogue is a script of its own: a page loads the one it speaks.
const CATALOGUES: Record<Lang, () => Promise<Messages>> = {
  fr: () => import('./fr').then((m) => m.fr),
  ja: () => import('./ja').then((m) => m.ja),
  en: () => import('./en').then((m) => m.en),
}
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
  /** Starts loading `locale`'s catalogue (the pointer is over its button), so a switch to it is at once. */
  preload(locale: Lang): void
  t: Accessor<Messages>
}

/**
 * The interface language: detected once, switchable, remembered in
 * `storage`. Resolves once the first language's catalogue is loaded; another
 * language shows once its own has loaded (the last one asked wins).
 */
export async function createI18nStore(
  storage: KeyValueStore,
  languages: readonly string[],
): Promise<I18nStore> {
  const first = pickLocale(storage.get(STORAGE_KEY), languages)
  const loaded = new Map<Lang, Messages>([[first, await CATALOGUES[first]()]])
  const [locale, setLocaleSignal] = createSignal(first)
  let asked = first
  return {
    locale,
    setLocale(next) {
      storage.set(STORAGE_KEY, next)
      asked = next
      const catalogue = loaded.get(next)
      if (catalogue) {
        setLocaleSignal(next)
        return
      }
      void CATALOGUES[next]().then((messages) => {
        loaded.set(next, messages)
        if (asked === next) setLocaleSignal(next)
      })
    },
    preload(next) {
      if (!loaded.has(next)) void CATALOGUES[next]()
    },
    // Only a loaded language is ever the locale.
    t: () => loaded.get(locale()) as Messages,
  }
}

export const I18nContext = createContext<I18nStore>()

export function useI18n(): I18nStore {
  const store = useContext(I18nContext)
  if (!store) throw new Error('useI18n outside <I18nContext.Provider>')
  return store
}
