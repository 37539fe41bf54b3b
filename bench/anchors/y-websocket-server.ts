/**
 * Anchor: the reference y-websocket server, `@y/websocket-server@0.1.1` (on
 * yjs 13), as its own bin (`src/server.js`) starts it (see
 * `y-websocket-listen.ts`). In memory only (no YPERSISTENCE), so it relays
 * an update as soon as it has applied it.
 *
 * Two differences from the bin, both for the bench: it listens on the port
 * the bench asks for (0 = any) and prints the port it got as a JSON line, and
 * it uses the project's ws 8 (the bin resolves the ws 6 nested in the
 * package), the same ws that Kaigi and Hocuspocus use, so the comparison is
 * of sync servers, not of websocket libraries.
 */
import { listenYWebsocket } from './y-websocket-listen'

listenYWebsocket()
