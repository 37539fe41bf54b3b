import { type Component, createSignal, For, Show } from 'solid-js'
import { createTheme, setMeta, ThemeKind } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { EditNotices } from '../../ui/EditNotices'
import { ThemeCard } from './ThemeCard'
import './themes.css'

/** Moves the caret into the French title of a theme that was just added here. */
function focusTitle(themeId: string): void {
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLTextAreaElement>(`[data-testid="theme-${themeId}-title-fr"]`)
      ?.focus()
  })
}

/** The edition's global theme and its workshop themes, each editable in every language. */
export const ThemesView: Component<{
  session: EditionSession
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const edition = props.session.edition
  const [error, setError] = createSignal<string | null>(null)
  const byPosition = (kind: ThemeKind) =>
    edition.themes.filter((theme) => theme.kind === kind).sort((a, b) => a.position - b.position)
  const globalThemes = () => byPosition(ThemeKind.Global)
  const workshopThemes = () => byPosition(ThemeKind.Workshop)
  const globalTheme = () => globalThemes().find((theme) => theme.id === edition.meta.globalThemeId)

  const chooseGlobal = (value: string) =>
    setError(
      props.session.edit((doc, origin) => setMeta(doc, { globalThemeId: value || null }, origin)),
    )
  const add = (kind: ThemeKind) => {
    let id: string | null = null
    setError(
      props.session.edit((doc, origin) => {
        id = createTheme(doc, { kind, title: { fr: '', ja: '', en: '' } }, origin)
        if (kind === ThemeKind.Global) setMeta(doc, { globalThemeId: id }, origin)
      }),
    )
    if (id) focusTitle(id)
  }

  return (
    <section class="themes-view" aria-labelledby="themes-title" data-testid="themes-view">
      <h2 id="themes-title" class="panel-title">
        {t().edition.themePage.title}
      </h2>
      <p class="muted hint">{t().edition.themePage.intro}</p>
      <EditNotices readOnly={props.readOnly} error={error()} />

      <div class="themes-section" data-testid="global-theme">
        <div class="themes-section-head">
          <h3>{t().edition.globalTheme}</h3>
          <Show when={props.readOnly === null}>
            <label class="select-field inline">
              <span class="field-label">{t().edition.themePage.chooseGlobal}</span>
              <select
                data-testid="global-theme-select"
                value={edition.meta.globalThemeId ?? ''}
                onChange={(event) => chooseGlobal(event.currentTarget.value)}
              >
                <option value="">{t().edition.themePage.noGlobal}</option>
                <For each={globalThemes()}>
                  {(theme) => (
                    <option value={theme.id}>
                      {pickText(theme.title, locale()).main || theme.id}
                    </option>
                  )}
                </For>
              </select>
            </label>
            <button
              type="button"
              data-testid="add-global-theme"
              onClick={() => add(ThemeKind.Global)}
            >
              {t().edition.themePage.addGlobal}
            </button>
          </Show>
        </div>
        <Show
          when={globalTheme()}
          keyed
          fallback={<p class="muted">{t().edition.themePage.noGlobal}</p>}
        >
          {(theme) => (
            <ThemeCard
              session={props.session}
              theme={theme}
              label={null}
              readOnly={props.readOnly !== null}
              onEditingChange={props.onEditingChange}
              onError={setError}
            />
          )}
        </Show>
      </div>

      <div class="themes-section" data-testid="workshop-themes">
        <div class="themes-section-head">
          <h3>{t().edition.themePage.workshops}</h3>
          <Show when={props.readOnly === null}>
            <button
              type="button"
              class="primary"
              data-testid="add-workshop-theme"
              onClick={() => add(ThemeKind.Workshop)}
            >
              {t().edition.themePage.addWorkshop}
            </button>
          </Show>
        </div>
        <For
          each={workshopThemes()}
          fallback={<p class="muted">{t().edition.themePage.noWorkshops}</p>}
        >
          {(theme, index) => (
            <ThemeCard
              session={props.session}
              theme={theme}
              label={t().edition.themePage.workshopNumber(index() + 1)}
              readOnly={props.readOnly !== null}
              onEditingChange={props.onEditingChange}
              onError={setError}
            />
          )}
        </For>
      </div>
    </section>
  )
}
