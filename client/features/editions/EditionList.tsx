import { type Component, createEffect, createResource, For, Match, Show, Switch } from 'solid-js'
import { canEdit, Role } from '../../../shared/access'
import { Header } from '../../app/Header'
import { Link } from '../../app/Link'
import { editionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import { formatDateRange } from '../../lib/times'
import { useAuth } from '../access/auth'
import { CreateEditionForm } from './CreateEditionForm'
import { type EditionItem, fetchEditions } from './list'
import './edition-list.css'

/** Newest edition first; those the server says nothing about, last. */
const byNumber = (a: EditionItem, b: EditionItem) =>
  (b.summary?.number ?? -1) - (a.summary?.number ?? -1) || a.id.localeCompare(b.id)

const EditionCard: Component<{ item: EditionItem }> = (props) => {
  const { t, locale } = useI18n()
  const title = () => (props.item.summary ? pickText(props.item.summary.title, locale()) : null)
  const city = () => (props.item.summary ? pickText(props.item.summary.hostCity, locale()) : null)
  return (
    <li
      class="edition-card"
      data-testid="edition-item"
      data-id={props.item.id}
      data-record={props.item.readOnly}
      data-role={props.item.role}
    >
      <Link href={editionPath(props.item.id)} class="edition-link">
        <span class="edition-number">
          {props.item.summary ? t().edition.number(props.item.summary.number) : props.item.id}
        </span>
        <Show when={props.item.readOnly}>
          <span class="tag record" title={t().edition.recordHint}>
            {t().edition.record}
          </span>
        </Show>
        <Show when={props.item.role === Role.Viewer && !props.item.readOnly}>
          <span class="tag role" data-role={props.item.role}>
            {t().access.role[props.item.role]}
          </span>
        </Show>
        <Show when={title()}>
          {(text) => (
            <span class="edition-title">
              <span lang={text().mainLang}>{text().main}</span>
              <Show when={text().other}>
                <span class="other-lang" lang={text().otherLang}>
                  {text().other}
                </span>
              </Show>
            </span>
          )}
        </Show>
        <span class="edition-facts">
          <Show when={city()}>{(text) => <span>{text().main}</span>}</Show>
          <Show when={props.item.summary}>
            {(summary) => (
              <span>
                {formatDateRange(summary().startDate, summary().endDate, locale(), summary().year)}
              </span>
            )}
          </Show>
        </span>
      </Link>
    </li>
  )
}

/** The editions of the Rencontres: the current ones to open, the past ones as records. */
export const EditionList: Component = () => {
  const { t } = useI18n()
  const auth = useAuth()
  const [editions] = createResource(() => auth.guard(fetchEditions()))
  // Creating an edition is for those who edit some edition (the server says the same).
  const mayCreate = () => {
    const me = auth.me()
    return me !== null && (me.person.admin || me.memberships.some((m) => canEdit(m.role)))
  }
  createEffect(() => {
    document.title = `Kaigi · ${t().edition.listTitle}`
  })
  return (
    <>
      <Header status={null} />
      <main class="page">
        <h2 class="page-title">{t().edition.listTitle}</h2>
        <p class="intro">{t().edition.listIntro}</p>
        <Show when={mayCreate()}>
          <CreateEditionForm />
        </Show>
        <Switch>
          <Match when={editions.error}>
            <p class="notice">{t().edition.loadFailed}</p>
          </Match>
          <Match when={editions.loading}>
            <p class="muted">{t().edition.loading}</p>
          </Match>
          <Match when={editions()?.length === 0}>
            <p class="muted">{t().edition.noEditions}</p>
          </Match>
          <Match when={editions()}>
            {(list) => (
              <ul class="edition-list" data-testid="editions">
                <For each={[...list()].sort(byNumber)}>{(item) => <EditionCard item={item} />}</For>
              </ul>
            )}
          </Match>
        </Switch>
      </main>
    </>
  )
}
