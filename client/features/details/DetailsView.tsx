import { type Component, createSignal } from 'solid-js'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { EditNotices } from '../../ui/EditNotices'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { DatesForm } from './DatesForm'
import { DaysList } from './DaysList'
import { detailsMessages } from './details-messages'
import { MetaFields } from './MetaFields'
import { StatusField } from './StatusField'
import './details.css'

/**
 * The edition's details: what the invitation, the printed programme and
 * the public page say of it, and its days. Owners and editors change them;
 * viewers and an archived edition read them.
 */
export const DetailsView: Component<{
  session: EditionSession
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const t = useCatalogue(detailsMessages)
  const meta = props.session.edition.meta
  const [error, setError] = createSignal<string | null>(null)
  const readOnly = () => props.readOnly !== null
  const text = (field: 'title' | 'hostCity' | 'venue', legend: string, rows: number) => (
    <LocalizedTextGroup
      session={props.session}
      path={{ collection: 'meta', field }}
      legend={legend}
      text={meta[field]}
      isTitle={field !== 'venue'}
      rows={rows}
      readOnly={readOnly()}
      testIdPrefix={`details-${field}`}
      onEditingChange={props.onEditingChange}
    />
  )
  return (
    <section
      class="panel details-view"
      aria-labelledby="details-title"
      data-testid="details-view"
      data-read-only={props.readOnly ?? ''}
    >
      <h2 id="details-title" class="panel-title">
        {t().title}
      </h2>
      <p class="muted hint">{t().intro}</p>
      <EditNotices readOnly={props.readOnly} error={error()} />
      <StatusField session={props.session} readOnly={readOnly()} onError={setError} />
      {text('title', t().editionTitle, 2)}
      {text('hostCity', t().hostCity, 1)}
      {text('venue', t().venue, 2)}
      <p class="muted hint venue-hint">{t().venueHint}</p>
      <MetaFields session={props.session} readOnly={readOnly()} onError={setError} />
      <DatesForm session={props.session} readOnly={readOnly()} />
      <DaysList
        session={props.session}
        readOnly={readOnly()}
        onEditingChange={props.onEditingChange}
        onError={setError}
      />
    </section>
  )
}
