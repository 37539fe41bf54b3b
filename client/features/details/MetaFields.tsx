import { type Component, For, Show } from 'solid-js'
import { type Country, type Participation, setMeta, ThemeKind } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { detailsMessages } from './details-messages'
import { NumberField } from './NumberField'
import { TimeZoneSelect } from './TimeZoneSelect'

const COUNTRIES: readonly Country[] = ['FR', 'JP']

/** The bounds of a participation figure, as the schema counts them. */
const MAX_COUNT = 1_000_000

/**
 * The edition's plain fields: its number, its year while it has no dates,
 * host country, time zone, global theme and participation figures.
 */
export const MetaFields: Component<{
  session: EditionSession
  readOnly: boolean
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(detailsMessages)
  const edition = props.session.edition
  const meta = edition.meta
  const globalThemes = () =>
    edition.themes
      .filter((theme) => theme.kind === ThemeKind.Global)
      .sort((a, b) => a.position - b.position)
  const change = (patch: Parameters<typeof setMeta>[1]) =>
    props.onError(props.session.edit((doc, origin) => setMeta(doc, patch, origin)))
  // The figures are one value in the document: each field writes them all, its own changed.
  const changeParticipation = (figures: {
    participants?: number | null
    FR?: number | null
    JP?: number | null
  }) => {
    const { participants, collectivites } = meta.participation
    const next: Participation = {
      participants: figures.participants === undefined ? participants : figures.participants,
      collectivites: {
        FR: figures.FR === undefined ? collectivites.FR : figures.FR,
        JP: figures.JP === undefined ? collectivites.JP : figures.JP,
      },
    }
    change({ participation: next })
  }
  return (
    <div class="details-fields">
      <NumberField
        label={t().number}
        testId="details-number"
        value={meta.number}
        min={1}
        max={999}
        invalid={t().numberInvalid}
        readOnly={props.readOnly}
        onChange={(number) => number !== null && change({ number })}
      />
      {/* The dates give the year; without them, it is said on its own. */}
      <Show when={meta.startDate === null}>
        <NumberField
          label={t().year}
          testId="details-year"
          value={meta.year}
          min={2000}
          max={2200}
          invalid={t().yearInvalid}
          readOnly={props.readOnly}
          onChange={(year) => year !== null && change({ year })}
        />
      </Show>
      <label class="select-field">
        <span class="field-label">{t().hostCountry}</span>
        <select
          data-testid="details-country"
          value={meta.hostCountry}
          disabled={props.readOnly}
          onChange={(event) => change({ hostCountry: event.currentTarget.value as Country })}
        >
          <For each={COUNTRIES}>
            {(code) => (
              <option value={code} selected={code === meta.hostCountry}>
                {t().countries[code]}
              </option>
            )}
          </For>
        </select>
      </label>
      <div class="select-field wide-field">
        <label class="field-label" for="details-time-zone">
          {t().timeZone}
        </label>
        <TimeZoneSelect
          id="details-time-zone"
          testId="details-time-zone"
          value={meta.timeZone}
          disabled={props.readOnly}
          onChange={(timeZone) => change({ timeZone })}
        />
        <span class="muted hint">{t().timeZoneHint}</span>
      </div>
      <label class="select-field wide-field">
        <span class="field-label">{t().globalTheme}</span>
        <select
          data-testid="details-global-theme"
          value={meta.globalThemeId ?? ''}
          disabled={props.readOnly}
          onChange={(event) => change({ globalThemeId: event.currentTarget.value || null })}
        >
          <option value="" selected={meta.globalThemeId === null}>
            {t().noGlobalTheme}
          </option>
          <For each={globalThemes()}>
            {(theme) => (
              <option value={theme.id} selected={theme.id === meta.globalThemeId}>
                {pickText(theme.title, locale()).main || t().untitledTheme}
              </option>
            )}
          </For>
        </select>
      </label>
      <fieldset class="details-fields participation-fields" data-testid="details-participation">
        <legend>{t().participation}</legend>
        <NumberField
          label={t().participants}
          testId="details-participants"
          value={meta.participation.participants}
          min={0}
          max={MAX_COUNT}
          invalid={t().countInvalid}
          readOnly={props.readOnly}
          emptyMeansUnknown
          onChange={(participants) => changeParticipation({ participants })}
        />
        <NumberField
          label={t().collectivitesFR}
          testId="details-collectivites-fr"
          value={meta.participation.collectivites.FR}
          min={0}
          max={MAX_COUNT}
          invalid={t().countInvalid}
          readOnly={props.readOnly}
          emptyMeansUnknown
          onChange={(FR) => changeParticipation({ FR })}
        />
        <NumberField
          label={t().collectivitesJP}
          testId="details-collectivites-jp"
          value={meta.participation.collectivites.JP}
          min={0}
          max={MAX_COUNT}
          invalid={t().countInvalid}
          readOnly={props.readOnly}
          emptyMeansUnknown
          onChange={(JP) => changeParticipation({ JP })}
        />
        <p class="muted hint participation-hint">{t().participationHint}</p>
      </fieldset>
    </div>
  )
}
