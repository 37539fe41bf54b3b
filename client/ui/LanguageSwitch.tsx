import { type Component, For } from 'solid-js'
import { LOCALES, LANGUAGE_NAMES as NAMES, useI18n } from '../lib/i18n'
import './language-switch.css'

export const LanguageSwitch: Component = () => {
  const { locale, setLocale, preload, t } = useI18n()
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
            onPointerEnter={() => preload(code)}
            onFocus={() => preload(code)}
            onClick={() => setLocale(code)}
          >
            {code.toUpperCase()}
          </button>
        )}
      </For>
    </fieldset>
  )
}
