import type { Database } from '../../db'
import { ArrivalStore } from './arrivals'
import { DeviceLinkStore } from './device-links'
import { InvitationStore } from './invitations'
import { MemberStore } from './members'
import { SignInSessionStore } from './sign-in-sessions'

/** Members, invitation links and sessions, in libSQL: one store for each. */
export class AccessStore {
  /** Who is signed in with which cookie. */
  readonly sessions: SignInSessionStore
  /** Links that give a role in an edition, or the instance's ownership. */
  readonly invitations: InvitationStore
  /** Who has which role in which edition. */
  readonly members: MemberStore
  /** Who waits for an owner's approval to join an edition. */
  readonly arrivals: ArrivalStore
  /** One-time links that sign another device in as oneself. */
  readonly devices: DeviceLinkStore

  constructor(database: Database) {
    this.sessions = new SignInSessionStore(database)
    this.invitations = new InvitationStore(database)
    this.members = new MemberStore(database)
    this.arrivals = new ArrivalStore(database)
    this.devices = new DeviceLinkStore(database)
  }
}
