import { type Component, Show } from 'solid-js'
import { useI18n } from '../lib/i18n'
import { pickText } from '../lib/localized-text'

/** A content text in the interface's language, the other language smaller beside it; a gap is marked. */
export const Bilingual: Component<{
  text: { fr: string; ja: string; en?: string }
  class?: string
  /** For the public: a missing translation is the committee's business, not marked. */
  unmarked?: boolean
}> = (props) => {
  const { t, locale } = useI18n()
  const picked = () => pickText(props.text, locale())
  return (
    <span class={`bilingual ${props.class ?? ''}`}>
      <span class="main-lang" lang={picked().mainLang}>
        {picked().main}
      </span>
      <Show when={picked().other}>
        <span class="other-lang" lang={picked().otherLang}>
          {picked().other}
        </span>
      </Show>
      <Show when={picked().missing && !props.unmarked}>
        <span class="missing" title={t().edition.warning.missing_translation}>
          {t().edition.missingTranslation}
        </span>
      </Show>
    </span>
  )
}
