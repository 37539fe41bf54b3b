import { type Component, For } from 'solid-js'
import type { Session } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { formatDay } from '../../lib/times'
import { Bilingual } from '../../ui/Bilingual'
import { detailsMessages } from './details-messages'

/**
 * The sessions outside the edition's dates, each with its own day: those
 * the dates being chosen would leave out (`before` saving), or those left
 * out as the dates stand (`after`). Nothing is refused or deleted for them.
 */
export const OutsideSessions: Component<{ sessions: Session[]; when: 'before' | 'after' }> = (
  props,
) => {
  const { locale } = useI18n()
  const t = useCatalogue(detailsMessages)
  return (
    <div
      class="notice info outside-sessions"
      role="status"
      data-testid="outside-sessions"
      data-when={props.when}
    >
      <p>
        {props.when === 'before'
          ? t().outsideBefore(props.sessions.length)
          : t().outsideAfter(props.sessions.length)}
      </p>
      <ul>
        <For each={props.sessions}>
          {(session) => (
            <li data-testid="outside-session" data-session-id={session.id}>
              <span class="when">
                {session.day ? formatDay(session.day, locale()) : ''}
                {session.start ? ` ${session.start}` : ''}
              </span>{' '}
              <Bilingual text={session.title} />
            </li>
          )}
        </For>
      </ul>
    </div>
  )
}
