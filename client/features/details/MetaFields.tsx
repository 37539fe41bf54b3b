import { type Component, createSignal, For, Show } from 'solid-js'
import { type Country, setMeta, ThemeKind } from '../../../shared/doc/edition'
import { pickText } from '../../edition/list'
import { useI18n } from '../../i18n'
import { useCatalogue } from '../../i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { detailsMessages } from './details-messages'
import { TimeZoneSelect } from './TimeZoneSelect'

const COUNTRIES: readonly Country[] = ['FR', 'JP']

/** The edition's plain fields: its number, host country, time zone and global theme. */
export const MetaFields: Component<{
  session: EditionSession
  readOnly: boolean
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(detailsMessages)
  const edition = props.session.edition
  const meta = edition.meta
  const [badNumber, setBadNumber] = createSignal(false)
  const globalThemes = () =>
    edition.themes
      .filter((theme) => theme.kind === ThemeKind.Global)
      .sort((a, b) => a.position - b.position)
  const change = (patch: Parameters<typeof setMeta>[1]) =>
    props.onError(props.session.edit((doc, origin) => setMeta(doc, patch, origin)))
  const changeNumber = (input: HTMLInputElement) => {
    const number = Number(input.value)
    const valid =
      input.value.trim() !== '' && Number.isInteger(number) && number >= 1 && number <= 999
    setBadNumber(!valid)
    if (valid) change({ number })
  }
  return (
    <div class="details-fields">
      <label class="select-field narrow">
        <span class="field-label">{t().number}</span>
        <input
          type="number"
          min="1"
          max="999"
          step="1"
          data-testid="details-number"
          value={meta.number}
          readOnly={props.readOnly}
          aria-invalid={badNumber()}
          aria-describedby={badNumber() ? 'details-number-error' : undefined}
          onChange={(event) => changeNumber(event.currentTarget)}
        />
        <Show when={badNumber()}>
          <span id="details-number-error" class="field-error" role="alert">
            {t().numberInvalid}
          </span>
        </Show>
      </label>
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
    </div>
  )
}
