import { type Component, Show } from 'solid-js'
import { invitableRoles, type Role } from '../../../shared/access'
import { InvitationsPanel } from './InvitationsPanel'
import { MembersPanel } from './MembersPanel'
import './members.css'

/** An edition's members, and for its owners and editors, its invitation links. */
export const MembersView: Component<{
  editionId: string
  role: Role | null
  record: boolean
  /** The edition's time zone, on whose clocks the links' dates are. */
  timeZone: string
}> = (props) => (
  <div class="members-view" data-testid="members-view">
    <MembersPanel editionId={props.editionId} role={props.role} timeZone={props.timeZone} />
    <Show when={props.role && invitableRoles(props.role).length > 0 ? props.role : null}>
      {(role) => (
        <InvitationsPanel
          editionId={props.editionId}
          role={role()}
          record={props.record}
          timeZone={props.timeZone}
        />
      )}
    </Show>
  </div>
)
