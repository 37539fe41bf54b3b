import { type Component, createSignal, For, Show } from 'solid-js'
import { type Id, type Person, setMeta } from '../../../shared/doc/edition'
import { EditionView, editionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { MoveButtons } from '../rooms/MoveButtons'
import { FieldLink } from './FieldLink'
import { lettersMessages } from './letters-messages'
import { moved } from './signatory-order'

const FUNCTION_LANGS = ['fr', 'ja'] as const

/**
 * Who signs the letter, in order: persons of the edition, each with their
 * function in French and Japanese and a warning where one is missing (a
 * link to it in the people tab); added, removed and moved.
 */
export const Signatories: Component<{
  editionId: string
  session: EditionSession
  readOnly: boolean
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(lettersMessages)
  const edition = props.session.edition
  const [chosen, setChosen] = createSignal<Id | ''>('')
  const ids = () => edition.meta.signatoryIds
  const people = () =>
    ids()
      .map((id) => edition.persons.find((person) => person.id === id))
      .filter((person): person is Person => person !== undefined)
  const others = () =>
    edition.persons
      .filter((person) => !ids().includes(person.id))
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b), locale()))
  const nameOf = (person: Person) => pickText(person.name, locale()).main || m().unnamed
  const write = (signatoryIds: Id[]) =>
    props.onError(props.session.edit((doc, origin) => setMeta(doc, { signatoryIds }, origin)))
  const add = () => {
    const id = chosen()
    if (!id) return
    write([...ids(), id])
    setChosen('')
  }
  const missingLangs = (person: Person) =>
    FUNCTION_LANGS.filter((lang) => person.role[lang].trim() === '')

  return (
    <fieldset class="letter-signatories" data-testid="letter-signatories">
      <legend id="field-letters-signatories" tabIndex={-1}>
        {m().signatories}
      </legend>
      <p class="muted hint">{m().signatoriesHint}</p>
      <Show when={people().length > 0} fallback={<p class="muted">{m().noSignatories}</p>}>
        <ol class="signatory-list">
          <For each={people()}>
            {(person, index) => (
              <li class="signatory" data-testid="signatory" data-person-id={person.id}>
                <div class="signatory-who">
                  <span class="signatory-name" lang={pickText(person.name, locale()).mainLang}>
                    {nameOf(person)}
                  </span>
                  <For each={FUNCTION_LANGS}>
                    {(lang) => (
                      <Show when={person.role[lang].trim()}>
                        {(role) => (
                          <span class="signatory-role" lang={lang}>
                            {role()}
                          </span>
                        )}
                      </Show>
                    )}
                  </For>
                  <Show when={missingLangs(person).length > 0}>
                    <span class="signatory-warning" data-testid="signatory-function-missing">
                      ⚠{' '}
                      {m().functionMissing(
                        missingLangs(person)
                          .map((lang) => m().langName[lang])
                          .join(', '),
                      )}{' '}
                      <FieldLink
                        href={editionPath(props.editionId, EditionView.People)}
                        fieldId={`field-person-${person.id}-role-${missingLangs(person)[0]}`}
                      >
                        {m().setFunction}
                      </FieldLink>
                    </span>
                  </Show>
                </div>
                <Show when={!props.readOnly}>
                  <div class="signatory-actions">
                    <MoveButtons
                      axis="column"
                      earlierLabel={m().earlier(nameOf(person))}
                      laterLabel={m().later(nameOf(person))}
                      isFirst={index() === 0}
                      isLast={index() === people().length - 1}
                      testIdPrefix="signatory-move"
                      onMove={(direction) =>
                        write(moved(ids(), ids().indexOf(person.id), direction))
                      }
                    />
                    <button
                      type="button"
                      class="btn danger"
                      aria-label={m().remove(nameOf(person))}
                      title={m().remove(nameOf(person))}
                      data-testid="signatory-remove"
                      onClick={() => write(ids().filter((id) => id !== person.id))}
                    >
                      ✕
                    </button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={!props.readOnly}>
        <div class="signatory-add">
          <label class="select-field">
            <span class="field-label">{m().addSignatory}</span>
            <select
              data-testid="signatory-choose"
              value={chosen()}
              onChange={(event) => setChosen(event.currentTarget.value)}
            >
              <option value="">{m().choosePerson}</option>
              <For each={others()}>
                {(person) => {
                  const role = () => pickText(person.role, locale()).main
                  return (
                    <option value={person.id}>
                      {nameOf(person)}
                      {role() ? ` — ${role()}` : ''}
                    </option>
                  )
                }}
              </For>
            </select>
          </label>
          <button
            type="button"
            class="btn"
            data-testid="signatory-add"
            disabled={chosen() === ''}
            onClick={add}
          >
            {m().add}
          </button>
        </div>
      </Show>
    </fieldset>
  )
}
