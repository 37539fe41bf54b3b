import { type Component, createResource, createSignal, For, Match, Show, Switch } from 'solid-js'
import { type Member, Role } from '../../../shared/access'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { accessMessages } from './access-messages'
import { fetchMembers, revokeMember } from './api'
import { useAuth } from './auth'
import { PendingArrivals } from './PendingArrivals'
import './members.css'

/**
 * The members of an edition, each with their role and committee; an owner may
 * revoke the others (their links with them), and approves or refuses who waits.
 */
export const MembersPanel: Component<{ editionId: string; role: Role | null; timeZone: string }> = (
  props,
) => {
  const { t } = useI18n()
  const auth = useAuth()
  const [members, { refetch }] = createResource(
    () => props.editionId,
    (id) => auth.guard(fetchMembers(id)),
  )
  const [revokeFailed, setRevokeFailed] = createSignal(false)
  const text = () => t().access.members
  const own = useCatalogue(accessMessages)
  const isSelf = (member: Member) => member.personId === auth.me()?.person.id
  // An owner cannot revoke themselves: the server refuses it, so no button offers it.
  // Nor the instance's owner, who holds every edition.
  const canRevoke = (member: Member) =>
    props.role === Role.Owner && !isSelf(member) && !member.instanceOwner

  const revoke = async (member: Member) => {
    setRevokeFailed(false)
    try {
      await auth.guard(revokeMember(props.editionId, member.personId))
    } catch {
      setRevokeFailed(true)
    }
    void refetch()
  }

  return (
    <section class="panel members" aria-labelledby="members-title" data-testid="members">
      <h2 class="panel-title" id="members-title">
        {text().title}
        <Show when={!members.error && members.latest}>
          {(list) => <span class="count">{list().length}</span>}
        </Show>
      </h2>
      <Show when={revokeFailed()}>
        <p class="notice" role="alert">
          {text().revokeFailed}
        </p>
      </Show>
      <Show when={props.role === Role.Owner}>
        <PendingArrivals
          editionId={props.editionId}
          timeZone={props.timeZone}
          onDecided={() => void refetch()}
        />
      </Show>
      <Switch>
        <Match when={members.error}>
          <p class="notice">{text().loadFailed}</p>
        </Match>
        <Match when={members.latest?.length === 0}>
          <p class="muted">{text().none}</p>
        </Match>
        <Match when={members.latest}>
          {(list) => (
            <ul class="member-list" data-testid="member-list">
              <For each={list()}>
                {(member) => (
                  <li
                    class="member"
                    data-testid="member"
                    data-person-id={member.personId}
                    data-role={member.role}
                  >
                    <span class="swatch" style={{ background: member.color }} aria-hidden="true" />
                    <span class="person-name" data-testid="member-name">
                      {member.name}
                    </span>
                    <Show when={isSelf(member)}>
                      <span class="tag">{text().you}</span>
                    </Show>
                    <Show when={member.instanceOwner}>
                      <span
                        class="tag"
                        data-testid="instance-owner"
                        title={text().instanceOwnerHint}
                      >
                        {text().instanceOwner}
                      </span>
                    </Show>
                    <span class="tag role" data-role={member.role}>
                      {t().access.role[member.role]}
                    </span>
                    <span class="muted member-committee">
                      {member.committee
                        ? t().access.committee[member.committee]
                        : text().noCommittee}
                    </span>
                    <Show when={canRevoke(member)}>
                      <span class="member-action">
                        <ConfirmAction
                          label={text().revoke}
                          question={`${text().confirmRevoke(member.name)} ${own().linksRevokedToo(member.openLinks)}`}
                          confirm={text().confirm}
                          cancel={text().cancel}
                          testId="revoke-member"
                          onConfirm={() => void revoke(member)}
                        />
                      </span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </section>
  )
}
