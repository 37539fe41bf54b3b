import { type Component, For, Show } from 'solid-js'
import {
  type EditionSnapshot,
  type EditionWarning,
  type Id,
  PEOPLE_FIELDS,
  type Session,
  WarningCode,
} from '../../../shared/doc/edition'
import { pickText } from '../../edition/list'
import { useI18n } from '../../i18n'
import { useCatalogue } from '../../i18n/catalogue'
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

/** What the session's warnings are about, in words, under the editor's fields. */
export const SessionWarnings: Component<{
  entry: Session
  edition: EditionSnapshot
  warnings: readonly EditionWarning[]
}> = (props) => {
  const { t, locale } = useI18n()
  const m = useCatalogue(editorMessages)
  const mine = () => props.warnings.filter((warning) => concernsSession(warning, props.entry))
  const roomName = (id: Id) => {
    const room = props.edition.rooms.find((each) => each.id === id)
    return room ? pickText(room.name, locale()).main : id
  }
  const sessionTitle = (id: Id) => {
    const other = props.edition.sessions.find((each) => each.id === id)
    return (other && pickText(other.title, locale()).main) || m().untitled
  }
  const personName = (id: Id) => {
    const person = props.edition.persons.find((each) => each.id === id)
    return (person && pickText(person.name, locale()).main) || m().unnamed
  }
  const otherSession = (ids: readonly [Id, Id]) =>
    m().withSession(sessionTitle(ids[0] === props.entry.id ? ids[1] : ids[0]))
  const detail = (warning: EditionWarning): string => {
    switch (warning.code) {
      case WarningCode.RoomDoubleBooked:
        return `${m().inRoom(roomName(warning.roomId))}, ${otherSession(warning.sessionIds)}`
      case WarningCode.PersonDoubleBooked:
        return `${personName(warning.personId)}, ${otherSession(warning.sessionIds)}`
      case WarningCode.InterpretationWithoutBooths:
      case WarningCode.RoomOverCapacity:
        return m().inRoom(roomName(warning.roomId))
      case WarningCode.PersonWithoutFunction:
        return personName(warning.personId)
      case WarningCode.MissingTranslation:
        return warning.missing.map((lang) => t().edition.editor.lang[lang]).join(', ')
      default:
        return ''
    }
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
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
