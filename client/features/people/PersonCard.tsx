import { type Component, createMemo, createSignal, Show } from 'solid-js'
import { deletePerson, type Person } from '../../../shared/doc/edition'
import { useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { addressNamesField } from './field-address'
import { PersonEditor } from './PersonEditor'
import { PersonName } from './PersonName'
import { PersonSessions } from './PersonSessions'
import { peopleMessages } from './people-messages'
import { sessionCount, sessionsOfPerson } from './person-sessions'

const written = (text: { fr: string; ja: string }) => text.fr.trim() !== '' || text.ja.trim() !== ''

/** One person: names in both scripts with the reading, function, collectivité, sessions; edit and delete. */
export const PersonCard: Component<{
  session: EditionSession
  editionId: string
  person: Person
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const routerHash = useRouter().hash
  const { locale } = useI18n()
  const t = useCatalogue(peopleMessages)
  const edition = props.session.edition
  const id = props.person.id
  // Open at once when the address names one of its fields (a conflict's link).
  const [open, setOpen] = createSignal(addressNamesField(routerHash(), `person-${id}-`))
  const entries = createMemo(() => sessionsOfPerson(edition.sessions, id))
  const collectivite = () =>
    edition.collectivites.find((each) => each.id === props.person.collectiviteId) ?? null
  const displayName = () => pickText(props.person.name, locale()).main || t().unnamed
  const remove = () =>
    props.onError(props.session.edit((doc, origin) => deletePerson(doc, id, origin)))

  return (
    <article
      class="panel person-card"
      data-testid="person-card"
      data-person-id={id}
      aria-labelledby={`person-${id}-names`}
    >
      <header class="person-head">
        <div class="person-identity">
          <h3 class="person-names" id={`person-${id}-names`} tabIndex={-1}>
            <PersonName person={props.person} />
          </h3>
          <Show when={written(props.person.role)}>
            <p class="person-function" data-testid="person-function">
              <Bilingual text={props.person.role} />
            </p>
          </Show>
          <Show when={collectivite()}>
            {(found) => (
              <p class="person-collectivite" data-testid="person-collectivite-shown">
                <Bilingual text={found().name} />
              </p>
            )}
          </Show>
        </div>
        <Show when={!props.readOnly}>
          <div class="person-actions">
            <button
              type="button"
              class="btn"
              data-testid="edit-person"
              aria-expanded={open()}
              aria-controls={`person-${id}-editor`}
              aria-label={open() ? undefined : t().edit(displayName())}
              onClick={() => setOpen(!open())}
            >
              {open() ? t().close : t().editButton}
            </button>
            <ConfirmAction
              label={t().delete}
              question={t().confirmDelete(displayName(), sessionCount(edition.sessions, id))}
              confirm={t().confirm}
              cancel={t().cancel}
              testId="delete-person"
              onConfirm={remove}
            />
          </div>
        </Show>
      </header>
      <Show when={open() && !props.readOnly}>
        <PersonEditor
          session={props.session}
          person={props.person}
          id={`person-${id}-editor`}
          onEditingChange={props.onEditingChange}
          onError={props.onError}
        />
      </Show>
      <h4 class="person-sessions-title">{t().sessions}</h4>
      <PersonSessions session={props.session} editionId={props.editionId} entries={entries()} />
    </article>
  )
}
