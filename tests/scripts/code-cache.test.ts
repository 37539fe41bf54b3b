import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cacheFileOf, runWithCodeCache } from '../../scripts/code-cache.mjs'

const CODE_CACHE = fileURLToPath(new URL('../../scripts/code-cache.mjs', import.meta.url))

/**
 * Runs `file` in a process of its own, as a start does: V8 keeps what one
 * process compiled in memory, and would not read a cache for it again.
 */
function runInNewProcess(file: string, save = false): { cache: string; tag: string } {
  const script = `
    const { runWithCodeCache } = await import(${JSON.stringify(CODE_CACHE)})
    const run = runWithCodeCache(${JSON.stringify(file)})
    if (${save}) run.saveCache()
    console.log(JSON.stringify({ cache: run.cache, tag: run.exports.tag }))`
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  )
}

/** A CommonJS file whose export says which source ran; `tag` keeps its length. */
const sourceOf = (tag: string) =>
  `const path = require('node:path')\n` +
  `module.exports = { tag: '${tag}', file: path.basename(__filename), loadPath: () => import('node:path') }\n`

interface Exported {
  tag: string
  file: string
  loadPath: () => Promise<typeof import('node:path')>
}

describe('running a CommonJS file with V8 code cache', () => {
  let folder: string
  let file: string

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kaigi-code-cache-'))
    file = join(folder, 'main.cjs')
    writeFileSync(file, sourceOf('first'))
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('runs the file as require would, and saves what it compiled', async () => {
    const run = runWithCodeCache(file)
    expect(run.cache).toBe('none')
    const exported = run.exports as Exported
    expect(exported.tag).toBe('first')
    expect(exported.file).toBe('main.cjs')
    // A dynamic import inside the file works as in a module Node loaded itself.
    expect((await exported.loadPath()).basename('/a/b.txt')).toBe('b.txt')
    expect(run.saveCache()).toBe(true)
    const hash = createHash('sha256').update(readFileSync(file, 'utf8')).digest()
    expect(readFileSync(cacheFileOf(file)).subarray(0, 32).equals(hash)).toBe(true)
  })

  it('reads a file beyond ASCII as UTF-8', () => {
    writeFileSync(file, sourceOf('第5回'))
    expect((runWithCodeCache(file).exports as Exported).tag).toBe('第5回')
  })

  it('runs the next start from the cache', () => {
    expect(runInNewProcess(file, true)).toEqual({ cache: 'none', tag: 'first' })
    expect(runInNewProcess(file)).toEqual({ cache: 'accepted', tag: 'first' })
  })

  it('sets aside the cache of another source of the same length, and runs the new one', () => {
    runInNewProcess(file, true)
    writeFileSync(file, sourceOf('other'))
    // V8 alone would take the cache and run the first source's code.
    expect(runInNewProcess(file, true)).toEqual({ cache: 'other-source', tag: 'other' })
    expect(runInNewProcess(file)).toEqual({ cache: 'accepted', tag: 'other' })
  })

  it('compiles from the source when V8 refuses the cache', () => {
    runInNewProcess(file, true)
    const stored = readFileSync(cacheFileOf(file))
    // The right source's hash before data that is not V8's.
    writeFileSync(
      cacheFileOf(file),
      Buffer.concat([stored.subarray(0, 32), Buffer.alloc(stored.length - 32, 7)]),
    )
    expect(runInNewProcess(file)).toEqual({ cache: 'rejected', tag: 'first' })
  })
})
