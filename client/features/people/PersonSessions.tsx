import { type Component, For, Show } from 'solid-js'
import { Link } from '../../app/Link'
import { sessionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { formatDay, sessionTimes, viewerTimeZone } from '../../lib/times'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { peopleMessages } from './people-messages'
import type { PersonSession } from './person-sessions'

/** The sessions a person is in, each a link that opens it on the programme, with their role. */
export const PersonSessions: Component<{
  session: EditionSession
  editionId: string
  entries: readonly PersonSession[]
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(peopleMessages)
  const viewerZone = viewerTimeZone()
  const when = (entry: PersonSession) => {
    const { day, start } = entry.session
    if (day === null || start === null) return t().unplaced
    const times = sessionTimes(
      { day, start, durationMinutes: entry.session.durationMinutes },
      props.session.edition.meta.timeZone,
      viewerZone,
      locale(),
    )
    return `${formatDay(day, locale(), 'tab')} ${times.start}–${times.end}`
  }
  return (
    <Show
      when={props.entries.length > 0}
      fallback={<p class="muted person-no-sessions">{t().noSessions}</p>}
    >
      <ul class="person-sessions" data-testid="person-sessions">
        <For each={props.entries}>
          {(entry) => (
            <li data-session-id={entry.session.id} data-role={entry.role}>
              <span class="tag person-role">{t().roles[entry.role]}</span>
              <span class="when">{when(entry)}</span>
              <Link
                href={sessionPath(props.editionId, entry.session.id)}
                class="person-session-link"
                testId="person-session-link"
              >
                <Bilingual text={entry.session.title} />
              </Link>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
