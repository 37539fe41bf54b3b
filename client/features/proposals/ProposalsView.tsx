import { type Component, createMemo, createSignal, For, onMount, Show } from 'solid-js'
import { createProposal, type ProposalStatus, type Theme } from '../../../shared/doc/edition'
import { useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import type { ReadOnlyReason } from '../../lib/read-only'
import type { EditionSession } from '../../sync/edition-session'
import { useAuth } from '../access/auth'
import { workshopsOf } from '../meetings/format'
import { ThemeSelect } from '../themes/ThemeSelect'
import { namesOf, PROPOSAL_GROUPS } from './format'
import { ProposalCard } from './ProposalCard'
import '../meetings/meeting-form.css'
import './proposals.css'

/** A committee member's own proposal: a title in French or Japanese, its theme and co-proposers. */
const ProposalCreateForm: Component<{
  session: EditionSession
  workshops: readonly Theme[]
}> = (props) => {
  const { t } = useI18n()
  const [open, setOpen] = createSignal(false)
  const [titleFr, setTitleFr] = createSignal('')
  const [titleJa, setTitleJa] = createSignal('')
  const [themeId, setThemeId] = createSignal('')
  const [names, setNames] = createSignal('')
  const [refused, setRefused] = createSignal<string | null>(null)
  const create = (event: SubmitEvent) => {
    event.preventDefault()
    const reason = props.session.edit((doc, origin) => {
      createProposal(
        doc,
        {
          title: { fr: titleFr(), ja: titleJa() },
          themeId: themeId() || null,
          collectiviteNames: namesOf(names()),
        },
        origin,
      )
    })
    setRefused(reason)
    if (reason) return
    setTitleFr('')
    setTitleJa('')
    setNames('')
    setOpen(false)
  }
  return (
    <details
      class="create-meeting"
      open={open()}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary data-testid="create-proposal-open">{t().proposals.create}</summary>
      <form class="meeting-form" data-testid="create-proposal" onSubmit={create}>
        <div class="form-field">
          <label class="field-label" for="new-proposal-fr">
            {t().proposals.proposalTitle} · {t().edition.editor.lang.fr}
          </label>
          <textarea
            id="new-proposal-fr"
            lang="fr"
            rows={2}
            data-testid="new-proposal-title-fr"
            value={titleFr()}
            onInput={(event) => setTitleFr(event.currentTarget.value)}
          />
        </div>
        <div class="form-field">
          <label class="field-label" for="new-proposal-ja">
            {t().proposals.proposalTitle} · {t().edition.editor.lang.ja}
          </label>
          <textarea
            id="new-proposal-ja"
            lang="ja"
            rows={2}
            data-testid="new-proposal-title-ja"
            value={titleJa()}
            onInput={(event) => setTitleJa(event.currentTarget.value)}
          />
        </div>
        <div class="form-field">
          <label class="field-label" for="new-proposal-theme">
            {t().proposals.theme}
          </label>
          <ThemeSelect
            id="new-proposal-theme"
            testid="new-proposal-theme"
            workshops={props.workshops}
            value={themeId()}
            onChange={setThemeId}
          />
        </div>
        <div class="form-field">
          <label class="field-label" for="new-proposal-collectivites">
            {t().proposals.collectivites}
          </label>
          <textarea
            id="new-proposal-collectivites"
            rows={2}
            data-testid="new-proposal-collectivites"
            value={names()}
            onInput={(event) => setNames(event.currentTarget.value)}
          />
          <span class="muted hint">{t().proposals.collectivitesHint}</span>
        </div>
        <Show when={refused()}>
          {(reason) => (
            <p class="notice wide" role="alert">
              {t().proposals.refused(reason())}
            </p>
          )}
        </Show>
        <button type="submit" class="btn primary" data-testid="create-proposal-submit">
          {t().proposals.createSubmit}
        </button>
      </form>
    </details>
  )
}

/**
 * The workshop proposals of an edition, grouped by where they stand:
 * the committees translate, support, comment and decide on them; viewers read.
 */
export const ProposalsView: Component<{
  editionId: string
  session: EditionSession
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const routerHash = useRouter().hash
  const { t } = useI18n()
  const auth = useAuth()
  const edition = props.session.edition
  const [error, setError] = createSignal<string | null>(null)
  const workshops = createMemo(() => workshopsOf(edition.themes))
  const member = () => auth.me()?.person ?? null
  // The groups are fixed and each card keeps its place while its text is typed in.
  const inGroup = (status: ProposalStatus) =>
    edition.proposals.filter((proposal) => proposal.status === status)
  // A link to one proposal (from the wall) shows it.
  onMount(() => {
    const hash = decodeURIComponent(routerHash().slice(1))
    if (hash) requestAnimationFrame(() => document.getElementById(hash)?.scrollIntoView())
  })

  return (
    <section class="proposals-view" aria-labelledby="proposals-title" data-testid="proposals-view">
      <h2 id="proposals-title" class="panel-title">
        {t().proposals.title}
      </h2>
      <p class="muted hint">{t().proposals.intro}</p>
      <Show when={props.readOnly === null}>
        <ProposalCreateForm session={props.session} workshops={workshops()} />
      </Show>
      <Show when={error()}>
        {(reason) => (
          <p class="notice" role="alert">
            {t().proposals.refused(reason())}
          </p>
        )}
      </Show>
      <Show when={edition.proposals.length === 0}>
        <p class="muted">{t().proposals.none}</p>
      </Show>
      <For each={PROPOSAL_GROUPS}>
        {(status) => (
          <Show when={inGroup(status).length > 0}>
            <section
              class="proposal-group"
              data-testid="proposal-group"
              data-status={status}
              aria-labelledby={`proposals-${status}`}
            >
              <h3 id={`proposals-${status}`}>
                {t().proposals.status[status]} <span class="count">{inGroup(status).length}</span>
              </h3>
              <div class="proposal-list">
                <For each={inGroup(status)}>
                  {(proposal) => (
                    <ProposalCard
                      editionId={props.editionId}
                      session={props.session}
                      proposal={proposal}
                      workshops={workshops()}
                      readOnly={props.readOnly !== null}
                      member={member()}
                      onEditingChange={props.onEditingChange}
                      onError={setError}
                    />
                  )}
                </For>
              </div>
            </section>
          </Show>
        )}
      </For>
    </section>
  )
}
