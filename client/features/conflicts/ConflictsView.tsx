import { type Component, createMemo, For, Match, onMount, Show, Switch } from 'solid-js'
import { type EditionWarning, formatClockTime, WarningCode } from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { conflictsPath, editionPath, programmePath, useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { formatDateRange, formatDay } from '../../lib/times'
import type { EditionSession } from '../../sync/edition-session'
import { conflictCount, groupWarnings, type WarningPlace, warningPlaces } from './conflict-list'
import { useConflictWords } from './conflict-words'
import { conflictsMessages } from './conflicts-messages'
import './conflicts.css'

/**
 * What is wrong with the programme, grouped by kind: each entry says in
 * words which room, person or session and when, and links to the session
 * (its editor open on the field concerned) or to the tab that sets it right.
 */
export const ConflictsView: Component<{
  editionId: string
  session: EditionSession
  /** Only this kind of warning (the untranslated chip asks for texts). */
  kind: WarningCode | null
}> = (props) => {
  const { t, locale } = useI18n()
  const router = useRouter()
  const m = useCatalogue(conflictsMessages)
  const words = useConflictWords(() => props.session.edition)
  const edition = props.session.edition
  const warnings = () => props.session.warnings()
  const groups = createMemo(() => groupWarnings(warnings(), props.kind))
  const texts = () => props.session.untranslated().texts
  const unplaced = () =>
    warnings().filter((warning) => warning.code === WarningCode.UnplacedSession).length
  const when = (day: string, start: number, end: number) =>
    `${formatDay(day, locale(), 'tab')}, ${formatClockTime(start)}–${formatClockTime(end)}`
  /** When two bookings overlap, in words. */
  const overlapWhen = (overlap: { day: string; startMinutes: number; endMinutes: number }) =>
    when(overlap.day, overlap.startMinutes, overlap.endMinutes)

  /** The link to where `place` is set right, named by its session's title or its tab. */
  const PlaceLink: Component<{ place: WarningPlace; label?: string }> = (link) => {
    const href = () => {
      const place = link.place
      if (place.kind === 'view') return editionPath(props.editionId, place.view)
      const day = edition.sessions.find((each) => each.id === place.sessionId)?.day ?? null
      return programmePath(props.editionId, {
        day,
        sessionId: place.sessionId,
        field: place.field,
      })
    }
    const label = () => {
      if (link.label) return link.label
      const place = link.place
      if (place.kind === 'view') return m().openTab(words.tabName(place.view))
      return words.sessionTitle(place.sessionId)
    }
    const fieldId = () => (link.place.kind === 'view' ? link.place.fieldId : undefined)
    // A text of another tab: that tab opens with the focus on the text's field.
    const follow = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return
      event.preventDefault()
      const id = fieldId()
      router.navigate(id ? `${href()}#${id}` : href())
      if (id) focusWhenShown(id)
    }
    return (
      <Show
        when={fieldId()}
        fallback={
          <Link href={href()} class="conflict-link" testId="conflict-link">
            {label()}
          </Link>
        }
      >
        {(id) => (
          <a
            href={`${href()}#${id()}`}
            class="conflict-link"
            data-testid="conflict-link"
            onClick={follow}
          >
            {label()}
          </a>
        )}
      </Show>
    )
  }
  /** The sessions a warning names, linked, after the sentence that says what is wrong. */
  const Sessions: Component<{ warning: EditionWarning }> = (entry) => {
    const places = () => warningPlaces(entry.warning)
    return (
      <For each={places()}>
        {(place, index) => (
          <>
            <Show when={index() > 0}> {m().and} </Show>
            <PlaceLink place={place} />
          </>
        )}
      </For>
    )
  }

  const Entry: Component<{ warning: EditionWarning }> = (entry) => {
    const w = entry.warning
    return (
      <Switch>
        <Match when={w.code === WarningCode.RoomDoubleBooked && w}>
          {(booked) => (
            <>
              {m().roomBooked(words.roomName(booked().roomId), overlapWhen(booked().overlap))}{' '}
              <Sessions warning={booked()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.PersonDoubleBooked && w}>
          {(booked) => (
            <>
              {m().personBooked(words.personName(booked().personId), overlapWhen(booked().overlap))}{' '}
              <Sessions warning={booked()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.OutsideEditionDates && w}>
          {(outside) => (
            <>
              {m().outsideDates(
                formatDay(outside().day, locale()),
                formatDateRange(outside().startDate, outside().endDate, locale()),
              )}{' '}
              <Sessions warning={outside()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.OutsideDayBounds && w}>
          {(outside) => (
            <>
              {m().outsideHours(
                when(outside().day, outside().startMinutes, outside().endMinutes),
                `${formatClockTime(outside().bounds.startMinutes)}–${formatClockTime(outside().bounds.endMinutes)}`,
              )}{' '}
              <Sessions warning={outside()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.InterpretationWithoutBooths && w}>
          {(booths) => (
            <>
              {m().noBooths(words.roomName(booths().roomId))} <Sessions warning={booths()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.RoomOverCapacity && w}>
          {(full) => (
            <>
              {m().overCapacity(full().delegates, full().capacity, words.roomName(full().roomId))}{' '}
              <Sessions warning={full()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.PersonWithoutFunction && w}>
          {(person) => (
            <>
              {m().noFunction(words.personName(person().personId), words.langs(person().missing))}{' '}
              <Sessions warning={person()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.UnplacedSession && w}>
          {(tray) => (
            <>
              {m().unplaced} <Sessions warning={tray()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.EditionDatesInconsistent && w}>
          {(dates) => (
            <>
              {t().edition.datesProblem[dates().problem]} <Sessions warning={dates()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.CollectiviteKindMismatch && w}>
          {(kind) => (
            <>
              {m().kindMismatch(words.collectiviteName(kind().collectiviteId))}{' '}
              <Sessions warning={kind()} />
            </>
          )}
        </Match>
        <Match when={w.code === WarningCode.MissingTranslation && w}>
          {(text) => (
            <For each={warningPlaces(text())}>
              {(place) => <PlaceLink place={place} label={words.untranslated(text())} />}
            </For>
          )}
        </Match>
      </Switch>
    )
  }

  const groupId = (code: WarningCode) => `conflicts-${code}`
  let heading: HTMLHeadingElement | undefined
  // Come from the overview's count or chip, the keyboard and a screen reader start at the list.
  onMount(() => heading?.focus({ preventScroll: true }))
  return (
    <section class="panel conflicts-view" aria-labelledby="conflicts-title" data-testid="conflicts">
      <h2 id="conflicts-title" class="panel-title" tabIndex={-1} ref={heading}>
        {m().tab}
      </h2>
      <p class="muted hint">{m().intro}</p>
      <p class="conflicts-summary" role="status" data-testid="conflicts-summary">
        {m().summary(conflictCount(warnings()), texts(), unplaced())}
      </p>
      <Show when={props.kind}>
        {(kind) => (
          <p class="notice info conflicts-filter">
            {m().onlyKind(t().edition.warning[kind()])}{' '}
            <Link href={conflictsPath(props.editionId)} testId="conflicts-show-all">
              {m().showAll}
            </Link>
          </p>
        )}
      </Show>
      <Show when={groups().length > 0} fallback={<p class="muted">{m().none}</p>}>
        <For each={groups()}>
          {(group) => (
            <section
              class="conflict-group"
              aria-labelledby={groupId(group.code)}
              data-testid="conflict-group"
              data-code={group.code}
            >
              <h3 id={groupId(group.code)}>
                <span aria-hidden="true">⚠ </span>
                {t().edition.warning[group.code]}
                <span class="count">{group.warnings.length}</span>
              </h3>
              <ul>
                <For each={group.warnings}>
                  {(warning) => (
                    <li data-testid="conflict-entry" data-code={warning.code}>
                      <Entry warning={warning} />
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
    </section>
  )
}

/** How long a field is looked for in a tab just opened: it is drawn at once from the document. */
const FIELD_WAIT_FRAMES = 60

/** Focuses the element `id` once the tab just opened draws it. */
function focusWhenShown(id: string, frames = FIELD_WAIT_FRAMES): void {
  const element = document.getElementById(id)
  if (element) {
    element.focus()
    element.scrollIntoView({ block: 'center' })
  } else if (frames > 0) {
    requestAnimationFrame(() => focusWhenShown(id, frames - 1))
  }
}
