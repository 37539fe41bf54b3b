import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import {
  buildClient,
  buildServer,
  clientNeedsBuild,
  SERVER_DIR,
  SERVER_MAIN,
  serverNeedsBuild,
} from '../scripts/build.mjs'
import { REPO_ROOT } from './repo-root'

/**
 * Every server the bench starts runs as it would in production: Kaigi from
 * the bundle `npm start` runs (`dist/server/main.cjs`, built by
 * scripts/build.mjs where missing or stale), the anchors and the durable
 * floor each built by esbuild into one file with their packages, as Kaigi
 * is. None runs under a TypeScript loader, whose compiler and caches would
 * weigh on the memory and the start of each alike.
 */
export const ANCHORS_DIR = join(REPO_ROOT, 'dist', 'bench-anchors')

export const BUILT_ANCHORS = {
  'y-websocket-server': 'bench/anchors/y-websocket-server.ts',
  hocuspocus: 'bench/anchors/hocuspocus.ts',
  'hocuspocus-redis': 'bench/anchors/hocuspocus-redis.ts',
  'libsql-floor': 'bench/anchors/libsql-floor.ts',
  'durable-floor': 'bench/anchors/durable-floor.ts',
} as const
export type BuiltAnchor = keyof typeof BUILT_ANCHORS

/** The file to run for an anchor, once `buildServers` is done. */
export const anchorEntry = (kind: BuiltAnchor): string => join(ANCHORS_DIR, `${kind}.mjs`)

/** The file to run for Kaigi, once `buildServers` is done. */
export const KAIGI_ENTRY = join(SERVER_DIR, SERVER_MAIN)

let built: Promise<void> | null = null

/** Builds Kaigi (client and server) and the anchors, once per bench run. */
export function buildServers(): Promise<void> {
  built ??= (async () => {
    const clientDir = join(REPO_ROOT, 'dist', 'client')
    if (clientNeedsBuild(clientDir)) await buildClient(clientDir)
    if (serverNeedsBuild()) await buildServer()
    mkdirSync(ANCHORS_DIR, { recursive: true })
    await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: BUILT_ANCHORS,
      outdir: ANCHORS_DIR,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      // Native: leveldown is y-leveldb's, loaded only with YPERSISTENCE;
      // libSQL's client and driver load their native library from node_modules, as Kaigi's do.
      external: ['bufferutil', 'utf-8-validate', 'leveldown', '@libsql/client', 'libsql'],
      banner: {
        js: "import { createRequire as __benchRequire } from 'node:module'\nconst require = __benchRequire(import.meta.url)",
      },
      logLevel: 'warning',
    })
  })()
  return built
}
