import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import { canEdit, Role } from '../../shared/access'
import {
  ExportFile,
  ExportLang,
  ExportSource,
  PROGRAMME_EXPORTS,
  publicProgrammePath,
} from '../../shared/exports'
import { exportPath, LANGUAGE_FILES, publicProgrammeUrl } from '../exports/paths'
import { useI18n } from '../i18n'
import { registrationsCsvPath } from '../registrations/api'
import { EditionView, editionPath } from '../router'
import { createVersionList, latestPublished } from '../versions/version-list'
import { Link } from './Link'

const LANGS = [ExportLang.Both, ExportLang.French, ExportLang.Japanese] as const

/** When a version was published, in words: "24 novembre 2026 à 12:47", "2026年11月24日 20:47". */
const publishedWhen = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))

/** The published programme's public page: its address, to open or copy. */
const PublicPage: Component<{ editionId: string }> = (props) => {
  const { t } = useI18n()
  const text = () => t().exports
  const [copied, setCopied] = createSignal(false)
  const url = () => publicProgrammeUrl(props.editionId)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url())
      setCopied(true)
    } catch {
      // No clipboard here (an insecure origin): the link stays selectable.
    }
  }
  return (
    <div class="export-public">
      <p class="field-label">{text().publicPage}</p>
      <div class="link-row">
        <a
          class="invitation-url"
          href={publicProgrammePath(props.editionId)}
          target="_blank"
          rel="noopener"
          data-testid="public-page-link"
        >
          {url()}
        </a>
        <button
          type="button"
          class="btn"
          data-testid="copy-public-page"
          onClick={() => void copy()}
        >
          {copied() ? text().copied : text().copy}
        </button>
      </div>
      <p class="muted hint">{text().publicPageHint}</p>
    </div>
  )
}

/**
 * The programme's files to download: the published programme for everyone,
 * the current draft too for owners and editors, in French and Japanese side
 * by side or one language; the registrations for owners and editors; and the
 * published programme's public page.
 */
export const ExportView: Component<{ editionId: string; role: Role | null }> = (props) => {
  const { t, locale } = useI18n()
  const text = () => t().exports
  const editor = () => props.role !== null && canEdit(props.role)
  const { versions } = createVersionList(() => props.editionId)
  const published = createMemo(() => latestPublished(versions() ?? []))
  const [chosenSource, setSource] = createSignal<ExportSource | null>(null)
  const [lang, setLang] = createSignal<ExportLang>(ExportLang.Both)
  // With nothing published, an editor's files come from the draft; a viewer has none.
  const source = (): ExportSource | null => {
    if (editor() && (chosenSource() === ExportSource.Draft || !published())) {
      return ExportSource.Draft
    }
    return published() ? ExportSource.Published : null
  }

  return (
    <section class="export-view" aria-labelledby="export-title" data-testid="export-view">
      <h2 id="export-title" class="panel-title">
        {text().title}
      </h2>
      <p class="muted hint">{text().intro}</p>

      <div class="panel export-published" data-testid="export-published">
        <Show when={versions.error}>
          <p class="notice">{text().loadFailed}</p>
        </Show>
        <Show when={versions()}>
          <Show
            when={published()}
            fallback={
              <>
                <p data-testid="export-nothing-published">{text().nothingPublished}</p>
                <Show when={props.role === Role.Owner}>
                  <p class="muted hint">
                    {text().publishHint}{' '}
                    <Link href={editionPath(props.editionId, EditionView.Versions)}>
                      {text().versionsLink}
                    </Link>
                  </p>
                </Show>
              </>
            }
          >
            {(version) => (
              <>
                <p data-testid="export-published-version">
                  {text().published(
                    version().name,
                    publishedWhen(version().publishedAt ?? '', locale()),
                  )}
                </p>
                <PublicPage editionId={props.editionId} />
              </>
            )}
          </Show>
        </Show>
      </div>

      <div class="export-options">
        <Show when={editor()}>
          <fieldset class="export-choice" data-testid="export-source">
            <legend class="field-label">{text().source}</legend>
            <For each={[ExportSource.Published, ExportSource.Draft] as const}>
              {(each) => (
                <label class="export-option">
                  <input
                    type="radio"
                    name="export-source"
                    value={each}
                    data-testid={`export-source-${each}`}
                    checked={source() === each}
                    disabled={each === ExportSource.Published && !published()}
                    onChange={() => setSource(each)}
                  />
                  <span>
                    {text().sourceChoice[each]}
                    <span class="muted hint"> — {text().sourceHint[each]}</span>
                  </span>
                </label>
              )}
            </For>
          </fieldset>
        </Show>
        <fieldset class="export-choice" data-testid="export-lang">
          <legend class="field-label">{text().lang}</legend>
          <For each={LANGS}>
            {(each) => (
              <label class="export-option">
                <input
                  type="radio"
                  name="export-lang"
                  value={each}
                  data-testid={`export-lang-${each}`}
                  checked={lang() === each}
                  onChange={() => setLang(each)}
                />
                <span>{text().langChoice[each]}</span>
              </label>
            )}
          </For>
          <p class="muted hint">{text().langHint}</p>
        </fieldset>
      </div>

      <h3 class="export-subtitle">{text().files}</h3>
      <Show
        when={source()}
        fallback={
          <Show when={versions()}>
            <p class="muted" data-testid="export-no-files">
              {text().noFiles}
            </p>
          </Show>
        }
      >
        {(from) => (
          <ul class="panel-list" data-testid="export-files">
            <For each={PROGRAMME_EXPORTS}>
              {(file) => (
                <li class="export-file">
                  <a
                    class="btn"
                    href={exportPath(props.editionId, file, from(), lang())}
                    download=""
                    data-testid="export-link"
                    data-file={file}
                  >
                    {text().file[file].name}
                  </a>
                  <span class="muted">
                    {text().file[file].about}
                    <Show when={LANGUAGE_FILES.includes(file)}>
                      {' '}
                      <span class="tag">{text().langTag[lang()]}</span>
                    </Show>
                  </span>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>

      <Show when={editor()}>
        <h3 class="export-subtitle">{text().internal}</h3>
        <ul class="panel-list">
          <li class="export-file">
            <a
              class="btn"
              href={registrationsCsvPath(props.editionId)}
              download=""
              data-testid="export-link"
              data-file={ExportFile.RegistrationsCsv}
            >
              {text().file[ExportFile.RegistrationsCsv].name}
            </a>
            <span class="muted">
              {text().file[ExportFile.RegistrationsCsv].about}
              <span class="export-private">{text().internalHint}</span>
            </span>
          </li>
        </ul>
      </Show>
    </section>
  )
}
