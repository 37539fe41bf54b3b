import { type Component, createMemo, createSignal, For, Show } from 'solid-js'
import { canEdit, Role } from '../../../shared/access'
import {
  ExportFile,
  ExportLang,
  ExportSource,
  PROGRAMME_EXPORTS,
  publicProgrammePath,
} from '../../../shared/exports'
import { Link } from '../../app/Link'
import { EditionView, editionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { useMomentText } from '../../ui/moment'
import { registrationsCsvPath } from '../registrations/api'
import { createVersionList, latestPublished } from '../versions/version-list'
import { exportMessages } from './export-messages'
import { exportPath, LANGUAGE_FILES, publicProgrammeUrl } from './paths'
import './exports.css'

const LANGS = [ExportLang.Both, ExportLang.French, ExportLang.Japanese] as const

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

/** One file to download: what it is for, what to do with it, and its format. */
const FileItem: Component<{ file: ExportFile; href: string; tag?: string; private?: boolean }> = (
  props,
) => {
  const words = useCatalogue(exportMessages)
  const { t } = useI18n()
  const file = () => words().file[props.file]
  const about = () => `export-about-${props.file.replace('.', '-')}`
  return (
    <li class="export-file">
      <a
        class="btn"
        href={props.href}
        download=""
        aria-describedby={about()}
        data-testid="export-link"
        data-file={props.file}
      >
        {file().name}
      </a>
      <span class="muted" id={about()}>
        {file().about} <span class="export-format">{words().formatOf(file().format)}</span>
        <Show when={props.tag}>
          {' '}
          <span class="tag">{props.tag}</span>
        </Show>
        <Show when={props.private}>
          <span class="export-private">{t().exports.internalHint}</span>
        </Show>
      </span>
    </li>
  )
}

/**
 * The programme's files to download: the published programme for everyone,
 * the current draft too for owners and editors, in French and Japanese side
 * by side or one language; the registrations for owners and editors; and the
 * published programme's public page. When the version was published is
 * written on the edition's clocks (`timeZone`), with the viewer's beside.
 */
export const ExportView: Component<{ editionId: string; role: Role | null; timeZone: string }> = (
  props,
) => {
  const { t, locale } = useI18n()
  const text = () => t().exports
  const words = useCatalogue(exportMessages)
  const momentText = useMomentText()
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
                  {words().published(
                    version().name,
                    momentText(version().publishedAt ?? '', props.timeZone),
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
                <FileItem
                  file={file}
                  href={exportPath(props.editionId, file, from(), lang())}
                  {...(LANGUAGE_FILES.includes(file) ? { tag: text().langTag[lang()] } : {})}
                />
              )}
            </For>
          </ul>
        )}
      </Show>

      <Show when={editor()}>
        <h3 class="export-subtitle">{text().internal}</h3>
        <ul class="panel-list">
          <FileItem
            file={ExportFile.RegistrationsCsv}
            href={registrationsCsvPath(props.editionId, locale())}
            private
          />
        </ul>
      </Show>
    </section>
  )
}
