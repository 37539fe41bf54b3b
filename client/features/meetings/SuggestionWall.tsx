import {
  type Component,
  createEffect,
  createMemo,
  createResource,
  createSignal,
  For,
  onCleanup,
  onMount,
  Show,
} from 'solid-js'
import { type Suggestion, SuggestionTarget, updateMeeting } from '../../../shared/doc/edition'
import { Link } from '../../app/Link'
import { EditionView, editionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { QrCode } from '../../ui/QrCode'
import { useAuth } from '../access/auth'
import { fetchParticipantLink } from './api'
import { isOpen, meetingName, participantUrl, shortUrl, workshopsOf } from './format'
import { SuggestionCard } from './SuggestionCard'
import { ALL, matches, type WallFilter, workshopFilter } from './wall-filter'
import '../../ui/day-tabs.css'
import './suggestion-wall.css'

/** The QR code and short address of the meeting's participant link, for latecomers in the room. */
const JoinBox: Component<{ editionId: string; meetingId: string }> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const [link] = createResource(
    () => [props.editionId, props.meetingId] as const,
    async ([editionId, meetingId]) =>
      participantUrl((await auth.guard(fetchParticipantLink(editionId, meetingId))).path),
  )
  return (
    <Show when={!link.error && link()}>
      {(url) => (
        <aside class="wall-join" data-testid="wall-join">
          <QrCode text={url()} label={t().meetings.link.qr} />
          <p>
            <span class="muted">{t().meetings.wall.join}</span>
            <strong class="wall-join-url">{shortUrl(url())}</strong>
          </p>
        </aside>
      )}
    </Show>
  )
}

/**
 * One meeting's suggestions, live, for the projector: newest first, large
 * cards, a filter by target; committee members +1 and triage them, viewers
 * only watch. Merged, dismissed and converted ones go below, faded.
 */
export const SuggestionWall: Component<{
  editionId: string
  meetingId: string
  session: EditionSession
  /** Nothing may be changed: a viewer, or a record. */
  readOnly: boolean
}> = (props) => {
  const { t, locale } = useI18n()
  const auth = useAuth()
  const edition = props.session.edition
  const [filter, setFilter] = createSignal<WallFilter>(ALL)
  const [error, setError] = createSignal<string | null>(null)
  const [fullScreen, setFullScreen] = createSignal(false)
  let wall: HTMLElement | undefined

  const meeting = () => edition.meetings.find((each) => each.id === props.meetingId)
  const workshops = createMemo(() => workshopsOf(edition.themes))
  const all = createMemo(() =>
    edition.suggestions.filter((suggestion) => suggestion.meetingId === props.meetingId),
  )
  const shown = createMemo(() => all().filter((suggestion) => matches(filter(), suggestion)))
  const open = () => shown().filter(isOpen)
  const triaged = () => shown().filter((suggestion) => !isOpen(suggestion))
  const filters = createMemo(() => [
    { key: ALL, label: t().meetings.wall.all },
    { key: SuggestionTarget.GlobalTheme, label: t().meetings.wall.target.global_theme },
    ...workshops().map((theme, index) => ({
      key: workshopFilter(theme.id),
      label: t().edition.themePage.workshopNumber(index + 1),
    })),
    { key: SuggestionTarget.Programme, label: t().meetings.wall.target.programme },
    { key: SuggestionTarget.Other, label: t().meetings.wall.target.other },
  ])
  const count = (key: WallFilter) => all().filter((suggestion) => matches(key, suggestion)).length

  // Only a suggestion that arrives while the wall is open is announced (a
  // filter shown again, or the wall opened, draws its cards still).
  const known = new Set(all().map((suggestion) => suggestion.id))
  const [arriving, setArriving] = createSignal<ReadonlySet<string>>(new Set())
  createEffect(() => {
    const fresh = all().filter((suggestion) => !known.has(suggestion.id))
    if (fresh.length === 0) return
    for (const suggestion of fresh) known.add(suggestion.id)
    setArriving((current) => new Set([...current, ...fresh.map((suggestion) => suggestion.id)]))
  })
  const arrived = (id: string) =>
    setArriving((current) => new Set([...current].filter((each) => each !== id)))
  /** A suggestion's card; a new one plays its arrival once. */
  const card = (suggestion: Suggestion, arriving: boolean) => (
    <SuggestionCard
      editionId={props.editionId}
      session={props.session}
      suggestion={suggestion}
      siblings={all()}
      workshops={workshops()}
      readOnly={props.readOnly}
      personId={auth.me()?.person.id ?? null}
      arriving={arriving}
      onArrived={() => arrived(suggestion.id)}
      onError={setError}
    />
  )

  onMount(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === wall)
    document.addEventListener('fullscreenchange', onChange)
    onCleanup(() => document.removeEventListener('fullscreenchange', onChange))
  })
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    else void wall?.requestFullscreen?.().catch(() => {})
  }

  return (
    <Show
      when={meeting()}
      fallback={
        <>
          <Link href={editionPath(props.editionId, EditionView.Meetings)} class="back-link">
            {t().meetings.wall.back}
          </Link>
          <p class="notice">{t().meetings.wall.meetingGone}</p>
        </>
      }
    >
      {(current) => (
        <section
          class="suggestion-wall"
          ref={wall}
          aria-labelledby="wall-title"
          data-testid="suggestion-wall"
          data-meeting-id={props.meetingId}
        >
          <header class="wall-head">
            <div class="wall-title">
              <Show when={!fullScreen()}>
                <Link
                  href={editionPath(props.editionId, EditionView.Meetings)}
                  class="back-link"
                  testId="wall-back"
                >
                  {t().meetings.wall.back}
                </Link>
              </Show>
              <h2 id="wall-title">{t().meetings.wall.title}</h2>
              <p class="wall-meeting">
                <span>{meetingName(current().date, locale(), t())}</span>
                <Bilingual text={current().place} />
              </p>
              <p class="wall-intake">
                <span class="tag intake" data-open={current().intakeOpen}>
                  {current().intakeOpen ? t().meetings.intake.open : t().meetings.intake.closed}
                </span>
                <Show when={!props.readOnly}>
                  <button
                    type="button"
                    class="btn"
                    data-testid="wall-toggle-intake"
                    onClick={() =>
                      setError(
                        props.session.edit((doc, origin) =>
                          updateMeeting(
                            doc,
                            props.meetingId,
                            { intakeOpen: !current().intakeOpen },
                            origin,
                          ),
                        ),
                      )
                    }
                  >
                    {current().intakeOpen ? t().meetings.closeIntake : t().meetings.openIntake}
                  </button>
                </Show>
                <button
                  type="button"
                  class="btn"
                  data-testid="wall-full-screen"
                  onClick={toggleFullScreen}
                >
                  {fullScreen() ? t().meetings.wall.exitFullScreen : t().meetings.wall.fullScreen}
                </button>
              </p>
            </div>
            <Show when={!props.readOnly && current().intakeOpen}>
              <JoinBox editionId={props.editionId} meetingId={props.meetingId} />
            </Show>
          </header>
          <nav class="wall-filters" aria-label={t().meetings.wall.filter}>
            <For each={filters()}>
              {(entry) => (
                <button
                  type="button"
                  class="day-tab"
                  aria-pressed={filter() === entry.key}
                  data-testid="wall-filter"
                  data-filter={entry.key}
                  onClick={() => setFilter(entry.key)}
                >
                  {entry.label}
                  <span class="count">{count(entry.key)}</span>
                </button>
              )}
            </For>
          </nav>
          <Show when={error()}>
            {(reason) => (
              <p class="notice" role="alert">
                {t().meetings.wall.refused(reason())}
              </p>
            )}
          </Show>
          <div class="wall-cards" data-testid="wall-open">
            <For
              each={open()}
              fallback={
                <p class="muted wall-empty">
                  {filter() === ALL ? t().meetings.wall.empty : t().meetings.wall.emptyFilter}
                </p>
              }
            >
              {(suggestion) => card(suggestion, arriving().has(suggestion.id))}
            </For>
          </div>
          <Show when={triaged().length > 0}>
            <h3 class="wall-section">{t().meetings.wall.triaged}</h3>
            <div class="wall-cards triaged" data-testid="wall-triaged">
              <For each={triaged()}>{(suggestion) => card(suggestion, false)}</For>
            </div>
          </Show>
        </section>
      )}
    </Show>
  )
}
