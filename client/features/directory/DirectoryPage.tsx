import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  For,
  Match,
  Show,
  Switch,
} from 'solid-js'
import type { DirectoryCollectivite } from '../../../shared/directory'
import type { Country } from '../../../shared/doc/edition'
import { Header } from '../../app/Header'
import { Link } from '../../app/Link'
import { ApiError } from '../../lib/api'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { useAuth } from '../access/auth'
import { CountrySelect } from '../people/CountrySelect'
import { collectivitesMessages } from '../people/collectivites-messages'
import { DirectoryEntryCard } from './DirectoryEntryCard'
import { BLANK_ENTRY, DirectoryEntryForm } from './DirectoryEntryForm'
import { DirectoryImport } from './DirectoryImport'
import {
  createDirectoryEntry,
  DIRECTORY_EXPORT_PATH,
  deleteDirectoryEntry,
  fetchDirectory,
  updateDirectoryEntry,
} from './directory-api'
import { refreshDirectory } from './directory-cache'
import { directoryMessages } from './directory-messages'
import { entryMatches, entryName } from './directory-search'
import './directory.css'

/** The directory of collectivités across editions: search, filter, create, edit, delete, import, export. */
export const DirectoryPage: Component = () => {
  const { t: app, locale } = useI18n()
  const t = useCatalogue(directoryMessages)
  const places = useCatalogue(collectivitesMessages)
  const auth = useAuth()
  const [entries, { refetch, mutate }] = createResource(() => auth.guard(fetchDirectory()))
  const [query, setQuery] = createSignal('')
  const [country, setCountry] = createSignal<Country | ''>('')
  const [adding, setAdding] = createSignal(false)
  const [news, setNews] = createSignal('')
  const [failure, setFailure] = createSignal<string | null>(null)
  let addButton: HTMLButtonElement | undefined

  createEffect(() => {
    document.title = `Kaigi · ${t().title}`
  })

  const shown = () => (entries() ?? []).filter((entry) => entryMatches(entry, query(), country()))
  const nameOf = (entry: { nameFr: string; nameJa: string }) =>
    entryName(entry, locale(), t().unnamed)
  const replace = (entry: DirectoryCollectivite) =>
    mutate((list) => (list ?? []).map((each) => (each.id === entry.id ? entry : each)))

  const remove = async (entry: DirectoryCollectivite) => {
    setFailure(null)
    try {
      await auth.guard(deleteDirectoryEntry(entry.id))
      mutate((list) => (list ?? []).filter((each) => each.id !== entry.id))
      refreshDirectory()
      setNews(t().deleted(nameOf(entry)))
      document.getElementById('directory-search')?.focus()
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 409
          ? t().linked(Math.max(error.issues.length, 1))
          : t().failed,
      )
    }
  }

  return (
    <>
      <Header status={null} />
      <main class="page directory-page" data-testid="directory-page">
        <Link href="/" class="back-link">
          {app().edition.backToList}
        </Link>
        <h2 class="page-title">{t().title}</h2>
        <p class="intro">{t().intro}</p>
        <p class="sr-status visually-hidden" role="status" data-testid="directory-news">
          {news()}
        </p>
        <Switch>
          <Match when={entries.error}>
            <p class="notice" role="alert">
              {entries.error instanceof ApiError && entries.error.status === 403
                ? t().forbidden
                : t().loadFailed}
            </p>
          </Match>
          <Match when={entries.state === 'pending' && !entries.latest}>
            <p class="muted">{t().loading}</p>
          </Match>
          <Match when={entries.latest}>
            {(list) => (
              <>
                <div class="directory-tools">
                  <Show
                    when={adding()}
                    fallback={
                      <button
                        ref={addButton}
                        type="button"
                        class="btn primary"
                        data-testid="directory-add"
                        onClick={() => {
                          setAdding(true)
                          queueMicrotask(() =>
                            document.getElementById('directory-new-nameFr')?.focus(),
                          )
                        }}
                      >
                        {t().add}
                      </button>
                    }
                  >
                    <DirectoryEntryForm
                      idPrefix="directory-new"
                      title={t().addTitle}
                      initial={BLANK_ENTRY}
                      submitLabel={t().create}
                      onSave={async (fields) => {
                        const entry = await auth.guard(createDirectoryEntry(fields))
                        mutate((all) => [...(all ?? []), entry])
                        refreshDirectory()
                        setAdding(false)
                        setNews(t().saved(nameOf(entry)))
                        queueMicrotask(() => addButton?.focus())
                      }}
                      onCancel={() => {
                        setAdding(false)
                        queueMicrotask(() => addButton?.focus())
                      }}
                    />
                  </Show>
                  <a
                    class="btn"
                    href={DIRECTORY_EXPORT_PATH}
                    download="directory.csv"
                    data-testid="directory-export"
                  >
                    {t().export}
                  </a>
                </div>
                <DirectoryImport
                  onImported={() => {
                    void refetch()
                    refreshDirectory()
                  }}
                />
                <div class="directory-filters">
                  <div class="form-field">
                    <label class="field-label" for="directory-search">
                      {t().search}
                    </label>
                    <input
                      id="directory-search"
                      data-testid="directory-search"
                      type="search"
                      placeholder={t().searchHint}
                      value={query()}
                      onInput={(event) => setQuery(event.currentTarget.value)}
                    />
                  </div>
                  <div class="form-field">
                    <label class="field-label" for="directory-country">
                      {places().countryFilter}
                    </label>
                    <CountrySelect
                      id="directory-country"
                      testId="directory-country-filter"
                      value={country()}
                      all={places().allCountries}
                      onChange={setCountry}
                    />
                  </div>
                </div>
                <p class="muted" aria-live="polite" data-testid="directory-count">
                  {t().shown(shown().length, list().length)}
                </p>
                <Show when={failure()}>
                  {(message) => (
                    <p class="field-error" role="alert" data-testid="directory-failure">
                      {message()}
                    </p>
                  )}
                </Show>
                <Show
                  when={shown().length > 0}
                  fallback={<p class="muted">{list().length === 0 ? t().none : t().noMatch}</p>}
                >
                  <ul class="directory-list" data-testid="directory-list">
                    <For each={shown()}>
                      {(entry) => (
                        <DirectoryEntryCard
                          entry={entry}
                          onSave={async (fields) => {
                            const saved = await auth.guard(updateDirectoryEntry(entry.id, fields))
                            replace(saved)
                            refreshDirectory()
                            setNews(t().saved(nameOf(saved)))
                          }}
                          onDelete={() => void remove(entry)}
                        />
                      )}
                    </For>
                  </ul>
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </main>
    </>
  )
}
