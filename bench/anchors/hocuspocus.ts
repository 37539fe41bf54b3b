/**
 * Anchor: Hocuspocus 3 (`@hocuspocus/server`), a plain `Server` with no
 * extensions, so nothing is stored: it relays an update as soon as it has
 * applied it. Hocuspocus speaks its own framing over the Yjs messages (every
 * message starts with the document name, and a client authenticates first),
 * which bench/dialects.ts speaks on the client side.
 *
 * It prints the port it got as a JSON line for the bench. `stopOnSignals`
 * (the default) makes SIGTERM destroy the server and exit.
 */
import { Server } from '@hocuspocus/server'

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
})
await server.listen()
console.log(JSON.stringify({ event: 'listening', port: server.address.port }))
