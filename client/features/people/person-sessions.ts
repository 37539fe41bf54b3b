/** The sessions a person is in, with the part they play in each. */
import {
  type Id,
  isTimed,
  PEOPLE_FIELD_OF_ROLE,
  SESSION_ROLES,
  type Session,
  type SessionRole,
} from '../../../shared/doc/edition'

export interface PersonSession {
  session: Session
  role: SessionRole
}

const startKey = (session: Session) =>
  isTimed(session) ? `${session.day} ${session.start}` : '\uffff'

/**
 * Every session naming `personId`, in every role (one line per role if they
 * play two), in programme order; unplaced ones last.
 */
export function sessionsOfPerson(sessions: readonly Session[], personId: Id): PersonSession[] {
  return sessions
    .flatMap((session) =>
      SESSION_ROLES.filter((role) => session[PEOPLE_FIELD_OF_ROLE[role]].includes(personId)).map(
        (role) => ({ session, role }),
      ),
    )
    .sort((a, b) => startKey(a.session).localeCompare(startKey(b.session)))
}

/** How many distinct sessions name `personId`. */
export function sessionCount(sessions: readonly Session[], personId: Id): number {
  return new Set(sessionsOfPerson(sessions, personId).map((entry) => entry.session.id)).size
}
