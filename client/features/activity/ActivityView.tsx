import {
  type Component,
  createEffect,
  createMemo,
  createResource,
  createSignal,
  For,
  Match,
  on,
  onCleanup,
  Show,
  Switch,
} from 'solid-js'
import type { Committee } from '../../../shared/access'
import type { ActivityEntry } from '../../../shared/activity'
import { isTimed, observeEdition } from '../../../shared/doc/edition'
import { personColor } from '../../../shared/person-color'
import { Link } from '../../app/Link'
import { sessionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { formatDay, viewerTimeZone } from '../../lib/times'
import type { EditionSession } from '../../sync/edition-session'
import { momentMessages } from '../../ui/moment-messages'
import { fetchMembers } from '../access/api'
import { useAuth } from '../access/auth'
import { fetchActivity } from './api'
import { activitySentence, byDay, dayHeading, type EntryClocks, entryTime } from './format'
import './activity.css'

/** Entries asked for at a time. */
const PAGE = 50
/** How long the list waits after a change to the edition before asking again. */
const REFRESH_DELAY_MS = 1000

/** Someone the member filter offers. */
interface Person {
  personId: string
  name: string
  committee: Committee | null
}

/**
 * The entries of `fresh` (the first page, just read) followed by those of
 * `shown` older than its last one: what was loaded with "more" stays, and an
 * entry that moved up (its author kept at it) is shown once, where it now is.
 */
function mergeFirstPage(fresh: ActivityEntry[], shown: ActivityEntry[]): ActivityEntry[] {
  const last = fresh.at(-1)
  if (!last) return fresh
  const ids = new Set(fresh.map((entry) => entry.id))
  const older = shown.filter(
    (entry) =>
      !ids.has(entry.id) &&
      (entry.lastAt < last.lastAt || (entry.lastAt === last.lastAt && entry.id < last.id)),
  )
  return [...fresh, ...older]
}

/**
 * Who changed what in the edition, newest first and by day, in sentences of
 * the reader's language; filtered by session or member, refreshed by itself
 * a moment after the edition changes.
 */
export const ActivityView: Component<{
  editionId: string
  session: EditionSession
  /** The session whose history is shown, from the address; null for every change. */
  sessionFilter: string | null
  onSessionFilter: (sessionId: string | null) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const auth = useAuth()
  const text = () => t().activity
  const edition = props.session.edition
  // Days and times on the edition's clocks, the viewer's beside them where they differ.
  const momentWords = useCatalogue(momentMessages)
  const viewerZone = viewerTimeZone()
  const clocks = (): EntryClocks => ({
    editionZone: edition.meta.timeZone,
    viewerZone,
    withViewer: (at, viewer) =>
      momentWords().withViewer(at, viewer, t().edition.zoneCity(viewerZone)),
  })
  const [person, setPerson] = createSignal<string | null>(null)
  const [entries, setEntries] = createSignal<ActivityEntry[]>([])
  const [next, setNext] = createSignal<string | null>(null)
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading')
  const [loadingMore, setLoadingMore] = createSignal(false)
  // A newer request makes the answers of older ones moot.
  let generation = 0

  /** Reads the first page; `fresh` drops what was shown (the filters changed). */
  const load = async (fresh: boolean) => {
    const current = ++generation
    if (fresh) setState('loading')
    try {
      const page = await auth.guard(
        fetchActivity(props.editionId, {
          entity: props.sessionFilter,
          person: person(),
          limit: PAGE,
        }),
      )
      if (current !== generation) return
      const kept = fresh ? [] : entries()
      // More new entries than a page since the last look (a restore touches
      // many sessions): the page does not reach what was shown, and joining
      // them would hide the entries in between. Start again from this page.
      const newestShown = kept[0]
      const gap =
        page.next !== null &&
        newestShown !== undefined &&
        !page.entries.some((entry) => entry.id === newestShown.id)
      const merged = gap ? page.entries : mergeFirstPage(page.entries, kept)
      setEntries(merged)
      // Older pages already shown keep their own cursor.
      if (fresh || gap || merged.length === page.entries.length) setNext(page.next)
      setState('ready')
    } catch {
      if (current === generation && fresh) setState('failed')
    }
  }

  const loadMore = async () => {
    const cursor = next()
    if (!cursor) return
    const current = generation
    setLoadingMore(true)
    try {
      const page = await auth.guard(
        fetchActivity(props.editionId, {
          entity: props.sessionFilter,
          person: person(),
          before: cursor,
          limit: PAGE,
        }),
      )
      if (current !== generation) return
      const ids = new Set(entries().map((entry) => entry.id))
      setEntries([...entries(), ...page.entries.filter((entry) => !ids.has(entry.id))])
      setNext(page.next)
    } catch {
      // The button stays: another try is one click away.
    } finally {
      setLoadingMore(false)
    }
  }

  createEffect(on([() => props.sessionFilter, person], () => void load(true)))

  // Any change to the edition, here or elsewhere, adds to the activity: a
  // moment later, the list asks again (once a second at most while it goes on).
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = observeEdition(props.session.connection.doc, () => {
    if (timer !== undefined) return
    timer = setTimeout(() => {
      timer = undefined
      void load(false)
    }, REFRESH_DELAY_MS)
  })
  onCleanup(() => {
    stop()
    clearTimeout(timer)
    generation++
  })

  const [members] = createResource(
    () => props.editionId,
    (id) => auth.guard(fetchMembers(id)).catch(() => []),
  )
  /** The members, and anyone else the entries shown name (the instance's owner). */
  const people = createMemo<Person[]>(() => {
    const byId = new Map<string, Person>()
    for (const member of members() ?? []) byId.set(member.personId, member)
    for (const entry of entries()) {
      if (entry.personId && !byId.has(entry.personId)) {
        byId.set(entry.personId, {
          personId: entry.personId,
          name: entry.actorName,
          committee: entry.committee,
        })
      }
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, locale()))
  })

  // The snapshot lists sessions by day and time, the unplaced ones last.
  const sessions = () => edition.sessions
  const sessionExists = (id: string) => edition.sessions.some((session) => session.id === id)
  const sessionOption = (session: (typeof edition.sessions)[number]) => {
    const when = isTimed(session)
      ? `${formatDay(session.day, locale(), 'tab')} ${session.start}`
      : t().edition.unplaced
    return `${when}${text().sessionSeparator}${pickText(session.title, locale()).main || '—'}`
  }

  const days = createMemo(() => byDay(entries(), edition.meta.timeZone))
  const filtered = () => props.sessionFilter !== null || person() !== null

  return (
    <section class="activity-view" aria-labelledby="activity-title" data-testid="activity-view">
      <h2 id="activity-title" class="panel-title">
        {text().title}
      </h2>
      <p class="muted hint">{text().intro}</p>
      <div class="activity-filters">
        <label class="select-field">
          <span class="field-label">{text().sessionFilter}</span>
          <select
            data-testid="activity-session-filter"
            value={props.sessionFilter ?? ''}
            onChange={(event) => props.onSessionFilter(event.currentTarget.value || null)}
          >
            <option value="">{text().allSessions}</option>
            <Show when={props.sessionFilter && !sessionExists(props.sessionFilter)}>
              <option value={props.sessionFilter ?? ''}>{text().deletedSession}</option>
            </Show>
            <For each={sessions()}>
              {(session) => <option value={session.id}>{sessionOption(session)}</option>}
            </For>
          </select>
        </label>
        <label class="select-field">
          <span class="field-label">{text().memberFilter}</span>
          <select
            data-testid="activity-member-filter"
            value={person() ?? ''}
            onChange={(event) => setPerson(event.currentTarget.value || null)}
          >
            <option value="">{text().allMembers}</option>
            <For each={people()}>
              {(each) => (
                <option value={each.personId}>{text().actor(each.name, each.committee)}</option>
              )}
            </For>
          </select>
        </label>
        <Show when={filtered()}>
          <button
            type="button"
            class="btn"
            data-testid="activity-clear-filters"
            onClick={() => {
              setPerson(null)
              props.onSessionFilter(null)
            }}
          >
            {text().clearFilters}
          </button>
        </Show>
      </div>
      <Switch>
        <Match when={state() === 'loading' && entries().length === 0}>
          <p class="muted">{text().loading}</p>
        </Match>
        <Match when={state() === 'failed'}>
          <p class="notice" role="alert">
            {text().loadFailed}{' '}
            <button type="button" class="btn" onClick={() => void load(true)}>
              {text().retry}
            </button>
          </p>
        </Match>
        <Match when={entries().length === 0}>
          <p class="muted" data-testid="activity-empty">
            {filtered() ? text().noneFiltered : text().none}
          </p>
        </Match>
        <Match when={true}>
          <div class="activity-days" data-testid="activity-list">
            <For each={days()}>
              {(day) => (
                <section class="activity-day">
                  <h3 class="activity-day-title">
                    {dayHeading(day.day, new Date(), locale(), t(), edition.meta.timeZone)}
                  </h3>
                  <ol class="panel-list">
                    <For each={day.entries}>
                      {(entry) => (
                        <li
                          class="activity-entry"
                          data-testid="activity-entry"
                          data-entry-id={entry.id}
                          data-section={entry.section}
                          data-entity-id={entry.entityId}
                          data-person-id={entry.personId ?? ''}
                          data-action={entry.action}
                        >
                          <time class="activity-time" datetime={entry.lastAt}>
                            {entryTime(entry, locale(), t(), clocks())}
                          </time>
                          <span
                            class="swatch"
                            style={{
                              background: entry.personId
                                ? personColor(entry.personId)
                                : 'var(--down)',
                            }}
                            aria-hidden="true"
                          />
                          <span class="activity-text">
                            <span data-testid="activity-sentence">
                              {activitySentence(entry, locale(), t())}
                            </span>
                            <Show when={entry.changes > 1}>
                              {' '}
                              <span class="muted">{text().changes(entry.changes)}</span>
                            </Show>
                          </span>
                          <Show when={entry.section === 'sessions' && entry.entityId}>
                            <span class="activity-links">
                              <Show when={props.sessionFilter !== entry.entityId}>
                                <button
                                  type="button"
                                  class="link-button"
                                  data-testid="activity-session-history"
                                  onClick={() => props.onSessionFilter(entry.entityId)}
                                >
                                  {text().sessionHistory}
                                </button>
                              </Show>
                              <Show when={sessionExists(entry.entityId)}>
                                <Link
                                  href={sessionPath(props.editionId, entry.entityId)}
                                  class="link-button"
                                >
                                  {text().openSession}
                                </Link>
                              </Show>
                            </span>
                          </Show>
                        </li>
                      )}
                    </For>
                  </ol>
                </section>
              )}
            </For>
          </div>
          <Show when={next()}>
            <button
              type="button"
              class="btn activity-more"
              data-testid="activity-more"
              disabled={loadingMore()}
              onClick={() => void loadMore()}
            >
              {loadingMore() ? text().loadingMore : text().loadMore}
            </button>
          </Show>
        </Match>
      </Switch>
    </section>
  )
}
