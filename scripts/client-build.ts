import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** What the client bundle is built from: a change to any of them calls for a rebuild. */
const CLIENT_SOURCES = ['client', 'shared', 'vite.config.ts', 'package.json', 'package-lock.json']

function newestChange(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)))
  return newest
}

/** Whether `outDir` lacks a built client, or holds one older than its sources. */
export function clientNeedsBuild(outDir: string): boolean {
  const index = join(outDir, 'index.html')
  if (!existsSync(index)) return true
  const built = statSync(index).mtimeMs
  return CLIENT_SOURCES.some((source) => newestChange(join(ROOT, source)) > built)
}

/**
 * Builds the client with Vite into `outDir`, in a child process so that the
 * caller's environment (a vitest worker, say) does not leak into the build.
 */
export async function buildClient(outDir: string): Promise<void> {
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
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail)
    child.once('exit', done)
  })
  if (code !== 0) throw new Error(`vite build failed (exit code ${code})`)
}
