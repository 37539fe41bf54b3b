import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cacheFileOf, cacheKeyOf, runWithCodeCache } from '../../scripts/code-cache.mjs'

const CODE_CACHE = fileURLToPath(new URL('../../scripts/code-cache.mjs', import.meta.url))

/**
 * Runs `file` in a process of its own, as a start does: V8 keeps what one
 * process compiled in memory, and would not read a cache for it again.
 */
function runInNewProcess(
  file: string,
  { save = false, flags = [] as string[] } = {},
): { cache: string; tag: string } {
  const script = `
    const { runWithCodeCache } = await import(${JSON.stringify(CODE_CACHE)})
    const run = runWithCodeCache(${JSON.stringify(file)})
    if (${save}) run.saveCache()
    console.log(JSON.stringify({ cache: run.cache, tag: run.exports.tag }))`
  return JSON.parse(
    execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
      encoding: 'utf8',
    }),
  )
}

/** A CommonJS file whose export says which source ran; `tag` keeps its length. */
const sourceOf = (tag: string) =>
  `const path = require('node:path')\n` +
  `const parts = ['${tag}'].concat(Array.from({ length: 200 }, (_, i) => 'part ' + i))\n` +
  `module.exports = { tag: parts[0], file: path.basename(__filename), count: parts.length }\n`

interface Exported {
  tag: string
  file: string
  count: number
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

  it('runs the file as require would, and saves what it compiled', () => {
    const run = runWithCodeCache(file)
    expect(run.cache).toBe('none')
    // require, __filename and module.exports as Node gives them to a CommonJS file.
    expect(run.exports).toEqual({ tag: 'first', file: 'main.cjs', count: 201 })
    expect(run.saveCache()).toBe(true)
    const stored = readFileSync(cacheFileOf(file))
    expect(stored.subarray(0, 32).equals(cacheKeyOf(readFileSync(file)))).toBe(true)
    // No partial file is left beside it.
    expect(readdirSync(folder).sort()).toEqual(['main.cjs', 'main.cjs.v8-cache'])
  })

  it('reads a file beyond ASCII as UTF-8', () => {
    writeFileSync(file, sourceOf('第5回'))
    expect((runWithCodeCache(file).exports as Exported).tag).toBe('第5回')
  })

  it('runs the next start from the cache', () => {
    expect(runInNewProcess(file, { save: true })).toEqual({ cache: 'none', tag: 'first' })
    expect(runInNewProcess(file)).toEqual({ cache: 'accepted', tag: 'first' })
  })

  it('sets aside the cache of another source of the same length, and runs the new one', () => {
    runInNewProcess(file, { save: true })
    writeFileSync(file, sourceOf('other'))
    // V8 alone would take the cache and run the first source's code.
    expect(runInNewProcess(file, { save: true })).toEqual({ cache: 'other-source', tag: 'other' })
    expect(runInNewProcess(file)).toEqual({ cache: 'accepted', tag: 'other' })
  })

  it('sets aside damaged data behind a right header, and runs from the source', () => {
    runInNewProcess(file, { save: true })
    const stored = readFileSync(cacheFileOf(file))
    for (let at = 64 + 16; at < stored.length - 16; at++) stored[at] = (stored[at] as number) ^ 0x5a
    writeFileSync(cacheFileOf(file), stored)
    expect(runInNewProcess(file)).toEqual({ cache: 'damaged', tag: 'first' })
  })

  it('compiles from the source when V8 refuses the cache (made with other flags)', () => {
    runInNewProcess(file, { save: true, flags: ['--stack-size=900'] })
    expect(runInNewProcess(file)).toEqual({ cache: 'rejected', tag: 'first' })
  })
})
