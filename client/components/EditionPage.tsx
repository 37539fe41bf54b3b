import {
  type Component,
  createEffect,
  createResource,
  createSignal,
  For,
  Match,
  onCleanup,
  Show,
  Switch,
} from 'solid-js'
import { editionDocName } from '../../shared/editions'
import { fetchEditions, pickText } from '../edition/list'
import { useI18n } from '../i18n'
import { EditionView, editionPath, useRouter } from '../router'
import type { IdentityStore } from '../stores/identity'
import { createEditionSession } from '../sync/edition-session'
import { syncUrlFor } from '../sync/session'
import { bindUndoKeys } from '../sync/undo'
import { EditionOverview } from './EditionOverview'
import { Header } from './Header'
import { Link } from './Link'
import { ProgrammeGrid } from './ProgrammeGrid'
import { SessionEditor } from './SessionEditor'
import { ThemesView } from './ThemesView'
import { UndoButtons } from './UndoButtons'

interface Target {
  docName: string
  readOnly: boolean
}

/** Where edition `id` lives: as the list says, else by the naming rule if the list is unreachable. */
async function findEdition(id: string): Promise<Target | null> {
  try {
    const item = (await fetchEditions()).find((edition) => edition.id === id)
    return item ? { docName: item.docName, readOnly: item.readOnly } : null
  } catch {
    return { docName: editionDocName(id), readOnly: false }
  }
}

/** The links between an edition's programme and its themes, the current one marked. */
const ViewTabs: Component<{ id: string; view: EditionView }> = (props) => {
  const { t } = useI18n()
  const views = [
    { view: EditionView.Programme, label: () => t().edition.programme },
    { view: EditionView.Themes, label: () => t().edition.themePage.title },
  ]
  return (
    <nav class="view-tabs" aria-label={t().edition.themePage.views}>
      <For each={views}>
        {(entry) => (
          <Link
            href={editionPath(props.id, entry.view)}
            class="view-tab"
            current={props.view === entry.view}
            testId={`view-${entry.view}`}
          >
            {entry.label()}
          </Link>
        )}
      </For>
    </nav>
  )
}

const LiveEdition: Component<{
  id: string
  view: EditionView
  target: Target
  identity: IdentityStore
}> = (props) => {
  const { t, locale } = useI18n()
  const session = createEditionSession(syncUrlFor(window.location), props.target.docName)
  onCleanup(() => session.destroy())
  onCleanup(bindUndoKeys(session.history))
  const connection = session.connection
  const [selected, setSelected] = createSignal<string | null>(null)
  const [editing, setEditing] = createSignal(false)

  const missing = () => session.problems().some((problem) => problem.code === 'missing_meta')
  const readOnly = () =>
    props.target.readOnly ||
    session.edition.meta.status === 'archived' ||
    session.problems().some((problem) => problem.code === 'unsupported_schema_version')

  createEffect(() => {
    connection.setPresence(
      {
        user: {
          name: props.identity.customName() || t().guest(props.identity.guestNumber),
          color: props.identity.color(),
        },
        editing: editing(),
      },
      { sessionId: selected() },
    )
  })
  createEffect(() => {
    if (missing()) return
    const title = pickText(session.edition.meta.title, locale()).main
    document.title = `Kaigi · ${title}`
  })
  // The session editor belongs to the programme: leaving it closes the editor.
  createEffect(() => {
    if (props.view !== EditionView.Programme) setSelected(null)
  })
  // A session deleted by someone else closes its editor.
  createEffect(() => {
    const id = selected()
    if (id && !session.edition.sessions.some((entry) => entry.id === id)) setSelected(null)
  })

  return (
    <>
      <Header status={connection.status()}>
        <Show when={!readOnly()}>
          <UndoButtons history={session.history} />
        </Show>
      </Header>
      <main class="page edition-page" data-testid="edition-page">
        <Link href="/" class="back-link">
          {t().edition.backToList}
        </Link>
        <Switch>
          <Match when={missing() && !connection.synced()}>
            <p class="muted">{t().edition.waiting}</p>
          </Match>
          <Match when={missing()}>
            <p class="notice">{t().edition.empty}</p>
          </Match>
          <Match when={!missing()}>
            <EditionOverview session={session} peers={connection.peers()} readOnly={readOnly()} />
            <ViewTabs id={props.id} view={props.view} />
            <Show
              when={props.view === EditionView.Themes}
              fallback={
                <ProgrammeGrid
                  session={session}
                  peers={connection.peers()}
                  readOnly={readOnly()}
                  selected={selected()}
                  onOpen={setSelected}
                />
              }
            >
              <ThemesView session={session} readOnly={readOnly()} onEditingChange={setEditing} />
            </Show>
          </Match>
        </Switch>
      </main>
      <Show when={selected()} keyed>
        {(id) => (
          <SessionEditor
            session={session}
            sessionId={id}
            readOnly={readOnly()}
            onClose={() => setSelected(null)}
            onEditingChange={setEditing}
          />
        )}
      </Show>
    </>
  )
}

/** One edition: its overview and programme or themes, joined live. */
export const EditionPage: Component<{ id: string; identity: IdentityStore }> = (props) => {
  const { t } = useI18n()
  const router = useRouter()
  // The same connection serves both views: switching view keeps the edition open.
  const view = () => {
    const route = router.route()
    return route.page === 'edition' ? route.view : EditionView.Programme
  }
  const [target] = createResource(() => props.id, findEdition)
  return (
    <Switch>
      <Match when={target.loading}>
        <Header status={null} />
        <main class="page">
          <p class="muted">{t().edition.loading}</p>
        </main>
      </Match>
      <Match when={target() === null}>
        <Header status={null} />
        <main class="page">
          <p class="notice">{t().edition.notFound}</p>
          <Link href="/">{t().edition.backToList}</Link>
        </main>
      </Match>
      <Match when={target()} keyed>
        {(found) => (
          <LiveEdition id={props.id} view={view()} target={found} identity={props.identity} />
        )}
      </Match>
    </Switch>
  )
}
