import { type Component, createResource, createSignal, For, Show } from 'solid-js'
import { type Collectivite, updateCollectivite } from '../../../shared/doc/edition'
import { ApiError } from '../../lib/api'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { useAuth } from '../access/auth'
import { useMayUseDirectory } from './DirectoryNavLink'
import { createDirectoryEntry } from './directory-api'
import { directoryVersion, refreshDirectory, sharedDirectory } from './directory-cache'
import { directoryMessages } from './directory-messages'
import { entryMatches, entryName } from './directory-search'

const MAX_RESULTS = 8

/**
 * An edition's collectivité and its directory entry: whether it is linked,
 * and whether the entry has a contact for the letters; with `editable`, a
 * search of the directory to link one, the way to unlink, and to add the
 * collectivité to the directory. Only the entry's id enters the document:
 * its contacts stay on the server.
 */
export const DirectoryLink: Component<{
  session: EditionSession
  collectivite: Collectivite
  editable: boolean
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(directoryMessages)
  const auth = useAuth()
  const may = useMayUseDirectory()
  const [entries] = createResource(
    () => (may() ? directoryVersion() + 1 : false),
    () => auth.guard(sharedDirectory()),
  )
  const [query, setQuery] = createSignal('')
  const [notice, setNotice] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const id = () => `collectivite-${props.collectivite.id}-directory`
  const linkedId = () => props.collectivite.directoryId
  const linked = () => {
    const wanted = linkedId()
    return wanted === null ? null : (entries.latest?.find((entry) => entry.id === wanted) ?? null)
  }
  const results = () =>
    query().trim() === ''
      ? []
      : (entries.latest ?? []).filter((entry) => entryMatches(entry, query())).slice(0, MAX_RESULTS)

  const link = (directoryId: string | null) => {
    setNotice(null)
    props.onError(
      props.session.edit((doc, origin) =>
        updateCollectivite(doc, props.collectivite.id, { directoryId }, origin),
      ),
    )
    setQuery('')
    queueMicrotask(() => document.getElementById(`${id()}-state`)?.focus())
  }

  const addToDirectory = async () => {
    setNotice(null)
    setBusy(true)
    try {
      const entry = await auth.guard(
        createDirectoryEntry({
          nameFr: props.collectivite.name.fr.trim(),
          nameJa: props.collectivite.name.ja.trim(),
          country: props.collectivite.country,
          kind: props.collectivite.kind,
          address: '',
          contacts: [],
        }),
      )
      refreshDirectory()
      link(entry.id)
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setNotice(t().existsLinkIt)
        setQuery(props.collectivite.name.fr || props.collectivite.name.ja)
      } else setNotice(t().failed)
    } finally {
      setBusy(false)
    }
  }

  const state = () => {
    if (linkedId() === null) return t().notLinked
    const entry = linked()
    if (entry) return t().linkedTo(entryName(entry, locale(), t().unnamed))
    // A viewer, or the directory not read yet: the link is said without the entry's name.
    if (!may() || entries.loading) return t().isLinked
    return t().entryGone
  }

  return (
    <div
      class="directory-link"
      data-testid="directory-link-control"
      data-linked={linkedId() !== null}
    >
      <p class="directory-link-state">
        <span class="field-label" id={`${id()}-legend`}>
          {t().linkLegend}
        </span>{' '}
        <span id={`${id()}-state`} tabIndex={-1} data-testid="directory-link-state">
          {state()}
        </span>
        <Show when={linked()}>
          {(entry) => (
            <span
              class={entry().contacts.length > 0 ? 'tag' : 'tag missing'}
              data-testid="directory-link-contact"
            >
              {entry().contacts[0]
                ? t().hasContact(entry().contacts[0]?.name ?? '')
                : t().lacksContact}
            </span>
          )}
        </Show>
      </p>
      <Show when={props.editable && may()}>
        <Show
          when={linkedId() === null}
          fallback={
            <button
              type="button"
              class="btn"
              data-testid="directory-unlink"
              onClick={() => link(null)}
            >
              {t().unlink}
            </button>
          }
        >
          <div class="directory-link-search">
            <label class="field-label" for={`${id()}-search`}>
              {t().linkSearch}
            </label>
            <input
              id={`${id()}-search`}
              type="search"
              data-testid="directory-link-search"
              value={query()}
              aria-controls={`${id()}-results`}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <Show when={query().trim() !== ''}>
              <Show
                when={results().length > 0}
                fallback={
                  <p class="muted" role="status">
                    {t().noneFound}
                  </p>
                }
              >
                <ul
                  class="directory-link-results"
                  id={`${id()}-results`}
                  aria-label={t().linkChoose}
                >
                  <For each={results()}>
                    {(entry) => {
                      const name = () => entryName(entry, locale(), t().unnamed)
                      return (
                        <li>
                          <span>{name()}</span>
                          <Show when={locale() !== 'ja' ? entry.nameJa : entry.nameFr}>
                            {(other) => <span class="other-lang">{other()}</span>}
                          </Show>
                          <button
                            type="button"
                            class="btn"
                            data-testid="directory-link-choose"
                            aria-label={t().linkTo(name())}
                            onClick={() => link(entry.id)}
                          >
                            {t().linkButton}
                          </button>
                        </li>
                      )
                    }}
                  </For>
                </ul>
              </Show>
            </Show>
            <button
              type="button"
              class="btn"
              data-testid="directory-add-from-card"
              disabled={busy()}
              onClick={() => void addToDirectory()}
            >
              {t().addToDirectory}
            </button>
          </div>
        </Show>
      </Show>
      <Show when={notice()}>
        {(message) => (
          <p class="field-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </div>
  )
}
