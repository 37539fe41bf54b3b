/**
 * `npm start`: builds the client if it is missing or older than its sources,
 * then runs the server in a child process, passing signals on and exiting
 * with its code.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { buildClient, clientNeedsBuild, ROOT } from './client-build'

const clientDir = resolve(ROOT, process.env.CLIENT_DIR ?? 'dist/client')

if (clientNeedsBuild(clientDir)) {
  console.log(`Building the client into ${clientDir}…`)
  await buildClient(clientDir)
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: ROOT,
  env: { ...process.env, CLIENT_DIR: clientDir },
  stdio: 'inherit',
})

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
for (const signal of SIGNALS) {
  process.on(signal, () => {
    // The server shuts down gracefully on its own; a second Ctrl-C reaches it too.
    if (server.exitCode === null) server.kill(signal)
  })
}

server.once('error', (error) => {
  console.error(`could not start the server: ${error.message}`)
  process.exit(1)
})
server.once('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, so that whoever started us sees why.
    for (const name of SIGNALS) process.removeAllListeners(name)
    process.kill(process.pid, signal)
  } else {
    process.exit(code ?? 1)
  }
})
