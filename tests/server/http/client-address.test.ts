import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { clientAddress } from '../../../server/http/client-address'

/** A request as Node hands it over: the socket's peer, and the headers. */
const request = (peer: string, forwardedFor?: string): IncomingMessage =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage

describe('the address a request came from', () => {
  it('is the socket’s when no proxy is trusted, whatever the header claims', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7')
  })

  it('is the one the trusted proxy wrote, not one the client put before it', () => {
    // The client forged "1.2.3.4"; nginx appended the address it saw.
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.9'), 1)).toBe('198.51.100.9')
    // Two proxies: the first one's entry is the second from the end.
    expect(clientAddress(request('10.0.0.3', '1.2.3.4, 198.51.100.9, 10.0.0.2'), 2)).toBe(
      '198.51.100.9',
    )
  })

  it('falls back to the socket when the request did not come through the proxies', () => {
    expect(clientAddress(request('203.0.113.7'), 1)).toBe('203.0.113.7')
    expect(clientAddress(request('203.0.113.7', '198.51.100.9'), 2)).toBe('203.0.113.7')
  })
})
