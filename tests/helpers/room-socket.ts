import { type AwarenessEntry, decodeClientMessage } from '../../server/sync/codec'
import type { Room } from '../../server/sync/room'
import { MessageType } from '../../shared/protocol'
import { memberAccess } from './access'

/**
 * A socket of `person` joined directly to `room`, for tests of the room
 * itself: its connection, the frames the room sends it, and the presences
 * among them.
 */
export function joinedSocket(room: Room, person = 'aiko') {
  const sent: Uint8Array[] = []
  const connection = room.join(
    { send: (m) => sent.push(m), close: () => {} },
    memberAccess({ personId: `person-${person}`, sessionHash: `session-${person}` }),
  )
  const presences = (): AwarenessEntry[] =>
    sent
      .filter((frame) => frame[0] === MessageType.Awareness)
      .flatMap((frame) => {
        const message = decodeClientMessage(frame)
        return message.type === 'awareness' ? message.entries : []
      })
  return { connection, sent, presences }
}
