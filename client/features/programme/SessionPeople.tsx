import { type Component, For, Show } from 'solid-js'
import {
  addSessionPerson,
  type EditionSnapshot,
  type Id,
  PEOPLE_FIELD_OF_ROLE,
  type Person,
  removeSessionPerson,
  reorderSessionPerson,
  SESSION_ROLES,
  type Session,
  type SessionRole,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { createNewPerson } from '../people/new-person'
import { PersonPicker } from '../people/PersonPicker'
import { editorMessages } from './editor-messages'

/**
 * A person's line: their name in both scripts, then function and
 * collectivité; the interface's language first, as its readers expect.
 */
const PersonLine: Component<{ person: Person; edition: EditionSnapshot }> = (props) => {
  const { locale } = useI18n()
  const langs = () => (locale() === 'ja' ? (['ja', 'fr'] as const) : (['fr', 'ja'] as const))
  const both = (text: { fr: string; ja: string }) =>
    langs()
      .map((lang) => text[lang].trim())
      .filter(Boolean)
      .join(' / ')
  const collectivite = () =>
    props.edition.collectivites.find((each) => each.id === props.person.collectiviteId)
  return (
    <span class="person-line">
      <span class="person-names">
        <For each={langs().filter((lang) => props.person.name[lang].trim())}>
          {(lang, index) => (
            <span lang={lang} class={index() === 0 ? 'person-name' : 'person-other-name'}>
              {props.person.name[lang]}
            </span>
          )}
        </For>
      </span>
      <Show when={both(props.person.role)}>
        {(role) => <span class="person-detail">{role()}</span>}
      </Show>
      <Show when={collectivite()}>
        {(found) => <span class="person-detail">{pickText(found().name, locale()).main}</span>}
      </Show>
    </span>
  )
}

/** The people of one role, in order, each movable and removable, and the picker that adds one. */
const RoleList: Component<{
  session: EditionSession
  entry: Session
  role: SessionRole
  readOnly: boolean
  edit: (change: Parameters<EditionSession['edit']>[0]) => void
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(editorMessages)
  const edition = props.session.edition
  const ids = () => props.entry[PEOPLE_FIELD_OF_ROLE[props.role]]
  const person = (personId: Id) => edition.persons.find((each) => each.id === personId)
  const nameOf = (personId: Id) => {
    const found = person(personId)
    return (found && pickText(found.name, locale()).main) || m().unnamed
  }
  const sessionId = () => props.entry.id
  const headingId = () => `session-role-${props.role}`
  let list: HTMLOListElement | undefined
  let section: HTMLElement | undefined

  // A moved person's button moves with them; the focus follows it there.
  const move = (personId: Id, direction: -1 | 1) => {
    props.edit((doc, origin) =>
      reorderSessionPerson(doc, sessionId(), props.role, personId, direction, origin),
    )
    queueMicrotask(() => {
      const row = list?.querySelector(`[data-person-id="${personId}"]`)
      const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`)
      const other = row?.querySelector<HTMLButtonElement>(`[data-move="${-direction}"]`)
      ;(wanted && !wanted.disabled ? wanted : other)?.focus()
    })
  }

  // The removed person's row goes: the focus moves to the row taking its place, else the picker.
  const remove = (personId: Id, index: number) => {
    props.edit((doc, origin) => removeSessionPerson(doc, sessionId(), props.role, personId, origin))
    queueMicrotask(() => {
      const rows = section?.querySelectorAll('[data-testid=person-remove]') ?? []
      const next = rows[Math.min(index, rows.length - 1)] as HTMLButtonElement | undefined
      ;(next ?? section?.querySelector<HTMLInputElement>('[role=combobox]'))?.focus()
    })
  }

  return (
    <section
      ref={section}
      class="role-list"
      aria-labelledby={headingId()}
      data-testid={`role-${props.role}`}
    >
      <h4 id={headingId()}>{m().roles[props.role]}</h4>
      <Show when={ids().length > 0} fallback={<p class="muted">{m().nobody}</p>}>
        <ol ref={list} class="people-order">
          <For each={ids()}>
            {(personId, index) => (
              <li data-person-id={personId} data-testid="session-person">
                <Show when={person(personId)} fallback={<span>{m().unnamed}</span>}>
                  {(found) => <PersonLine person={found()} edition={edition} />}
                </Show>
                <span class="person-buttons">
                  <button
                    type="button"
                    class="btn icon"
                    data-move="-1"
                    data-testid="person-up"
                    aria-label={m().moveUp(nameOf(personId))}
                    title={m().moveUp(nameOf(personId))}
                    disabled={props.readOnly || index() === 0}
                    onClick={() => move(personId, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="btn icon"
                    data-move="1"
                    data-testid="person-down"
                    aria-label={m().moveDown(nameOf(personId))}
                    title={m().moveDown(nameOf(personId))}
                    disabled={props.readOnly || index() === ids().length - 1}
                    onClick={() => move(personId, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="btn icon danger"
                    data-testid="person-remove"
                    aria-label={m().remove(nameOf(personId))}
                    title={m().remove(nameOf(personId))}
                    disabled={props.readOnly}
                    onClick={() => remove(personId, index())}
                  >
                    ×
                  </button>
                </span>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={!props.readOnly}>
        <PersonPicker
          edition={edition}
          excluded={ids()}
          label={m().addTo(m().roles[props.role])}
          testId={`add-${props.role}`}
          onPick={(personId) =>
            props.edit((doc, origin) =>
              addSessionPerson(doc, sessionId(), props.role, personId, origin),
            )
          }
          onCreate={(created) =>
            props.session.edit((doc, origin) => {
              const personId = createNewPerson(doc, created, origin)
              addSessionPerson(doc, sessionId(), props.role, personId, origin)
            })
          }
        />
      </Show>
    </section>
  )
}

/** The session's people in the four roles, in programme order. */
export const SessionPeople: Component<{
  session: EditionSession
  entry: Session
  readOnly: boolean
  edit: (change: Parameters<EditionSession['edit']>[0]) => void
}> = (props) => {
  const m = useCatalogue(editorMessages)
  return (
    <section class="session-people" aria-labelledby="session-people-title">
      <h3 id="session-people-title">{m().people}</h3>
      <For each={SESSION_ROLES}>
        {(role) => (
          <RoleList
            session={props.session}
            entry={props.entry}
            role={role}
            readOnly={props.readOnly}
            edit={props.edit}
          />
        )}
      </For>
    </section>
  )
}
