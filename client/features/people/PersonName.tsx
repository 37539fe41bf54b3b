import { type Component, Show } from 'solid-js'
import type { Person } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'

/**
 * A person's name in the interface's language first, the other script
 * beside it, and the kana reading right after the Japanese name it reads,
 * whichever comes first; a missing translation is marked as elsewhere.
 */
export const PersonName: Component<{ person: Pick<Person, 'name' | 'reading'> }> = (props) => {
  const { t, locale } = useI18n()
  const picked = () => pickText(props.person.name, locale())
  const reading = (lang: string) => (
    <Show when={lang === 'ja' && props.person.reading}>
      <span class="person-reading" lang="ja" data-testid="person-reading-shown">
        {props.person.reading}
      </span>
    </Show>
  )
  return (
    <span class="bilingual person-name-pair">
      <span class="main-lang" lang={picked().mainLang}>
        {picked().main}
      </span>
      {reading(picked().mainLang)}
      <Show when={picked().other}>
        <span class="other-lang" lang={picked().otherLang}>
          {picked().other}
        </span>
        {reading(picked().otherLang)}
      </Show>
      <Show when={picked().missing}>
        <span class="missing" title={t().edition.warning.missing_translation}>
          {t().edition.missingTranslation}
        </span>
      </Show>
    </span>
  )
}
