import { type Component, For, Show } from 'solid-js'
import { type Meeting, SuggestionStatus, updateMeeting } from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { useRouter, wallPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { LocalizedTextGroup } from '../../ui/LocalizedTextGroup'
import { TimeZoneSelect } from '../details/TimeZoneSelect'
import { addressNamesField } from '../people/field-address'
import { agendaLines, meetingName } from './format'
import { MeetingHoursFields } from './MeetingHoursFields'
import { MeetingHoursText } from './MeetingHoursText'
import { meetingMessages } from './meeting-messages'
import { ParticipantLinkPanel } from './ParticipantLinkPanel'
import './meetings.css'

const FIELDS = ['place', 'event', 'agenda'] as const

/**
 * One meeting: when (its day and hours) and where, the event it is part of,
 * its agenda, its intake, its participant link and its wall. A link naming
 * one of its fields (`#field-meeting-<id>-event-ja`, from the conflicts)
 * opens its editor.
 */
export const MeetingCard: Component<{
  editionId: string
  session: EditionSession
  meeting: Meeting
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const routerHash = useRouter().hash
  const { t, locale } = useI18n()
  const m = useCatalogue(meetingMessages)
  const id = props.meeting.id
  const event = () => pickText(props.meeting.event, locale()).main
  const legend = (field: (typeof FIELDS)[number]) =>
    field === 'place' ? t().meetings.place : field === 'event' ? m().event : t().meetings.agenda
  const suggestions = () =>
    props.session.edition.suggestions.filter((suggestion) => suggestion.meetingId === id)
  const fresh = () =>
    suggestions().filter((suggestion) => suggestion.status === SuggestionStatus.New).length
  const edit = (change: Parameters<typeof updateMeeting>[2]) =>
    props.session.edit((doc, origin) => updateMeeting(doc, id, change, origin))

  return (
    <article
      class="panel meeting-card"
      data-testid="meeting"
      data-meeting-id={id}
      data-intake={props.meeting.intakeOpen ? 'open' : 'closed'}
    >
      <header class="meeting-head">
        <h3>
          <span class="meeting-name">{meetingName(props.meeting.date, locale(), t())}</span>
          <Bilingual text={props.meeting.place} class="meeting-place" />
        </h3>
        <span class="tag intake" data-open={props.meeting.intakeOpen}>
          {props.meeting.intakeOpen ? t().meetings.intake.open : t().meetings.intake.closed}
        </span>
        <p class="meeting-when">
          <MeetingHoursText
            meeting={props.meeting}
            editionZone={props.session.edition.meta.timeZone}
          />
          <Show when={event()}>
            {(name) => (
              <span class="meeting-event" data-testid="meeting-event">
                {m().partOf(name())}
              </span>
            )}
          </Show>
        </p>
      </header>
      <div class="meeting-body">
        <div class="meeting-agenda">
          <h4>{t().meetings.agenda}</h4>
          <Show
            when={agendaLines(props.meeting.agenda, locale()).length > 0}
            fallback={<p class="muted">{t().meetings.noAgenda}</p>}
          >
            <ol>
              <For each={agendaLines(props.meeting.agenda, locale())}>
                {(line) => <li>{line}</li>}
              </For>
            </ol>
          </Show>
        </div>
        <div class="meeting-actions">
          <p class="meeting-count" data-testid="meeting-suggestion-count">
            {t().meetings.suggestionCount(suggestions().length, fresh())}
          </p>
          <div class="button-row">
            <Link href={wallPath(props.editionId, id)} class="btn primary" testId="open-wall">
              {t().meetings.openWall}
            </Link>
            <Show when={props.readOnly === null}>
              <button
                type="button"
                class="btn"
                data-testid="toggle-intake"
                onClick={() => edit({ intakeOpen: !props.meeting.intakeOpen })}
              >
                {props.meeting.intakeOpen ? t().meetings.closeIntake : t().meetings.openIntake}
              </button>
            </Show>
          </div>
          <Show when={props.readOnly === null}>
            <ParticipantLinkPanel
              editionId={props.editionId}
              meeting={props.meeting}
              editionTitle={props.session.edition.meta.title}
            />
          </Show>
        </div>
      </div>
      <Show when={props.readOnly === null}>
        <details class="meeting-edit" open={addressNamesField(routerHash(), `meeting-${id}-`)}>
          <summary data-testid="meeting-edit-open">{m().edit}</summary>
          <label class="select-field meeting-date-field">
            <span class="field-label">{t().meetings.date}</span>
            <input
              type="date"
              data-testid="meeting-edit-date"
              value={props.meeting.date}
              onChange={(event) => {
                if (event.currentTarget.value) edit({ date: event.currentTarget.value })
              }}
            />
          </label>
          <MeetingHoursFields
            start={props.meeting.start}
            end={props.meeting.end}
            testIdPrefix="meeting-edit"
            onChange={(hours) => edit(hours)}
          />
          <label class="select-field meeting-zone-field" for={`meeting-zone-${id}`}>
            <span class="field-label">{m().timeZone}</span>
            <TimeZoneSelect
              id={`meeting-zone-${id}`}
              testId="meeting-edit-zone"
              value={props.meeting.timeZone ?? props.session.edition.meta.timeZone}
              onChange={(zone) =>
                // The edition's own zone is kept as none: the meeting follows the edition's.
                edit({ timeZone: zone === props.session.edition.meta.timeZone ? null : zone })
              }
            />
          </label>
          <For each={FIELDS}>
            {(field) => (
              <LocalizedTextGroup
                session={props.session}
                path={{ collection: 'meetings', id, field }}
                legend={legend(field)}
                text={props.meeting[field]}
                isTitle={field === 'place'}
                rows={field === 'agenda' ? 4 : 1}
                readOnly={false}
                testIdPrefix={`meeting-${id}-${field}`}
                onEditingChange={props.onEditingChange}
              />
            )}
          </For>
        </details>
      </Show>
    </article>
  )
}
