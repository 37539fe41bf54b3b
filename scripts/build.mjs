// @ts-check
/**
 * What `npm start` builds before it serves, in plain JavaScript so that it
 * runs on Node alone: the client with Vite, and the server with esbuild into
 * `dist/server/`, each only when it is missing or older than its sources.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where the built server goes. */
export const SERVER_DIR = join(ROOT, 'dist', 'server')

/** The built server's entry in `SERVER_DIR`: one CommonJS file (see `buildServer`). */
export const SERVER_MAIN = 'main.cjs'

/** What the client bundle is built from: a change to any of them calls for a rebuild. */
const CLIENT_SOURCES = [
  'client',
  'shared',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'scripts/precompress.mjs',
]

/** What the server bundle is built from, this file (its build options) included. */
const SERVER_SOURCES = [
  'server',
  'shared',
  'db',
  'package.json',
  'package-lock.json',
  'scripts/build.mjs',
]

/** @param {string} path */
function newestChange(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)))
  return newest
}

/**
 * @param {string} built a file the build writes last
 * @param {string[]} sources
 */
function needsBuild(built, sources) {
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  return sources.some((source) => newestChange(join(ROOT, source)) > builtAt)
}

/**
 * Whether `outDir` lacks a built client, or holds one older than its sources.
 * @param {string} outDir
 * @returns {boolean}
 */
export function clientNeedsBuild(outDir) {
  return needsBuild(join(outDir, 'index.html'), CLIENT_SOURCES)
}

/**
 * Builds the client with Vite into `outDir`, its text files compressed
 * beside them (`precompress.mjs`), in a child process so that the
 * caller's environment (a vitest worker, say) does not leak into the build,
 * and so that Vite's memory is gone before the server starts.
 * @param {string} outDir
 * @returns {Promise<void>}
 */
export async function buildClient(outDir) {
  // Loaded here, not at the top: every `npm start` reads this file, few build.
  const [{ spawn }, { precompress }] = await Promise.all([
    import('node:child_process'),
    import('./precompress.mjs'),
  ])
  const packageJson = createRequire(import.meta.url).resolve('vite/package.json')
  const vite = join(dirname(packageJson), 'bin', 'vite.js')
  const env = { ...process.env }
  // vite.config.ts leaves the Solid plugin out under vitest.
  delete env.VITEST
  const child = spawn(
    process.execPath,
    [vite, 'build', '--outDir', resolve(outDir), '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, env, stdio: 'inherit' },
  )
  /** @type {number | null} */
  const code = await new Promise((done, fail) => {
    child.once('error', fail)
    child.once('exit', done)
  })
  if (code !== 0) throw new Error(`vite build failed (exit code ${code})`)
  precompress(resolve(outDir))
}

/**
 * Whether `dist/server/` lacks a built server, or holds one older than its sources.
 * @returns {boolean}
 */
export function serverNeedsBuild() {
  return needsBuild(join(SERVER_DIR, SERVER_MAIN), SERVER_SOURCES)
}

/**
 * The packages the server's thread loads at start, bundled into it: Node
 * then reads a few files instead of some hundreds, and the start-up takes
 * about 300 ms less (on a core of the bench machine). They are plain
 * JavaScript that finds no file of its own at run time. Every other package
 * stays in node_modules, loaded from there as from the sources: libSQL's
 * native library, what only some instances or requests use (ioredis,
 * nodemailer, the spreadsheet readers), and all that the export renderer's
 * thread uses (pdfkit and fontkit read their data files beside their code).
 */
const BUNDLED = [
  '@hono/node-server',
  'diff',
  'drizzle-orm',
  'fflate',
  'hono',
  'lib0',
  'pino',
  'prom-client',
  'rate-limiter-flexible',
  'ws',
  'y-protocols',
  'yjs',
  'zod',
]

/** ws's optional native helpers, absent unless installed by hand. */
const OPTIONAL_NATIVE = ['bufferutil', 'utf-8-validate']

/**
 * `node:http2` as @hono/node-server's listener sees it in Kaigi: it imports
 * the module for `instanceof Http2ServerRequest` checks and one constant,
 * and loading it costs about 8 ms of every start. Kaigi listens with
 * `node:http` alone (server/main.ts), so no request is ever an HTTP/2 one
 * and every such check is false, as it is with this class. Only the bundle
 * uses it; the sources under tsx load the real module.
 * @type {import('esbuild').Plugin}
 */
const HTTP1_ONLY = {
  name: 'kaigi-http1-only',
  setup(build) {
    build.onResolve({ filter: /^(node:)?http2$/ }, (args) =>
      args.importer.includes('@hono/node-server')
        ? { path: 'http2', namespace: 'kaigi-http1-only' }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'kaigi-http1-only' }, () => ({
      contents:
        'export class Http2ServerRequest {}\nexport const constants = { NGHTTP2_NO_ERROR: 0 }\n',
      loader: 'js',
    }))
  },
}

/** A file of an older build is kept this long, for a server still running it. */
const OLD_FILE_MS = 24 * 3600 * 1000

/**
 * Builds the server with esbuild into `dist/server/`: `main.cjs`, and the
 * export renderer's thread `render-thread.js` beside it.
 *
 * The server is one CommonJS file, not an ES module with chunks, so that
 * `scripts/start.mjs` can run it with V8's code cache
 * (`scripts/code-cache.mjs`): Node 20 caches no ES module's compiled code,
 * and a start spends some 50 ms compiling the bundle. What the server
 * loads only when asked (ioredis, nodemailer, the spreadsheet readers) stays
 * a package of node_modules, required when asked; Kaigi's own modules that
 * only some instances use are in the one file, run when first imported.
 * `import.meta.url` in the sources (the migrations' folder, the renderer's
 * thread) is the bundle's own file URL.
 * @returns {Promise<void>}
 */
export async function buildServer() {
  const esbuild = await import('esbuild')
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  const external = [
    ...Object.keys(dependencies).filter((name) => !BUNDLED.includes(name)),
    ...OPTIONAL_NATIVE,
  ]
  const staging = join(ROOT, 'dist', `.server-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20.19',
    // With --enable-source-maps, stack traces point at the TypeScript sources.
    sourcemap: 'linked',
    minifyWhitespace: true,
    minifySyntax: true,
    sourcesContent: false,
    logLevel: 'warning',
  }
  try {
    await Promise.all([
      esbuild.build({
        ...common,
        entryPoints: ['server/main.ts'],
        outfile: join(staging, SERVER_MAIN),
        format: 'cjs',
        external,
        plugins: [HTTP1_ONLY],
        define: { 'import.meta.url': '__kaigiModuleUrl' },
        // The directive first: after any other statement it would be none,
        // and the whole bundle would run in sloppy mode.
        banner: {
          js: "'use strict';var __kaigiModuleUrl=require('node:url').pathToFileURL(__filename).href;",
        },
        // import() becomes require(): a script run from V8's code cache
        // cannot make a dynamic import in Node 20 (scripts/code-cache.mjs).
        supported: { 'dynamic-import': false },
      }),
      esbuild.build({
        ...common,
        entryPoints: ['server/exports/render-thread.ts'],
        outfile: join(staging, 'render-thread.js'),
        format: 'esm',
        packages: 'external',
      }),
    ])
    // db/index.ts migrates from the folder beside itself, which is now beside the bundle.
    cpSync(join(ROOT, 'db', 'migrations'), join(staging, 'migrations'), { recursive: true })
    install(staging, SERVER_DIR)
  } finally {
    rmSync(staging, { recursive: true, force: true })
    // esbuild builds in a child process of its own, which would otherwise live beside the server.
    await esbuild.stop()
  }
}

/**
 * Moves a build from `staging` into `outDir`, `main.cjs` last, so that a
 * build cut short is made again. The other files of an older build stay a
 * day (an older build's chunks, its code cache): a server started from it may
 * still load them. A file of this build replaces its older self at once.
 * @param {string} staging
 * @param {string} outDir
 */
function install(staging, outDir) {
  mkdirSync(outDir, { recursive: true })
  rmSync(join(outDir, SERVER_MAIN), { force: true })
  const fresh = new Set(readdirSync(staging))
  for (const name of readdirSync(outDir)) {
    if (fresh.has(name)) continue
    const path = join(outDir, name)
    // A running server may rename its code cache into place meanwhile.
    const changedAt = statSync(path, { throwIfNoEntry: false })?.mtimeMs
    if (changedAt !== undefined && Date.now() - changedAt > OLD_FILE_MS) {
      rmSync(path, { recursive: true, force: true })
    }
  }
  for (const name of [...fresh].filter((name) => name !== SERVER_MAIN)) {
    rmSync(join(outDir, name), { recursive: true, force: true })
    renameSync(join(staging, name), join(outDir, name))
  }
  renameSync(join(staging, SERVER_MAIN), join(outDir, SERVER_MAIN))
}
