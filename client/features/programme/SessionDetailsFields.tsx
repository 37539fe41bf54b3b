import { type Component, For, Show } from 'solid-js'
import {
  type Id,
  Interpretation,
  type Room,
  type Session,
  SessionStatus,
  sessionRoomIds,
  type Theme,
  ThemeKind,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { editorMessages } from './editor-messages'

const STATUSES = Object.values(SessionStatus)
const INTERPRETATIONS = Object.values(Interpretation)

/** What a session is beside its place: its status, its interpretation and its theme. */
export const SessionDetailsFields: Component<{
  session: Session
  /** In the grid's order. */
  rooms: readonly Room[]
  themes: readonly Theme[]
  disabled: boolean
  onStatus: (status: SessionStatus) => void
  onInterpretation: (interpretation: Interpretation) => void
  onTheme: (themeId: Id | null) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const m = useCatalogue(editorMessages)
  const byPosition = (kind: ThemeKind) =>
    props.themes.filter((theme) => theme.kind === kind).sort((a, b) => a.position - b.position)
  const themeName = (theme: Theme) => pickText(theme.title, locale()).main || m().untitled
  // Simultaneous interpretation needs booths in every room the session takes.
  const roomsWithoutBooths = () => {
    const taken = new Set(sessionRoomIds(props.session, props.rooms))
    return props.rooms.filter((room) => taken.has(room.id) && !room.booths)
  }
  const boothsMissing = () => roomsWithoutBooths().length > 0
  const boothsNeeded = () =>
    boothsMissing() && props.session.interpretation === Interpretation.Simultaneous
  const interpretationName = (kind: Interpretation) =>
    kind === Interpretation.Simultaneous && boothsMissing()
      ? m().needsBooths(m().interpretationKind[kind])
      : m().interpretationKind[kind]

  return (
    <>
      <label class="select-field">
        <span class="field-label">{m().status}</span>
        <select
          data-testid="session-status"
          disabled={props.disabled}
          value={props.session.status}
          onChange={(event) => props.onStatus(event.currentTarget.value as SessionStatus)}
        >
          <For each={STATUSES}>
            {(status) => <option value={status}>{t().edition.sessionStatus[status]}</option>}
          </For>
        </select>
      </label>
      <label class="select-field span-2">
        <span class="field-label">{m().interpretation}</span>
        <select
          data-testid="session-interpretation"
          disabled={props.disabled}
          value={props.session.interpretation}
          aria-describedby={boothsNeeded() ? 'session-booths-note' : undefined}
          onChange={(event) => props.onInterpretation(event.currentTarget.value as Interpretation)}
        >
          <For each={INTERPRETATIONS}>
            {(kind) => <option value={kind}>{interpretationName(kind)}</option>}
          </For>
        </select>
      </label>
      <Show when={boothsNeeded()}>
        <p id="session-booths-note" class="field-note wide" data-testid="session-booths-note">
          {m().noBoothsIn(
            roomsWithoutBooths()
              .map((room) => pickText(room.name, locale()).main)
              .join(', '),
          )}
        </p>
      </Show>
      <label class="select-field wide">
        <span class="field-label">{m().theme}</span>
        <select
          data-testid="session-theme"
          disabled={props.disabled}
          value={props.session.themeId ?? ''}
          onChange={(event) => props.onTheme(event.currentTarget.value || null)}
        >
          <option value="">{m().noTheme}</option>
          <optgroup label={m().workshopThemes}>
            <For each={byPosition(ThemeKind.Workshop)}>
              {(theme, index) => (
                <option value={theme.id}>
                  {`${t().edition.themePage.workshopNumber(index() + 1)} · ${themeName(theme)}`}
                </option>
              )}
            </For>
          </optgroup>
          <optgroup label={m().globalThemes}>
            <For each={byPosition(ThemeKind.Global)}>
              {(theme) => <option value={theme.id}>{themeName(theme)}</option>}
            </For>
          </optgroup>
        </select>
      </label>
    </>
  )
}
