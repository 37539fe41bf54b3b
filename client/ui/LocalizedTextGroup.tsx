import { type Component, For } from 'solid-js'
import { LANGS, type LocalizedText, type TextPath } from '../../shared/doc/edition'
import type { EditionSession } from '../sync/edition-session'
import { LocalizedTextField } from './LocalizedTextField'
import './localized-text.css'

/**
 * One content text in every language, side by side. French and Japanese are
 * required for a title, and for any other text once it is written in some
 * language; English never is.
 */
export const LocalizedTextGroup: Component<{
  session: EditionSession
  path: TextPath
  legend: string
  text: LocalizedText
  isTitle: boolean
  rows: number
  readOnly: boolean
  testIdPrefix: string
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const written = () => LANGS.some((lang) => (props.text[lang] ?? '').trim() !== '')
  return (
    <fieldset class="text-group">
      <legend>{props.legend}</legend>
      <div class="side-by-side">
        <For each={LANGS}>
          {(lang) => (
            <LocalizedTextField
              session={props.session}
              path={props.path}
              lang={lang}
              value={props.text[lang] ?? ''}
              required={lang !== 'en' && (props.isTitle || written())}
              rows={props.rows}
              readOnly={props.readOnly}
              testId={`${props.testIdPrefix}-${lang}`}
              onEditingChange={props.onEditingChange}
            />
          )}
        </For>
      </div>
    </fieldset>
  )
}
