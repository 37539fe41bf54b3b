import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import {
  convertSuggestionToSession,
  DEFAULT_SESSION_MINUTES,
  type SessionKind,
  SessionKind as SessionKinds,
  type Suggestion,
  SuggestionTarget,
  type Theme,
} from '../../shared/doc/edition'
import { useI18n } from '../i18n'
import { workshopLabel } from '../meetings/format'
import { editionDays } from '../proposals/format'
import type { EditionSession } from '../sync/edition-session'
import { SessionPlaceFields } from './SessionPlaceFields'

/** The kind of session a suggestion most likely becomes, by what it is about. */
const KIND_OF_TARGET: Record<SuggestionTarget, SessionKind> = {
  global_theme: SessionKinds.Plenary,
  workshop: SessionKinds.Workshop,
  programme: SessionKinds.Other,
  other: SessionKinds.Other,
}
const FIRST_START = '09:00'

/**
 * Turns `suggestion` into a programme session: when and where, its kind
 * (a workshop on the suggestion's workshop theme if it was about one), and
 * its title, prefilled with the suggestion in French and Japanese for the
 * committee to translate. The session and the link back are one change.
 */
export const ConvertSuggestionForm: Component<{
  session: EditionSession
  suggestion: Suggestion
  workshops: readonly Theme[]
  onDone: () => void
}> = (props) => {
  const { t, locale } = useI18n()
  const edition = props.session.edition
  const days = createMemo(() => editionDays(edition))
  const rooms = () => [...edition.rooms].sort((a, b) => a.position - b.position)
  const themeId = () =>
    props.suggestion.target === SuggestionTarget.Workshop &&
    props.workshops.some((theme) => theme.id === props.suggestion.themeId)
      ? props.suggestion.themeId
      : null
  const [kind, setKind] = createSignal<SessionKind>(KIND_OF_TARGET[props.suggestion.target])
  const [day, setDay] = createSignal(days()[0] ?? '')
  const [start, setStart] = createSignal(FIRST_START)
  const [duration, setDuration] = createSignal(DEFAULT_SESSION_MINUTES)
  const [roomId, setRoomId] = createSignal('')
  const [titleFr, setTitleFr] = createSignal(props.suggestion.text)
  const [titleJa, setTitleJa] = createSignal(props.suggestion.text)
  const [refused, setRefused] = createSignal<string | null>(null)

  const convert = (event: SubmitEvent) => {
    event.preventDefault()
    const reason = props.session.edit((doc, origin) =>
      convertSuggestionToSession(
        doc,
        props.suggestion.id,
        {
          kind: kind(),
          title: { fr: titleFr().trim(), ja: titleJa().trim() },
          day: day(),
          start: start(),
          durationMinutes: duration(),
          roomId: roomId() || null,
          themeId: themeId(),
        },
        origin,
      ),
    )
    setRefused(reason)
    if (!reason) props.onDone()
  }

  return (
    <form class="suggestion-form convert-form" data-testid="convert-form" onSubmit={convert}>
      <h4>{t().meetings.wall.convertTitle}</h4>
      <div class="convert-fields">
        <label class="select-field">
          <span class="field-label">{t().edition.editor.kind}</span>
          <select
            data-testid="convert-kind"
            value={kind()}
            onChange={(event) => setKind(event.currentTarget.value as SessionKind)}
          >
            <For each={Object.values(SessionKinds)}>
              {(each) => <option value={each}>{t().edition.kind[each]}</option>}
            </For>
          </select>
        </label>
        <SessionPlaceFields
          testIdPrefix="convert"
          days={days()}
          rooms={rooms()}
          day={day()}
          start={start()}
          duration={duration()}
          roomId={roomId()}
          onDay={setDay}
          onStart={setStart}
          onDuration={setDuration}
          onRoom={setRoomId}
        />
      </div>
      <Show when={themeId()}>
        <p class="convert-theme">
          <span class="field-label">{t().meetings.wall.convertTheme}</span>
          {workshopLabel(themeId(), props.workshops, locale(), t())}
        </p>
      </Show>
      <fieldset class="text-group">
        <legend>{t().edition.editor.sessionTitle}</legend>
        <div class="side-by-side two">
          <label class="text-field">
            <span class="field-label">{t().edition.editor.lang.fr}</span>
            <textarea
              lang="fr"
              rows={3}
              data-testid="convert-title-fr"
              value={titleFr()}
              onInput={(event) => setTitleFr(event.currentTarget.value)}
            />
          </label>
          <label class="text-field">
            <span class="field-label">{t().edition.editor.lang.ja}</span>
            <textarea
              lang="ja"
              rows={3}
              data-testid="convert-title-ja"
              value={titleJa()}
              onInput={(event) => setTitleJa(event.currentTarget.value)}
            />
          </label>
        </div>
      </fieldset>
      <p class="muted hint">{t().meetings.wall.convertHint}</p>
      <Show when={refused()}>
        {(reason) => (
          <p class="notice" role="alert">
            {t().meetings.wall.refused(reason())}
          </p>
        )}
      </Show>
      <div class="button-row">
        <button type="submit" class="btn primary" data-testid="convert-confirm">
          {t().meetings.wall.convertSubmit}
        </button>
        <button type="button" class="btn" onClick={() => props.onDone()}>
          {t().meetings.wall.cancel}
        </button>
      </div>
    </form>
  )
}
