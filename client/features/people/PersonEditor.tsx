import type { Component } from 'solid-js'
import { type Person, updatePerson } from '../../../shared/doc/edition'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { CollectiviteSelect } from './CollectiviteSelect'
import { peopleMessages } from './people-messages'

/**
 * A person's fields: name and function typed live with everyone else (the
 * same texts the session editor shows), reading and collectivité set on change.
 */
export const PersonEditor: Component<{
  session: EditionSession
  person: Person
  id: string
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const t = useCatalogue(peopleMessages)
  const personId = props.person.id
  const update = (patch: Parameters<typeof updatePerson>[2]) =>
    props.onError(props.session.edit((doc, origin) => updatePerson(doc, personId, patch, origin)))
  const editing = (on: boolean) => () => props.onEditingChange(on)
  return (
    <div class="person-editor" id={props.id} data-testid="person-editor">
      <LocalizedTextGroup
        session={props.session}
        path={{ collection: 'persons', id: personId, field: 'name' }}
        legend={t().name}
        text={props.person.name}
        isTitle={true}
        rows={1}
        readOnly={false}
        testIdPrefix={`person-${personId}-name`}
        onEditingChange={props.onEditingChange}
      />
      <LocalizedTextGroup
        session={props.session}
        path={{ collection: 'persons', id: personId, field: 'role' }}
        legend={t().role}
        text={props.person.role}
        isTitle={false}
        rows={2}
        readOnly={false}
        testIdPrefix={`person-${personId}-role`}
        onEditingChange={props.onEditingChange}
      />
      <div class="people-form-fields">
        <div class="form-field">
          <label class="field-label" for={`person-${personId}-reading`}>
            {t().reading}
          </label>
          <input
            id={`person-${personId}-reading`}
            type="text"
            lang="ja"
            data-testid="person-reading"
            value={props.person.reading}
            aria-describedby={`person-${personId}-reading-hint`}
            onFocus={editing(true)}
            onBlur={editing(false)}
            onChange={(event) => update({ reading: event.currentTarget.value.trim() })}
          />
          <span class="muted hint" id={`person-${personId}-reading-hint`}>
            {t().readingHint}
          </span>
        </div>
        <div class="form-field">
          <label class="field-label" for={`person-${personId}-collectivite`}>
            {t().collectivite}
          </label>
          <CollectiviteSelect
            id={`person-${personId}-collectivite`}
            testId="person-collectivite"
            collectivites={props.session.edition.collectivites}
            value={props.person.collectiviteId}
            none={t().noCollectivite}
            onChange={(collectiviteId) => update({ collectiviteId })}
            onFocus={editing(true)}
            onBlur={editing(false)}
          />
        </div>
      </div>
    </div>
  )
}
