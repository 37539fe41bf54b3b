// @ts-check
/**
 * `npm start`: builds the client and the server where they are missing or
 * older than their sources, then runs the built server in this same process,
 * a single Node process with no TypeScript compiler in it. The server
 * handles SIGINT and SIGTERM itself (a graceful shutdown, a second Ctrl-C
 * ends it at once) and exits with its own code.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  buildClient,
  buildServer,
  clientNeedsBuild,
  ROOT,
  SERVER_DIR,
  serverNeedsBuild,
} from './build.mjs'

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

await import(pathToFileURL(resolve(SERVER_DIR, 'main.js')).href)
