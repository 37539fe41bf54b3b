// @ts-check
/**
 * Runs a CommonJS file as `require` would, compiled with V8's code cache:
 * the bytecode of an earlier run, kept beside the file, spares a start the
 * compiling of what it runs (some 50 ms of Kaigi's start on the bench
 * machine; Node 20 offers no such cache to ES modules, and no built-in one
 * to CommonJS files).
 *
 * The cache file begins with two SHA-256 hashes: of the source it was made
 * from (with Node's version and the machine's architecture), then of the
 * V8 data after them. V8 checks a cache against its source's length only,
 * so a rebuilt file of the same length would otherwise run the old file's
 * code, and it does not check its data: damaged data with the right header
 * ends the process with a fatal error at every start. So a cache of any
 * other source, or whose data does not match its hash, is set aside
 * unread. V8 itself refuses one made with other flags. In each case the
 * file is compiled from its source and runs the same, only more slowly.
 *
 * A script run from V8's cache cannot make a dynamic `import()` in Node 20
 * (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, the callback is lost with the
 * cache), so the file must load what it loads later with `require`: the
 * server's bundle is built so (scripts/build.mjs).
 */
import { isAscii } from 'node:buffer'
import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import vm from 'node:vm'

const HASH_BYTES = 32
const HEADER_BYTES = 2 * HASH_BYTES

const sha256 = (/** @type {Buffer} */ bytes) => createHash('sha256').update(bytes).digest()

/**
 * What a cache must have been made from: this source, this Node, this
 * architecture.
 * @param {Buffer} source
 */
export const cacheKeyOf = (source) =>
  createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest()

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

/** @typedef {'accepted' | 'rejected' | 'damaged' | 'other-source' | 'none'} CacheState */

/**
 * @typedef {object} CachedRun
 * @property {unknown} exports what the file put in `module.exports`
 * @property {CacheState} cache what became of the cache: used; refused by V8;
 *   its data not what its header says; made from another source or Node;
 *   absent or unreadable
 * @property {() => boolean} saveCache writes the cache of all that was
 *   compiled until now (the functions run since the start included); false
 *   when it cannot be written (a read-only folder), which costs only speed
 */

/** @param {string} file */
export const cacheFileOf = (file) => `${file}.v8-cache`

/**
 * The V8 data kept in `cacheFile`, if it was made for `key` and is whole.
 * @param {string} cacheFile
 * @param {Buffer} key
 * @returns {{ state: 'none' | 'other-source' | 'damaged', data?: undefined } | { state: 'usable', data: Buffer }}
 */
function readCache(cacheFile, key) {
  let stored
  try {
    stored = readFileSync(cacheFile)
  } catch {
    return { state: 'none' }
  }
  if (!key.equals(stored.subarray(0, HASH_BYTES))) return { state: 'other-source' }
  const data = stored.subarray(HEADER_BYTES)
  if (!sha256(data).equals(stored.subarray(HASH_BYTES, HEADER_BYTES))) return { state: 'damaged' }
  return { state: 'usable', data }
}

/**
 * @param {string} file an absolute path
 * @returns {CachedRun}
 */
export function runWithCodeCache(file) {
  const bytes = readFileSync(file)
  const key = cacheKeyOf(bytes)
  const cacheFile = cacheFileOf(file)
  const found = readCache(cacheFile, key)
  const script = new vm.Script(wrappedSource(bytes), { filename: file, cachedData: found.data })
  /** @type {CacheState} */
  const cache =
    found.state !== 'usable' ? found.state : script.cachedDataRejected ? 'rejected' : 'accepted'
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))

  const saveCache = () => {
    // Written aside under a name no other process picks (two containers
    // sharing the folder may both be pid 1), flushed, then renamed: a
    // process starting meanwhile reads a whole cache or none.
    const partial = `${cacheFile}.${process.pid}-${randomBytes(6).toString('hex')}`
    try {
      const made = script.createCachedData()
      const fd = openSync(partial, 'wx')
      try {
        writeFileSync(fd, Buffer.concat([key, sha256(made), made]))
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      renameSync(partial, cacheFile)
      return true
    } catch {
      rmSync(partial, { force: true })
      return false
    }
  }
  return { exports: module.exports, cache, saveCache }
}
