/**
 * Anchor for several processes: Hocuspocus 3 (`@hocuspocus/server`) with
 * `@hocuspocus/extension-redis`, the way Hocuspocus scales out. Each process
 * applies a client's update, relays it to its own clients and publishes it
 * on Redis; the other processes apply it and relay it to theirs. Nothing is
 * stored (no database extension): where Kaigi commits each update before
 * relaying it, Hocuspocus would store later, debounced, after the relay.
 *
 * REDIS_URL says which redis-server to share. It prints the port it got as a
 * JSON line for the bench, like bench/anchors/hocuspocus.ts; SIGTERM
 * (`stopOnSignals`, the default) destroys the server and exits.
 */
import { Redis } from '@hocuspocus/extension-redis'
import { Server } from '@hocuspocus/server'

const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  extensions: [new Redis({ host: redisUrl.hostname, port: Number(redisUrl.port) })],
})
await server.listen()
console.log(JSON.stringify({ event: 'listening', port: server.address.port }))
