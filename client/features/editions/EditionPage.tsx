import { type Component, createResource, Match, Switch } from 'solid-js'
import { Header } from '../../app/Header'
import { Link } from '../../app/Link'
import { EditionView, useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useAuth } from '../access/auth'
import type { EditionPlace } from './edition-place'
import { findEdition } from './find-edition'
import { LiveEdition } from './LiveEdition'

/** One edition: its overview and programme, themes or members, joined live. */
export const EditionPage: Component<{ id: string }> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const router = useRouter()
  // The same connection serves every view: switching view keeps the edition open.
  const route = () => {
    const current = router.route()
    return current.page === 'edition' ? current : null
  }
  const view = () => route()?.view ?? EditionView.Programme
  const place = (): EditionPlace => {
    const current = route()
    return {
      meetingId: current?.meetingId ?? null,
      sessionId: current?.sessionId ?? null,
      day: current?.day ?? null,
      field: current?.field ?? null,
      kind: current?.kind ?? null,
    }
  }
  const [target] = createResource(
    () => props.id,
    (id) => findEdition(id, auth),
  )
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
        {(found) => <LiveEdition id={props.id} view={view()} place={place()} target={found} />}
      </Match>
    </Switch>
  )
}
