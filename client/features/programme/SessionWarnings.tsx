import { type Component, For, Show } from 'solid-js'
import {
  type EditionSnapshot,
  type EditionWarning,
  PEOPLE_FIELDS,
  type Session,
  WarningCode,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { warningPlaces } from '../conflicts/conflict-list'
import { useConflictWords } from '../conflicts/conflict-words'
import { conflictsMessages } from '../conflicts/conflicts-messages'
import { editorMessages } from './editor-messages'

/**
 * Whether `warning` concerns `session`: it names the session, or one of its
 * texts, or a person of it whose function is missing.
 */
export function concernsSession(warning: EditionWarning, session: Session): boolean {
  if ('sessionIds' in warning) return warning.sessionIds.includes(session.id)
  if ('sessionId' in warning) return warning.sessionId === session.id
  if (warning.code === WarningCode.MissingTranslation) {
    return warning.target.collection === 'sessions' && warning.target.id === session.id
  }
  if (warning.code === WarningCode.PersonWithoutFunction) {
    return PEOPLE_FIELDS.some((field) => session[field].includes(warning.personId))
  }
  return false
}

/**
 * What the session's warnings are about, in words, under the editor's
 * fields, each with a button to the field that sets it right.
 */
export const SessionWarnings: Component<{
  entry: Session
  edition: EditionSnapshot
  warnings: readonly EditionWarning[]
  onFocusField: (field: string) => void
}> = (props) => {
  const { t } = useI18n()
  const m = useCatalogue(editorMessages)
  const c = useCatalogue(conflictsMessages)
  const mine = () => props.warnings.filter((warning) => concernsSession(warning, props.entry))
  const words = useConflictWords(() => props.edition)
  const detail = (warning: EditionWarning) => words.detail(warning, props.entry.id)
  const personName = words.personName
  /** The field of this session that sets `warning` right, if it is one of the editor's. */
  const fieldOf = (warning: EditionWarning) => {
    const place = warningPlaces(warning).find(
      (each) => each.kind === 'session' && each.sessionId === props.entry.id,
    )
    return place?.kind === 'session' ? place.field : null
  }
  const fieldName = (field: string) => {
    const [name, rest] = field.split('.', 2) as [string, string | undefined]
    const editor = t().edition.editor
    if (name === 'person' && rest) return personName(rest)
    if (rest) {
      const label = name === 'title' ? editor.sessionTitle : editor.description
      return `${label} (${editor.lang[rest as 'fr' | 'ja' | 'en'] ?? rest})`
    }
    if (name === 'interpretation') return m().interpretation
    return editor[name as 'day' | 'start' | 'room' | 'kind'] ?? name
  }

  return (
    <section
      class="session-warnings"
      aria-labelledby="session-warnings-title"
      data-testid="editor-warnings"
    >
      <h3 id="session-warnings-title">{m().warnings}</h3>
      <Show when={mine().length > 0} fallback={<p class="muted">{m().noWarnings}</p>}>
        <ul>
          <For each={mine()}>
            {(warning) => (
              <li data-testid="editor-warning" data-code={warning.code}>
                <span>{t().edition.warning[warning.code]}</span>
                <Show when={detail(warning)}>
                  {(text) => <span class="muted"> — {text()}</span>}
                </Show>
                <Show when={fieldOf(warning)}>
                  {(field) => (
                    <>
                      {' '}
                      <button
                        type="button"
                        class="link-button"
                        data-testid="editor-warning-field"
                        onClick={() => props.onFocusField(field())}
                      >
                        {c().goToField(fieldName(field()))}
                      </button>
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
