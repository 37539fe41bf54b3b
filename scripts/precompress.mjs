// @ts-check
/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside each text file of a
 * built client, once at build time, so that the server sends the smaller one
 * a browser accepts without compressing anything per request (Hono's
 * `serveStatic` with `precompressed`). A copy that would not be smaller is
 * not written.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** What compresses: scripts, styles, pages and text; images and fonts are compressed already. */
const TEXT_FILES = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
])

/**
 * @param {string} dir a built client
 * @returns {string[]} the files given compressed copies, relative to `dir`
 */
export function precompress(dir) {
  /** @type {string[]} */
  const done = []
  /** @param {string} folder */
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (TEXT_FILES.has(extname(name))) {
        const raw = readFileSync(path)
        const brotli = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
        const gzip = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION })
        if (brotli.length < raw.length) writeFileSync(`${path}.br`, brotli)
        if (gzip.length < raw.length) writeFileSync(`${path}.gz`, gzip)
        done.push(path.slice(dir.length + 1))
      }
    }
  }
  walk(dir)
  return done
}
