import type { Component } from 'solid-js'
import { type Collectivite, updateCollectivite } from '../../../shared/doc/edition'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { CountrySelect } from './CountrySelect'
import { collectivitesMessages } from './collectivites-messages'
import { KindSelect, kindFor } from './KindSelect'

/**
 * A collectivité's fields: its name typed live with everyone else; country
 * and kind set together, so that a new country never keeps a kind it lacks.
 */
export const CollectiviteEditor: Component<{
  session: EditionSession
  collectivite: Collectivite
  id: string
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const t = useCatalogue(collectivitesMessages)
  const collectiviteId = props.collectivite.id
  const update = (patch: Parameters<typeof updateCollectivite>[2]) =>
    props.onError(
      props.session.edit((doc, origin) => updateCollectivite(doc, collectiviteId, patch, origin)),
    )
  const editing = (on: boolean) => () => props.onEditingChange(on)
  return (
    <div class="collectivite-editor" id={props.id} data-testid="collectivite-editor">
      <LocalizedTextGroup
        session={props.session}
        path={{ collection: 'collectivites', id: collectiviteId, field: 'name' }}
        legend={t().name}
        text={props.collectivite.name}
        isTitle={true}
        rows={1}
        readOnly={false}
        testIdPrefix={`collectivite-${collectiviteId}-name`}
        onEditingChange={props.onEditingChange}
      />
      <div class="people-form-fields">
        <div class="form-field">
          <label class="field-label" for={`collectivite-${collectiviteId}-country`}>
            {t().country}
          </label>
          <CountrySelect
            id={`collectivite-${collectiviteId}-country`}
            testId="collectivite-country"
            value={props.collectivite.country}
            onChange={(country) => {
              if (country === '') return
              update({ country, kind: kindFor(country, props.collectivite.kind) })
            }}
            onFocus={editing(true)}
            onBlur={editing(false)}
          />
        </div>
        <div class="form-field">
          <label class="field-label" for={`collectivite-${collectiviteId}-kind`}>
            {t().kind}
          </label>
          <KindSelect
            id={`collectivite-${collectiviteId}-kind`}
            testId="collectivite-kind"
            country={props.collectivite.country}
            value={props.collectivite.kind}
            onChange={(kind) => update({ kind })}
            onFocus={editing(true)}
            onBlur={editing(false)}
          />
        </div>
      </div>
    </div>
  )
}
