import { type Component, createEffect, onCleanup, Show } from 'solid-js'
import { Header } from './components/Header'
import { InvalidDocument } from './components/InvalidDocument'
import { Workspace } from './components/Workspace'
import { createI18nStore, I18nContext } from './i18n'
import { createIdentityStore } from './stores/identity'
import { browserStorage } from './stores/storage'
import { docNameFromUrl } from './sync/doc-name'
import { createSyncSession, syncUrlFor } from './sync/session'

export const App: Component = () => {
  const storage = browserStorage()
  const i18n = createI18nStore(storage, navigator.languages ?? [navigator.language])
  const identity = createIdentityStore(storage)
  const target = docNameFromUrl(new URL(window.location.href))
  const session = target.valid
    ? createSyncSession(syncUrlFor(window.location), target.docName)
    : null
  onCleanup(() => session?.destroy())

  createEffect(() => {
    // The lang attribute picks the Japanese or French forms of shared glyphs.
    document.documentElement.lang = i18n.locale()
    document.title = `Kaigi · ${target.docName}`
  })

  return (
    <I18nContext.Provider value={i18n}>
      <Header status={session ? session.status() : null} />
      <Show when={session} fallback={<InvalidDocument docName={target.docName} />}>
        {(live) => <Workspace session={live()} identity={identity} />}
      </Show>
    </I18nContext.Provider>
  )
}
