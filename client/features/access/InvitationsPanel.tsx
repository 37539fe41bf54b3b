import { type Component, createResource, createSignal, For, Match, Show, Switch } from 'solid-js'
import {
  Committee,
  type CreatedInvitation,
  type Invitation,
  invitableRoles,
  Role,
} from '../../../shared/access'
import type { FieldIssue } from '../../../shared/errors'
import { ApiError } from '../../lib/api'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { useMomentText } from '../../ui/moment'
import { QrCode } from '../../ui/QrCode'
import { accessMessages } from './access-messages'
import { createInvitation, fetchInvitations, revokeInvitation } from './api'
import { useAuth } from './auth'
import { DEFAULT_EXPIRY_HOURS, EXPIRY_CHOICES, invitationUrl, isActive } from './invitations'
import './members.css'

/** The most uses a link may allow (`CreateInvitationSchema`). */
const MAX_USES = 1000
/** A new link serves one person unless its maker asks for more (`CreateInvitationSchema`). */
const DEFAULT_MAX_USES = '1'

/** Whether more than one person may come in through `invitation`. */
const multiUse = (invitation: Invitation) => invitation.maxUses === null || invitation.maxUses > 1

/** A link just created: its address, shown this once, to copy or to scan. */
const CreatedLink: Component<{ created: CreatedInvitation }> = (props) => {
  const { t } = useI18n()
  const text = () => t().access.invitations
  const url = () => invitationUrl(props.created.path)
  const [copied, setCopied] = createSignal(false)
  let shown: HTMLElement | undefined
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url())
      setCopied(true)
    } catch {
      // No clipboard (an insecure origin, a refusal): select it for Ctrl+C.
      if (!shown) return
      const range = document.createRange()
      range.selectNodeContents(shown)
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
    }
  }
  return (
    <div class="created-link" data-testid="created-invitation" role="status">
      <div class="created-link-text">
        <p class="field-label">{text().created}</p>
        <div class="link-row">
          <code class="invitation-url" data-testid="invitation-link" ref={shown}>
            {url()}
          </code>
          <button type="button" class="btn" data-testid="copy-invitation-link" onClick={copy}>
            {copied() ? text().copied : text().copy}
          </button>
        </div>
        <p class="muted hint">{text().createdHint}</p>
      </div>
      <QrCode text={url()} label={text().qr} testId="invitation-qr" />
    </div>
  )
}

/**
 * One link: what it offers, how much it was used and by whom, until when; a
 * mark if it predates a revocation; and its revocation, or that it was revoked.
 */
const LinkItem: Component<{ invitation: Invitation; timeZone: string; onRevoke: () => void }> = (
  props,
) => {
  const { t } = useI18n()
  const momentText = useMomentText()
  const own = useCatalogue(accessMessages)
  const text = () => t().access.invitations
  return (
    <li
      class="invitation"
      data-testid="invitation"
      data-invitation-id={props.invitation.id}
      data-role={props.invitation.role}
      data-revoked={props.invitation.revoked}
      data-before-revocation={props.invitation.beforeRevocation}
    >
      <span class="tag role" data-role={props.invitation.role}>
        {t().access.role[props.invitation.role]}
      </span>
      <span>
        {props.invitation.committee
          ? t().access.committee[props.invitation.committee]
          : text().committeeChosen}
      </span>
      <span class="muted" data-testid="invitation-uses">
        {text().uses(props.invitation.uses, props.invitation.maxUses)}
      </span>
      <span class="muted" data-testid="invitation-expiry">
        {props.invitation.expiresAt
          ? text().expiresOn(momentText(props.invitation.expiresAt, props.timeZone))
          : text().unlimited}
      </span>
      <Show when={props.invitation.beforeRevocation && !props.invitation.revoked}>
        <span class="tag warning" data-testid="invitation-before-revocation">
          {own().beforeRevocation}
        </span>
      </Show>
      <Show when={multiUse(props.invitation) && props.invitation.usedBy.length > 0}>
        <span class="muted invitation-used-by" data-testid="invitation-used-by">
          {own().usedBy(props.invitation.usedBy.map((use) => use.name).join(', '))}
        </span>
      </Show>
      <span class="invitation-action">
        <Show
          when={!props.invitation.revoked}
          fallback={
            <span class="tag" data-testid="invitation-revoked">
              {own().revoked}
            </span>
          }
        >
          <ConfirmAction
            label={text().revoke}
            question={text().confirmRevoke}
            confirm={text().revoke}
            cancel={t().access.members.cancel}
            testId="revoke-invitation"
            onConfirm={props.onRevoke}
          />
        </Show>
      </span>
    </li>
  )
}

/**
 * An edition's invitation links, for its owners and editors: a form that
 * creates one (the roles the member may hand out; viewers only for a
 * record), the link just created with its QR code, and the active links.
 */
export const InvitationsPanel: Component<{
  editionId: string
  role: Role
  record: boolean
  /** The edition's time zone: the links' expiry is on its clocks. */
  timeZone: string
}> = (props) => {
  const { t } = useI18n()
  const own = useCatalogue(accessMessages)
  const auth = useAuth()
  const text = () => t().access.invitations
  const roles = () =>
    invitableRoles(props.role).filter((role) => !props.record || role === Role.Viewer)
  const [role, setRole] = createSignal<Role>(
    roles().includes(Role.Editor) ? Role.Editor : (roles()[0] ?? Role.Viewer),
  )
  const [committee, setCommittee] = createSignal<Committee | null>(null)
  const [expiry, setExpiry] = createSignal<number>(DEFAULT_EXPIRY_HOURS)
  const [maxUses, setMaxUses] = createSignal(DEFAULT_MAX_USES)
  const [issues, setIssues] = createSignal<FieldIssue[]>([])
  const [failed, setFailed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const [created, setCreated] = createSignal<CreatedInvitation | null>(null)
  const [links, { refetch }] = createResource(
    () => props.editionId,
    (id) => auth.guard(fetchInvitations(id)),
  )
  const active = () => (links.error ? [] : (links.latest ?? []).filter((link) => isActive(link)))
  const revoked = () => (links.error ? [] : (links.latest ?? []).filter((link) => link.revoked))
  const issueAt = (path: string) => issues().some((issue) => issue.path === path)

  const create = async (event: SubmitEvent) => {
    event.preventDefault()
    setBusy(true)
    setFailed(false)
    setIssues([])
    try {
      const uses = maxUses().trim()
      const answer = await auth.guard(
        createInvitation(props.editionId, {
          role: role(),
          committee: committee(),
          expiresInHours: expiry(),
          maxUses: uses === '' ? null : Number(uses),
        }),
      )
      setCreated(answer)
      setMaxUses(DEFAULT_MAX_USES)
      void refetch()
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) setIssues(error.issues)
      else setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  const revoke = async (invitation: Invitation) => {
    setFailed(false)
    try {
      await auth.guard(revokeInvitation(props.editionId, invitation.id))
    } catch {
      setFailed(true)
    }
    void refetch()
  }

  return (
    <section
      class="panel invitations"
      aria-labelledby="invitations-title"
      data-testid="invitations"
    >
      <h2 class="panel-title" id="invitations-title">
        {text().title}
      </h2>
      <p class="muted hint">{text().intro}</p>
      <Show when={props.record}>
        <p class="muted hint">{text().recordViewersOnly}</p>
      </Show>
      <form class="invitation-form" data-testid="invitation-form" novalidate onSubmit={create}>
        <label class="select-field" data-field="role">
          <span class="field-label">{text().role}</span>
          <select
            data-testid="invite-role"
            value={role()}
            aria-invalid={issueAt('role')}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
          >
            <For each={roles()}>
              {(each) => <option value={each}>{t().access.role[each]}</option>}
            </For>
          </select>
        </label>
        <label class="select-field" data-field="committee">
          <span class="field-label">{text().committee}</span>
          <select
            data-testid="invite-committee"
            value={committee() ?? ''}
            onChange={(event) => setCommittee((event.currentTarget.value || null) as Committee)}
          >
            <option value="">{text().committeeChosen}</option>
            <For each={Object.values(Committee)}>
              {(each) => <option value={each}>{t().access.committee[each]}</option>}
            </For>
          </select>
        </label>
        <label class="select-field" data-field="expiresInHours">
          <span class="field-label">{text().expiry}</span>
          <select
            data-testid="invite-expiry"
            value={String(expiry())}
            onChange={(event) => setExpiry(Number(event.currentTarget.value))}
          >
            <For each={EXPIRY_CHOICES}>
              {(hours) => <option value={String(hours)}>{text().expiryChoice(hours)}</option>}
            </For>
          </select>
        </label>
        <label class="select-field" data-field="maxUses">
          <span class="field-label">{text().maxUses}</span>
          <input
            type="number"
            min="1"
            max={MAX_USES}
            step="1"
            inputmode="numeric"
            data-testid="invite-max-uses"
            placeholder={text().unlimited}
            value={maxUses()}
            aria-invalid={issueAt('maxUses')}
            aria-describedby="invite-max-uses-hint"
            onInput={(event) => setMaxUses(event.currentTarget.value)}
          />
          <span class="muted field-hint" id="invite-max-uses-hint">
            {own().maxUsesHint}
          </span>
          <Show when={issueAt('maxUses')}>
            <span class="field-error">{text().maxUsesError(MAX_USES)}</span>
          </Show>
        </label>
        <button
          type="submit"
          class="btn primary form-submit"
          data-testid="create-invitation"
          disabled={busy()}
        >
          {busy() ? text().creating : text().create}
        </button>
        <Show when={failed() || issues().some((issue) => issue.path !== 'maxUses')}>
          <p class="notice form-notice" role="alert">
            {text().failed}
          </p>
        </Show>
      </form>
      <Show when={created()} keyed>
        {(link) => <CreatedLink created={link} />}
      </Show>
      <h3 class="subtitle">{text().active}</h3>
      <Switch>
        <Match when={links.error}>
          <p class="notice">{text().loadFailed}</p>
        </Match>
        <Match when={links.latest && active().length === 0}>
          <p class="muted">{text().none}</p>
        </Match>
        <Match when={active().length > 0}>
          <ul class="invitation-list" data-testid="invitation-list">
            <For each={active()}>
              {(invitation) => (
                <LinkItem
                  invitation={invitation}
                  timeZone={props.timeZone}
                  onRevoke={() => void revoke(invitation)}
                />
              )}
            </For>
          </ul>
        </Match>
      </Switch>
      <Show when={revoked().length > 0}>
        <h3 class="subtitle">{own().revokedLinks}</h3>
        <ul class="invitation-list" data-testid="revoked-invitation-list">
          <For each={revoked()}>
            {(invitation) => (
              <LinkItem invitation={invitation} timeZone={props.timeZone} onRevoke={() => {}} />
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
