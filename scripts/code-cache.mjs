// @ts-check
/**
 * Runs a CommonJS file as `require` would, compiled with V8's code cache:
 * the bytecode of an earlier run, kept beside the file, spares a start the
 * compiling of what it runs (some 50 ms of Kaigi's start on the bench
 * machine; Node 20 offers no such cache to ES modules, and no built-in one
 * to CommonJS files).
 *
 * The cache file begins with the SHA-256 of the source it was made from.
 * V8 checks a cache against its source's length only, so a rebuilt file of
 * the same length would otherwise run the old file's code; a cache of any
 * other source is set aside unread. V8 itself rejects one made by another
 * V8 or with other flags. Either way the file is compiled from its source
 * and runs the same, only more slowly.
 */
import { isAscii } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import vm from 'node:vm'

const HASH_BYTES = 32

// The wrapper Node gives a CommonJS module, on the file's first line so that line numbers stay the file's.
const WRAPPER_START = Buffer.from('(function (exports, require, module, __filename, __dirname) {')
const WRAPPER_END = Buffer.from('\n})')

/**
 * The file's source in Node's CommonJS wrapper. An ASCII file (the server's
 * bundle is one: tests/scripts/start.test.ts) is decoded as Latin-1, for
 * which Node gives V8 a string of one byte a character, kept outside V8's
 * heap when it is over about 1 MB as the bundle is: some 20 ms of a start
 * sooner than the same text decoded from UTF-8 into the heap. Any other
 * file is decoded as UTF-8, as Node does.
 * @param {Buffer} bytes
 */
function wrappedSource(bytes) {
  const wrapped = Buffer.concat([WRAPPER_START, bytes, WRAPPER_END])
  return wrapped.toString(isAscii(bytes) ? 'latin1' : 'utf8')
}

/** @typedef {'accepted' | 'rejected' | 'other-source' | 'none'} CacheState */

/**
 * @typedef {object} CachedRun
 * @property {unknown} exports what the file put in `module.exports`
 * @property {CacheState} cache what became of the cache: used; refused by V8;
 *   made from another source; absent or unreadable
 * @property {() => boolean} saveCache writes the cache of all that was
 *   compiled until now (the functions run since the start included); false
 *   when it cannot be written (a read-only folder), which costs only speed
 */

/** @param {string} file */
export const cacheFileOf = (file) => `${file}.v8-cache`

/**
 * @param {string} file an absolute path
 * @returns {CachedRun}
 */
export function runWithCodeCache(file) {
  const bytes = readFileSync(file)
  const hash = createHash('sha256').update(bytes).digest()
  const cacheFile = cacheFileOf(file)
  /** @type {Buffer | undefined} */
  let stored
  try {
    stored = readFileSync(cacheFile)
  } catch {
    stored = undefined
  }
  const sameSource = stored !== undefined && hash.equals(stored.subarray(0, HASH_BYTES))
  const script = new vm.Script(wrappedSource(bytes), {
    filename: file,
    cachedData: sameSource ? stored?.subarray(HASH_BYTES) : undefined,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  })
  /** @type {CacheState} */
  const cache =
    stored === undefined
      ? 'none'
      : !sameSource
        ? 'other-source'
        : script.cachedDataRejected
          ? 'rejected'
          : 'accepted'
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))

  const saveCache = () => {
    // Written aside and renamed: another process starting meanwhile reads a whole cache or none.
    const partial = `${cacheFile}.${process.pid}`
    try {
      writeFileSync(partial, Buffer.concat([hash, script.createCachedData()]))
      renameSync(partial, cacheFile)
      return true
    } catch {
      rmSync(partial, { force: true })
      return false
    }
  }
  return { exports: module.exports, cache, saveCache }
}
