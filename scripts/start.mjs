// @ts-check
/**
 * `npm start`: builds the client and the server where they are missing or
 * older than their sources, then runs the built server in this same process,
 * a single Node process with no TypeScript compiler in it, compiled with the
 * code cache of an earlier start when there is one. The server
 * handles SIGINT and SIGTERM itself (a graceful shutdown, a second Ctrl-C
 * ends it at once) and exits with its own code.
 */
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import {
  buildClient,
  buildServer,
  clientNeedsBuild,
  ROOT,
  SERVER_DIR,
  SERVER_MAIN,
  serverNeedsBuild,
} from './build.mjs'
import { runWithCodeCache } from './code-cache.mjs'

/**
 * How long after the start the code cache is written: by then the start and
 * the first requests have compiled what they run, which the cache then holds.
 */
const SAVE_CACHE_AFTER_MS = 3000

// Where the sources are, as when run from elsewhere: ./data and dist/client are relative to it.
process.chdir(ROOT)
const clientDir = resolve(ROOT, process.env.CLIENT_DIR ?? 'dist/client')
process.env.CLIENT_DIR = clientDir

try {
  if (clientNeedsBuild(clientDir)) {
    console.log(`Building the client into ${clientDir}…`)
    await buildClient(clientDir)
  }
  if (serverNeedsBuild()) {
    console.log(`Building the server into ${SERVER_DIR}…`)
    await buildServer()
  }
} catch (error) {
  console.error(`could not build Kaigi: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const serverFile = resolve(SERVER_DIR, SERVER_MAIN)
if (process.sourceMapsEnabled) {
  // With --enable-source-maps, Node maps stack traces to the TypeScript
  // sources only in files its own loader reads: then the bundle is required
  // as it is, compiled without the cache.
  createRequire(import.meta.url)(serverFile)
} else {
  const server = runWithCodeCache(serverFile)
  if (server.cache !== 'accepted') setTimeout(server.saveCache, SAVE_CACHE_AFTER_MS).unref()
}
