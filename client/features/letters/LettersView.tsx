import {
  type Component,
  createMemo,
  createResource,
  createSignal,
  For,
  onCleanup,
  Show,
} from 'solid-js'
import { canEdit, type Role } from '../../../shared/access'
import type { ContactLanguage } from '../../../shared/directory'
import { letterFacts } from '../../../shared/letters/letter-facts'
import type { LetterInputs } from '../../../shared/letters/letter-inputs'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { EditNotices } from '../../ui/EditNotices'
import { LetterDownloads } from './LetterDownloads'
import { LetterPaper } from './LetterPreview'
import { LetterSettings } from './LetterSettings'
import { LetterTemplate } from './LetterTemplate'
import { placeholderFields, previewLanguage, previewLetter } from './letter-preview'
import { fetchLetterInputs, fetchPackState } from './letters-api'
import { lettersMessages } from './letters-messages'
import './letters.css'

const LETTER_LANGS: readonly ContactLanguage[] = ['fr', 'ja']

/** What the server adds to a letter when it cannot be asked (a viewer): nothing. */
const NO_INPUTS: LetterInputs = { previous: null, deadline: null, recipient: null, formUrl: null }

/** How long the edition stays unchanged before the pack's state is asked for again. */
const PACK_REFRESH_MS = 800

/**
 * The invitation letter: its French and Japanese templates co-edited live,
 * its settings, a preview filled for a chosen collectivité in its language
 * as the edition changes, and the pack's files to download. Viewers read the
 * templates and the preview, without a recipient's data or the files.
 */
export const LettersView: Component<{
  editionId: string
  session: EditionSession
  role: Role | null
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(lettersMessages)
  const edition = props.session.edition
  const [error, setError] = createSignal<string | null>(null)
  const [chosen, setChosen] = createSignal<string>('')
  const [langChoice, setLangChoice] = createSignal<ContactLanguage | null>(null)
  // An unknown role (offline) may still be an editor: the server has the last word.
  const editor = () => props.role === null || canEdit(props.role)
  const [inputs, { refetch }] = createResource(
    () => (editor() ? { collectivite: chosen() } : false),
    (source) => fetchLetterInputs(props.editionId, source.collectivite || null),
  )
  const [pack, packControl] = createResource(
    () => (editor() ? props.editionId : false),
    (id) => fetchPackState(id),
  )
  // The deadline or a recipient set elsewhere: asked again when the page is back in view.
  const onVisible = () => {
    if (document.visibilityState === 'visible' && editor()) void refetch()
  }
  document.addEventListener('visibilitychange', onVisible)
  onCleanup(() => document.removeEventListener('visibilitychange', onVisible))
  // The pack's state is the server's reading of the edition: asked again once edits settle.
  let timer: ReturnType<typeof setTimeout> | undefined
  const onUpdate = () => {
    clearTimeout(timer)
    timer = setTimeout(() => editor() && void packControl.refetch(), PACK_REFRESH_MS)
  }
  props.session.connection.doc.on('update', onUpdate)
  onCleanup(() => {
    clearTimeout(timer)
    props.session.connection.doc.off('update', onUpdate)
  })

  /** The inputs the preview fills from: the last answer (kept while the next loads), or none. */
  const given = (): LetterInputs | null => {
    if (!editor()) return null
    const latest = inputs.error ? undefined : inputs.latest
    return latest ?? null
  }
  const shownInputs = () => {
    const value = given()
    // A choice the answer does not reflect yet is previewed without a recipient.
    if (value && (value.recipient?.collectiviteId ?? '') !== chosen()) {
      return { ...value, recipient: null, formUrl: null }
    }
    return value
  }
  const lang = () => langChoice() ?? previewLanguage(shownInputs(), locale())
  const preview = createMemo(() => {
    const current = shownInputs()
    const facts = letterFacts(edition, current ?? NO_INPUTS, lang())
    return previewLetter(edition.meta.letter[lang()], facts, placeholderFields(current))
  })
  /** The chosen recipient's letters: their language and facts, for the downloads. */
  const recipient = createMemo(() => {
    const current = shownInputs()
    const to = current?.recipient
    if (!current || !to) return null
    return {
      collectiviteId: to.collectiviteId,
      lang: to.language,
      facts: letterFacts(edition, current, to.language),
    }
  })
  const collectivites = () =>
    [...edition.collectivites].sort((a, b) =>
      pickText(a.name, locale()).main.localeCompare(pickText(b.name, locale()).main, locale()),
    )

  return (
    <section class="letters-view" aria-labelledby="letters-title" data-testid="letters-view">
      <h2 id="letters-title" class="panel-title">
        {m().title}
      </h2>
      <p class="muted hint">{m().intro}</p>
      <EditNotices readOnly={props.readOnly} error={error()} />
      <div class="panel letter-templates">
        <p class="muted hint">{m().templateHint}</p>
        <div class="letter-template-pair">
          <For each={LETTER_LANGS}>
            {(each) => (
              <LetterTemplate
                session={props.session}
                lang={each}
                value={edition.meta.letter[each]}
                readOnly={props.readOnly !== null}
                onEditingChange={props.onEditingChange}
              />
            )}
          </For>
        </div>
      </div>
      <div class="letters-lower">
        <section
          class="panel letter-preview"
          aria-labelledby="letter-preview-title"
          data-testid="letter-preview"
        >
          <h3 id="letter-preview-title" class="panel-title">
            {m().preview}
          </h3>
          <div class="letter-preview-controls">
            <Show when={editor()}>
              <label class="select-field">
                <span class="field-label">{m().collectivite}</span>
                <select
                  data-testid="letter-collectivite"
                  value={chosen()}
                  onChange={(event) => {
                    setChosen(event.currentTarget.value)
                    setLangChoice(null)
                  }}
                >
                  <option value="">{m().noCollectivite}</option>
                  <For each={collectivites()}>
                    {(collectivite) => (
                      <option value={collectivite.id}>
                        {pickText(collectivite.name, locale()).main}
                      </option>
                    )}
                  </For>
                </select>
              </label>
            </Show>
            <fieldset class="letter-lang-switch">
              <legend class="field-label">{m().language}</legend>
              <For each={LETTER_LANGS}>
                {(each) => (
                  <label>
                    <input
                      type="radio"
                      name="letter-preview-lang"
                      value={each}
                      checked={lang() === each}
                      data-testid={`letter-preview-lang-${each}`}
                      onChange={() => setLangChoice(each)}
                    />{' '}
                    {m().langName[each]}
                    <Show when={shownInputs()?.recipient?.language === each}>
                      <span class="muted">{m().recipientLanguage}</span>
                    </Show>
                  </label>
                )}
              </For>
            </fieldset>
          </div>
          <Show when={editor() && inputs.loading}>
            <p class="muted" data-testid="letter-inputs-loading">
              {m().loading}
            </p>
          </Show>
          <Show when={editor() && inputs.error}>
            <p class="notice">
              {m().failed}{' '}
              <button type="button" class="btn" onClick={() => void refetch()}>
                {m().retry}
              </button>
            </p>
          </Show>
          <Show when={preview().placeholders.length > 0}>
            <p class="muted hint">{editor() ? m().placeholderHint : m().noInputs}</p>
          </Show>
          <LetterPaper
            editionId={props.editionId}
            preview={preview()}
            lang={lang()}
            dated={edition.meta.letterDate !== null}
            empty={edition.meta.letter[lang()].trim() === ''}
          />
        </section>
        <div class="letters-side">
          <LetterSettings
            editionId={props.editionId}
            session={props.session}
            readOnly={props.readOnly !== null}
            onEditingChange={props.onEditingChange}
            onError={setError}
          />
          <Show when={editor() && props.role !== null}>
            <LetterDownloads
              editionId={props.editionId}
              edition={edition}
              recipient={recipient()}
              pack={pack.error ? undefined : pack.latest}
            />
          </Show>
        </div>
      </div>
    </section>
  )
}
