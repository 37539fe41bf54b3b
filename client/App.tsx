import { type Component, createEffect, Match, Switch } from 'solid-js'
import { EditionList } from './components/EditionList'
import { EditionPage } from './components/EditionPage'
import { Header } from './components/Header'
import { Link } from './components/Link'
import { NotesPage } from './components/NotesPage'
import { createI18nStore, I18nContext } from './i18n'
import { createRouter, RouterContext } from './router'
import { createIdentityStore } from './stores/identity'
import { browserStorage } from './stores/storage'

export const App: Component = () => {
  const storage = browserStorage()
  const i18n = createI18nStore(storage, navigator.languages ?? [navigator.language])
  const identity = createIdentityStore(storage)
  const router = createRouter()

  createEffect(() => {
    // The lang attribute picks the Japanese or French forms of shared glyphs.
    document.documentElement.lang = i18n.locale()
  })

  return (
    <I18nContext.Provider value={i18n}>
      <RouterContext.Provider value={router}>
        <Switch>
          <Match when={router.route().page === 'notes'}>
            <NotesPage identity={identity} />
          </Match>
          <Match when={router.route().page === 'editions'}>
            <EditionList />
          </Match>
          <Match
            when={(() => {
              const route = router.route()
              return route.page === 'edition' ? route.id : null
            })()}
            keyed
          >
            {(id) => <EditionPage id={id} identity={identity} />}
          </Match>
          <Match when={router.route().page === 'not-found'}>
            <Header status={null} />
            <main class="page">
              <p class="notice">{i18n.t().edition.notFound}</p>
              <Link href="/">{i18n.t().edition.backToList}</Link>
            </main>
          </Match>
        </Switch>
      </RouterContext.Provider>
    </I18nContext.Provider>
  )
}
