import { describe, expect, it } from 'vitest'
import {
  type BusFrame,
  BusFrameError,
  decodeBusFrame,
  encodeBusFrame,
} from '../../../server/redis/bus-frames'
import { parseAccessEnd } from '../../../server/sync/access-ends'

const frames: BusFrame[] = [
  {
    sender: 'process-1',
    sentAt: 1_764_633_600_123.5,
    messages: [
      {
        kind: 'update',
        update: new Uint8Array([1, 2, 3]),
        writer: 'person-1',
        clients: [7, 2 ** 31],
      },
      { kind: 'update', update: new Uint8Array([4]), writer: 'person-2', clients: [8] },
    ],
  },
  {
    sender: 'process-2',
    sentAt: 1,
    messages: [{ kind: 'update', update: new Uint8Array(), writer: null, clients: [] }],
  },
  {
    sender: 'process-3',
    sentAt: 2,
    messages: [{ kind: 'presence', update: new Uint8Array([9, 9]), sessionHash: 'abc' }],
  },
  { sender: 'process-4', sentAt: 3, messages: [{ kind: 'catch-up' }] },
  { sender: 'process-5', sentAt: 4, messages: [] },
]

describe('bus frames', () => {
  it('read back what was written, for every kind of message', () => {
    for (const frame of frames) expect(decodeBusFrame(encodeBusFrame(frame))).toEqual(frame)
  })

  it('refuse what no Kaigi process wrote', () => {
    const valid = encodeBusFrame(frames[0] as BusFrame)
    const refused = [
      new Uint8Array(),
      new Uint8Array([9]),
      valid.subarray(0, valid.length - 1),
      new Uint8Array([...valid, 0]),
      new TextEncoder().encode('{"kind":"update"}'),
    ]
    for (const bytes of refused) expect(() => decodeBusFrame(bytes)).toThrow(BusFrameError)
  })

  it('read an access end only in the shapes Kaigi publishes', () => {
    expect(parseAccessEnd('{"kind":"signed-out","sessionHash":"h"}')).toEqual({
      kind: 'signed-out',
      sessionHash: 'h',
    })
    expect(parseAccessEnd('{"kind":"revoked","personId":"p","editionId":"e"}')).toEqual({
      kind: 'revoked',
      personId: 'p',
      editionId: 'e',
    })
    for (const text of ['', 'null', '{"kind":"revoked","personId":"p"}', '{"kind":"all"}']) {
      expect(parseAccessEnd(text)).toBeNull()
    }
  })
})
