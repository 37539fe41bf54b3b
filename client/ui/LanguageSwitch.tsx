import { type Component, For } from 'solid-js'
import { LOCALES, useI18n } from '../lib/i18n'
import { en } from '../lib/i18n/en'
import { fr } from '../lib/i18n/fr'
import { ja } from '../lib/i18n/ja'
import './language-switch.css'

const NAMES = { fr: fr.languageName, ja: ja.languageName, en: en.languageName }

export const LanguageSwitch: Component = () => {
  const { locale, setLocale, t } = useI18n()
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t().languageSwitch}</legend>
      <For each={LOCALES}>
        {(code) => (
          <button
            type="button"
            lang={code}
            title={NAMES[code]}
            // The visible code begins the name: voice control users say what they see.
            aria-label={`${code.toUpperCase()} · ${NAMES[code]}`}
            aria-pressed={locale() === code}
            onClick={() => setLocale(code)}
          >
            {code.toUpperCase()}
          </button>
        )}
      </For>
    </fieldset>
  )
}
