import { type Component, For, Show } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { MeetingCard } from './MeetingCard'
import { MeetingCreateForm } from './MeetingCreateForm'
import './meetings.css'

/** The committees' meetings of an edition: each with its suggestion intake, link and wall. */
export const MeetingsView: Component<{
  editionId: string
  session: EditionSession
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const { t } = useI18n()
  return (
    <section class="meetings-view" aria-labelledby="meetings-title" data-testid="meetings-view">
      <h2 id="meetings-title" class="panel-title">
        {t().meetings.title}
      </h2>
      <p class="muted hint">{t().meetings.intro}</p>
      <Show when={props.readOnly === null}>
        <MeetingCreateForm session={props.session} />
      </Show>
      <div class="meeting-list">
        <For
          each={props.session.edition.meetings}
          fallback={<p class="muted">{t().meetings.none}</p>}
        >
          {(meeting) => (
            <MeetingCard
              editionId={props.editionId}
              session={props.session}
              meeting={meeting}
              readOnly={props.readOnly}
              onEditingChange={props.onEditingChange}
            />
          )}
        </For>
      </div>
    </section>
  )
}
