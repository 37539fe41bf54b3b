import { type Component, createMemo, createSignal, createUniqueId, For, Show } from 'solid-js'
import type { Collectivite, EditionSnapshot, Id, Person } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { NewPersonForm } from './NewPersonForm'
import type { NewPerson } from './new-person'
import { personPickerMessages } from './person-picker-messages'
import { foldForSearch, matchesPerson } from './person-search'
import './person-picker.css'

/** How many matches the list shows: a few letters narrow it, a long list helps nobody. */
const MAX_MATCHES = 8

type Option = { kind: 'person'; person: Person } | { kind: 'create' }

/**
 * A field that finds a person of the edition as one types (a name in either
 * script, its kana reading, a function), in the ARIA combobox pattern: ↓ ↑
 * move through the list, Enter picks, Escape closes it. Its last choice
 * creates a person named as typed, in a small form under the field.
 */
export const PersonPicker: Component<{
  edition: Pick<EditionSnapshot, 'persons' | 'collectivites'>
  /** People not to offer (already there). */
  excluded: readonly Id[]
  label: string
  testId: string
  disabled?: boolean
  onPick: (personId: Id) => void
  /** Returns why the person was refused, or null once created. */
  onCreate: (person: NewPerson) => string | null
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(personPickerMessages)
  const id = createUniqueId()
  const [query, setQuery] = createSignal('')
  const [open, setOpen] = createSignal(false)
  const [active, setActive] = createSignal(0)
  const [creating, setCreating] = createSignal<string | null>(null)
  let input: HTMLInputElement | undefined

  const collectiviteOf = (person: Person): Collectivite | null =>
    props.edition.collectivites.find((each) => each.id === person.collectiviteId) ?? null
  const name = (person: Person) => pickText(person.name, locale())
  // Whose name or reading has a word beginning with what was typed comes first: 0 before 1.
  const startsWithTyped = (person: Person, typed: string) => {
    const folded = foldForSearch(typed)
    const fields = [person.name.fr, person.name.ja, person.name.en, person.reading]
    const words = fields.flatMap((field) => [field, ...field.split(/\s+/)])
    return words.some((word) => foldForSearch(word).startsWith(folded)) ? 0 : 1
  }
  const options = createMemo((): Option[] => {
    const typed = query().trim()
    const matches = props.edition.persons
      .filter((person) => !props.excluded.includes(person.id))
      .filter((person) => matchesPerson(person, collectiviteOf(person), typed))
      .sort(
        (a, b) =>
          startsWithTyped(a, typed) - startsWithTyped(b, typed) ||
          name(a).main.localeCompare(name(b).main, locale()),
      )
      .slice(0, MAX_MATCHES)
      .map((person): Option => ({ kind: 'person', person }))
    return typed ? [...matches, { kind: 'create' }] : matches
  })
  const optionId = (index: number) => `${id}-option-${index}`
  const expanded = () => open() && options().length > 0

  const choose = (option: Option | undefined) => {
    if (!option) return
    setOpen(false)
    if (option.kind === 'create') {
      setCreating(query().trim())
      return
    }
    props.onPick(option.person.id)
    setQuery('')
    input?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return
    const count = options().length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open()) {
        setOpen(true)
        setActive(event.key === 'ArrowDown' ? 0 : Math.max(count - 1, 0))
      } else if (count > 0) {
        setActive((active() + (event.key === 'ArrowDown' ? 1 : count - 1)) % count)
      }
    } else if (event.key === 'Enter' && expanded()) {
      event.preventDefault()
      choose(options()[active()])
    } else if (event.key === 'Escape' && (open() || query() !== '')) {
      // Escape closes the list, then clears the field; the editor around stays open.
      event.preventDefault()
      event.stopPropagation()
      if (open()) setOpen(false)
      else setQuery('')
    }
  }

  return (
    <div class="person-picker">
      <label class="field-label" for={`${id}-input`}>
        {props.label}
      </label>
      <div class="combobox">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded()}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded() ? optionId(active()) : undefined}
          aria-describedby={`${id}-hint`}
          data-testid={props.testId}
          disabled={props.disabled}
          value={query()}
          onInput={(event) => {
            setQuery(event.currentTarget.value)
            setActive(0)
            setOpen(true)
          }}
          onFocus={() => setOpen(query() !== '')}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div
          id={`${id}-list`}
          role="listbox"
          class="combobox-list"
          aria-label={m().matches}
          hidden={!expanded()}
        >
          <For each={expanded() ? options() : []}>
            {(option, index) => (
              // biome-ignore lint/a11y/useFocusableInteractive: the combobox pattern keeps the focus in the field (aria-activedescendant)
              // biome-ignore lint/a11y/useKeyWithClickEvents: the field's ↓ ↑ Enter choose by keyboard
              <div
                id={optionId(index())}
                role="option"
                class="combobox-option"
                classList={{ active: index() === active(), create: option.kind === 'create' }}
                aria-selected={index() === active()}
                data-testid={option.kind === 'create' ? 'person-option-create' : 'person-option'}
                data-person-id={option.kind === 'person' ? option.person.id : undefined}
                // Keeps the focus in the field, so the list does not close before the click.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index())}
                onClick={() => choose(option)}
              >
                <Show
                  when={option.kind === 'person' && option.person}
                  fallback={m().create(query().trim())}
                >
                  {(person) => (
                    <>
                      <span class="option-name">{name(person()).main || '—'}</span>
                      <Show when={name(person()).other}>
                        <span class="option-other" lang={name(person()).otherLang}>
                          {name(person()).other}
                        </span>
                      </Show>
                      <Show when={collectiviteOf(person())}>
                        {(collectivite) => (
                          <span class="option-collectivite">
                            {pickText(collectivite().name, locale()).main}
                          </span>
                        )}
                      </Show>
                    </>
                  )}
                </Show>
              </div>
            )}
          </For>
        </div>
      </div>
      <p id={`${id}-hint`} class="visually-hidden">
        {m().hint}
      </p>
      <Show when={creating()} keyed>
        {(typed) => (
          <NewPersonForm
            typed={typed}
            collectivites={props.edition.collectivites}
            onCreate={(person) => {
              const refused = props.onCreate(person)
              if (refused === null) {
                setCreating(null)
                setQuery('')
                input?.focus()
              }
              return refused
            }}
            onCancel={() => {
              setCreating(null)
              input?.focus()
            }}
          />
        )}
      </Show>
    </div>
  )
}
