import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { defaultCookie } from './sign-in'

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/** A ws WebSocket that sends `cookie`, as a signed-in browser's does. */
export function webSocketWithCookie(cookie: string | undefined): typeof WebSocket {
  class SignedInWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {})
    }
  }
  return SignedInWebSocket as unknown as typeof WebSocket
}

/**
 * A stock y-websocket provider on `docName`, as a browser would run it,
 * signed in as the server's owner unless `cookie` says otherwise.
 */
export function connectClient(
  syncUrl: string,
  docName: string,
  doc = new Y.Doc(),
  cookie = defaultCookie(syncUrl.replace(/^ws/, 'http')),
): TestClient {
  const provider = new WebsocketProvider(syncUrl, docName, doc, {
    WebSocketPolyfill: webSocketWithCookie(cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolves when `predicate` holds, checking after each event loop turn; rejects after `ms`. */
export async function until(
  predicate: () => boolean,
  ms = 10_000,
  what = 'condition',
): Promise<void> {
  const start = Date.now()
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

export const synced = (client: TestClient): Promise<void> =>
  until(() => client.provider.synced, 10_000, 'provider synced')
