/**
 * What a room does with an update once it is committed: told to the other
 * processes first (with who wrote it and under which client ids, so that
 * they keep those ids theirs), then relayed to every client of the room
 * but its sender.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncUpdate,
} from '../../../server/sync/codec'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { SyncMessageType } from '../../../shared/protocol'
import { until } from '../../helpers/clients'
import { syncMessages } from '../../helpers/raw-client'
import { RecordingPeers } from '../../helpers/recording-peers'
import { roomBench } from '../../helpers/room-bench'
import { joinedSocket } from '../../helpers/room-socket'
import { captureUpdate } from '../../helpers/updates'

const bench = roomBench()
afterEach(() => bench.undo())

const updatesIn = (sent: Uint8Array[]) =>
  syncMessages(sent).filter((m) => m.subType === SyncMessageType.Update)

describe('an update once committed', () => {
  it('is told to the other processes first, then relayed to every client but its sender', async () => {
    const peers = new RecordingPeers()
    const { room } = await bench.room(new LibsqlDocStore(await bench.database()), { peers })
    const { connection: sender, sent: fromSender } = joinedSocket(room, 'aiko')
    const { sent: fromOther } = joinedSocket(room, 'kenji')
    const author = new Y.Doc()
    room.receive(
      sender,
      encodeSyncUpdate(captureUpdate(author, (d) => d.getText('t').insert(0, 'Nara'))),
    )
    await until(() => peers.told.length === 1)
    expect(peers.told).toEqual([{ writer: 'person-aiko', clients: [author.clientID] }])
    // Not relayed before its publication has left.
    expect(updatesIn(fromOther)).toHaveLength(0)
    peers.publish()
    expect(updatesIn(fromOther)).toHaveLength(1)
    expect(updatesIn(fromSender)).toHaveLength(0)
  })

  it('of the server’s own is told with the client id the server writes under', async () => {
    const peers = new RecordingPeers()
    const { room } = await bench.room(new LibsqlDocStore(await bench.database()), { peers })
    await room.applyChange((doc) => doc.getText('t').insert(0, 'Programme'))
    expect(peers.told).toEqual([{ writer: null, clients: [room.doc.clientID] }])
  })

  it('is still told to the other processes when its room closed while it was being committed', async () => {
    const peers = new RecordingPeers()
    const { room } = await bench.room(new LibsqlDocStore(await bench.database()), { peers })
    const committed = room.applyChange((doc) => doc.getText('t').insert(0, 'Programme'))
    room.close(1001, 'server shutting down')
    await committed
    expect(peers.told).toHaveLength(1)
  })

  it('of presence is relayed to every client but its sender, as an update is', async () => {
    const { room } = await bench.room(new LibsqlDocStore(await bench.database()))
    const { connection: sender, sent: fromSender } = joinedSocket(room, 'aiko')
    const { sent: fromOther } = joinedSocket(room, 'kenji')
    const before = { sender: fromSender.length, other: fromOther.length }
    room.receive(
      sender,
      encodeAwareness(encodeAwarenessEntries([{ clientId: 5, clock: 1, state: '{}' }])),
    )
    expect(fromOther.length).toBe(before.other + 1)
    expect(fromSender.length).toBe(before.sender)
  })
})
