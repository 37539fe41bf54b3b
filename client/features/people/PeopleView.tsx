import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import type { Id, Lang, Person } from '../../../shared/doc/edition'
import { useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { ViewPanel } from '../../ui/ViewPanel'
import { PersonCard } from './PersonCard'
import { PersonCreateForm } from './PersonCreateForm'
import './people.css'
import { peopleMessages } from './people-messages'
import { matchesPerson } from './person-search'

/** Japanese readers look a name up by its reading; everyone else by its Latin spelling. */
function sortKey(person: Person, locale: Lang): string {
  if (locale === 'ja') return person.reading || person.name.ja || person.name.fr
  return pickText(person.name, locale).main
}

/** The edition's people: found by any script or reading, added, edited, deleted. */
export const PeopleView: Component<{
  session: EditionSession
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(peopleMessages)
  const router = useRouter()
  const edition = props.session.edition
  const editionId = () => {
    const route = router.route()
    return route.page === 'edition' ? route.id : ''
  }
  const [query, setQuery] = createSignal('')
  const [adding, setAdding] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  let addButton: HTMLButtonElement | undefined

  const collectiviteOf = (person: Person) =>
    edition.collectivites.find((each) => each.id === person.collectiviteId) ?? null
  const shown = createMemo(() => {
    const collator = new Intl.Collator(locale())
    return edition.persons
      .filter((person) => matchesPerson(person, collectiviteOf(person), query()))
      .sort((a, b) => collator.compare(sortKey(a, locale()), sortKey(b, locale())))
  })
  const created = (id: Id) => {
    setAdding(false)
    setQuery('')
    // The new card takes the focus, so a screen reader says what was added.
    requestAnimationFrame(() => document.getElementById(`person-${id}-names`)?.focus())
  }
  const cancel = () => {
    setAdding(false)
    addButton?.focus()
  }

  return (
    <ViewPanel
      class="people-view"
      titleId="people-title"
      title={t().tab}
      intro={t().intro}
      testId="people-view"
      readOnly={props.readOnly}
      error={error()}
    >
      <div class="people-toolbar">
        <div class="form-field people-search">
          <label class="field-label" for="people-search">
            {t().search}
          </label>
          <input
            id="people-search"
            type="search"
            data-testid="people-search"
            value={query()}
            aria-describedby="people-search-hint people-count"
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <span class="muted hint" id="people-search-hint">
            {t().searchHint}
          </span>
        </div>
        <Show when={props.readOnly === null && !adding()}>
          <button
            type="button"
            class="btn primary"
            data-testid="add-person"
            ref={addButton}
            onClick={() => setAdding(true)}
          >
            {t().add}
          </button>
        </Show>
      </div>
      <p class="muted people-count" id="people-count" aria-live="polite" data-testid="people-count">
        {t().shown(shown().length, edition.persons.length)}
      </p>

      <Show when={adding() && props.readOnly === null}>
        <PersonCreateForm session={props.session} onCreated={created} onCancel={cancel} />
      </Show>

      <For
        each={shown()}
        fallback={
          <p class="muted" data-testid="people-empty">
            {edition.persons.length === 0 ? t().none : t().noMatch}
          </p>
        }
      >
        {(person) => (
          <PersonCard
            session={props.session}
            editionId={editionId()}
            person={person}
            readOnly={props.readOnly !== null}
            onEditingChange={props.onEditingChange}
            onError={setError}
          />
        )}
      </For>
    </ViewPanel>
  )
}
