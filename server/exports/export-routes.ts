import { type Context, Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { Redis } from 'ioredis'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import { Lang, readEdition } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { ErrorCode, fieldIssues } from '../../shared/errors'
import {
  ExportFile,
  ExportLang,
  type ExportQuery,
  ExportQuerySchema,
  ExportSource,
} from '../../shared/exports'
import type { PublishedProgramme } from '../../shared/versions'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import {
  latestPublishedVersion,
  programmeEntities,
  VersionReader,
} from '../editions/published-programme'
import { byReader, spend } from '../http/rate-limit'
import { requireRole } from '../http/roles'
import { createLimiter, type Limiter } from '../limits/limiter'
import { PUBLIC_READS } from '../limits/token-bucket'
import type { RoomRegistry } from '../sync/room-registry'
import type { ExportOptions } from './export-format'
import { FileCache } from './file-cache'
import {
  EXPORT_FILE_TYPES,
  type ExportFileType,
  isProgrammeExport,
  type ProgrammeExportFile,
} from './file-types'
import { escapeHtml, FIRST_PARAM } from './html'
import { programmeView } from './programme-view'
import type { ExportRenderer } from './renderer'

/**
 * What an exported web page may do: show itself, its inline styles and
 * images. No script, no request anywhere, no form.
 */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * The public page's reader's choice of the language read first, kept by
 * their browser in a cookie rather than by a script: the page holds none.
 */
const FIRST_COOKIE = 'kaigi_public_first'
const FIRST_COOKIE_SECONDS = 365 * 24 * 3600

/** The languages the public page can put first: the two of every programme. */
const FIRST_LANGS: readonly Lang[] = [Lang.French, Lang.Japanese]

/**
 * The language a reader's browser prefers of the two, from its
 * Accept-Language (`ja-JP,ja;q=0.9,en;q=0.8`): French when it names neither.
 */
export function preferredFirst(acceptLanguage: string | undefined): Lang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean)
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q) : 1, index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const found = ranked.find((entry) => (FIRST_LANGS as readonly string[]).includes(entry.lang))
  return (found?.lang as Lang | undefined) ?? Lang.French
}

/** A public page address with a language it does not have: said to the person, in both languages. */
const badFirstPage = (value: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Langue inconnue · 不明な言語</title></head>
<body><h1>Langue inconnue</h1><p>« ${FIRST_PARAM}=${escapeHtml(value)} » : cette page s’affiche avec fr ou ja en premier.</p>
<h1 lang="ja">不明な言語</h1><p lang="ja">「${FIRST_PARAM}=${escapeHtml(value)}」：このページは fr または ja を先に表示できます。</p></body></html>
`

const NOT_PUBLISHED_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Programme non publié · 未公開のプログラム</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#222}</style></head>
<body><h1>Programme non publié</h1><p>Ce programme n’a pas encore été publié, ou ce lien n’existe pas.</p>
<h1 lang="ja">未公開のプログラム</h1><p lang="ja">このプログラムはまだ公開されていないか、リンクが存在しません。</p></body></html>
`

/** Rendered files of published versions kept in memory: a version never changes. */
const CACHED_BYTES = 64 * 1024 * 1024
/** Published programmes kept decoded, as JSON, for the files and the public programme. */
const DECODED_BYTES = 64 * 1024 * 1024

/**
 * Files made per reader (a person, or an address): a committee downloads
 * every file in every language at once; a loop asking for new ones is held
 * back, since a PDF takes the server's thread for a few hundred milliseconds.
 */
const RENDERS = { burst: 30, perSecond: 0.5 }

function readQuery(c: Context<AppEnv>): ExportQuery {
  const parsed = ExportQuerySchema.safeParse(c.req.query())
  if (!parsed.success) {
    throw new AppError(
      400,
      ErrorCode.InvalidInput,
      'invalid export options',
      fieldIssues(parsed.error),
    )
  }
  return parsed.data
}

/** "shizuoka-2024-programme-ja-draft.pdf": what the file is, in its name. */
function fileName(editionId: string, file: ProgrammeExportFile, query: ExportQuery): string {
  const dot = file.lastIndexOf('.')
  const parts = [editionId, file.slice(0, dot)]
  if (query.lang !== ExportLang.Both) parts.push(query.lang)
  if (query.source === ExportSource.Draft) parts.push(ExportSource.Draft)
  return `${parts.join('-')}${file.slice(dot)}`
}

/**
 * The programme's exports: `GET /api/editions/<id>/export/<file>` reads the
 * published version, which anyone may fetch (it is public), or with
 * `?source=draft` the live document, for its editors. `/p/<edition id>` is
 * the published programme's public web page, and
 * `/api/public/editions/<id>/programme` the published programme as JSON.
 * Every public read is counted per reader, and a publication is decoded once.
 */
export function exportRoutes(
  database: Database,
  access: AccessStore,
  rooms: RoomRegistry,
  renderer: ExportRenderer,
  publicUrl: string | undefined,
  /** Shares the readers' limits with the other processes on it; null for one process. */
  redis: Redis | null = null,
) {
  const reads = createLimiter('export-reads', PUBLIC_READS, redis)
  const renders = createLimiter('export-renders', RENDERS, redis)
  const cache = new FileCache(CACHED_BYTES)
  const decoded = new VersionReader(database, DECODED_BYTES)
  const inFlight = new Map<string, Promise<Uint8Array | string>>()
  const options = (lang: ExportLang): ExportOptions =>
    publicUrl === undefined ? { lang } : { lang, baseUrl: publicUrl }

  const admit = (c: Context<AppEnv>, limiter: Limiter) => spend(limiter, byReader(c))

  /** The publication in force, after the reader is admitted; 404 if none. */
  const inForce = async (c: Context<AppEnv>, editionId: string) => {
    await admit(c, reads)
    const published = await latestPublishedVersion(database, editionId)
    if (!published) {
      throw new AppError(404, ErrorCode.NotFound, `no published programme for ${editionId}`)
    }
    // Publishing an earlier version again dates its files anew: another file.
    return { ...published, key: `${published.versionId}@${published.publishedAt.getTime()}` }
  }

  const publishedFile = async (
    c: Context<AppEnv>,
    editionId: string,
    file: ProgrammeExportFile,
    lang: ExportLang,
    /** The public page, its reader's language first. */
    first?: Lang,
  ): Promise<{ body: Uint8Array | string; etag: string }> => {
    const published = await inForce(c, editionId)
    const key = `${published.key}/${file}/${lang}${first ? `/first-${first}` : ''}`
    const etag = `"${key}"`
    const cached = cache.get(key)
    if (cached !== undefined) return { body: cached, etag }
    // Readers asking for the same file while it is being made wait for that one.
    let making = inFlight.get(key)
    if (!making) {
      await admit(c, renders)
      // Another reader may have started the same file while this one was counted.
      making = inFlight.get(key)
    }
    if (!making) {
      making = (async () => {
        const entities = await decoded.entities(editionId, published.versionId)
        if (!entities) throw new Error(`version ${published.versionId} is gone`)
        const view = programmeView(editionId, entities, {
          source: ExportSource.Published,
          versionId: published.versionId,
          versionName: published.versionName,
          at: published.publishedAt,
        })
        const body = await renderer.render(file, view, {
          ...options(lang),
          ...(first ? { publicPage: { first } } : {}),
        })
        cache.set(key, body)
        return body
      })().finally(() => inFlight.delete(key))
      inFlight.set(key, making)
    }
    return { body: await making, etag }
  }

  const draftFile = async (
    editionId: string,
    file: ProgrammeExportFile,
    lang: ExportLang,
  ): Promise<Uint8Array | string> => {
    const entities = await rooms.read(editionDocName(editionId), (doc) =>
      programmeEntities(readEdition(doc).value),
    )
    const view = programmeView(editionId, entities, {
      source: ExportSource.Draft,
      at: new Date(),
    })
    return renderer.render(file, view, options(lang))
  }

  const send = (
    c: Context<AppEnv>,
    format: ExportFileType,
    body: Uint8Array | string,
    headers: Record<string, string>,
  ) => {
    c.header('Content-Type', format.contentType)
    if (format.inline) c.header('Content-Security-Policy', PAGE_CSP)
    for (const [name, value] of Object.entries(headers)) c.header(name, value)
    return c.body(typeof body === 'string' ? body : new Uint8Array(body))
  }

  return new Hono<AppEnv>()
    .get('/api/editions/:id/export/:file', async (c) => {
      const editionId = c.req.param('id')
      const file = c.req.param('file')
      if (!isProgrammeExport(file)) {
        throw new AppError(404, ErrorCode.NotFound, `no export named ${file}`)
      }
      const query = readQuery(c)
      const format = EXPORT_FILE_TYPES[file]
      const disposition = `${format.inline ? 'inline' : 'attachment'}; filename="${fileName(editionId, file, query)}"`
      if (query.source === ExportSource.Draft) {
        await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
        await admit(c, renders)
        const body = await draftFile(editionId, file, query.lang)
        return send(c, format, body, {
          'Content-Disposition': disposition,
          'Cache-Control': 'no-store',
        })
      }
      const { body, etag } = await publishedFile(c, editionId, file, query.lang)
      // A re-publication changes the tag, so a reader never keeps an old programme.
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304, { ETag: etag })
      return send(c, format, body, {
        'Content-Disposition': disposition,
        'Cache-Control': 'no-cache',
        ETag: etag,
      })
    })
    .get('/api/public/editions/:id/programme', async (c) => {
      const editionId = c.req.param('id')
      const published = await inForce(c, editionId)
      const etag = `"${published.key}/programme"`
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304, { ETag: etag })
      const programme = await decoded.programmeJson(editionId, published.versionId)
      if (programme === null) throw new Error(`version ${published.versionId} is gone`)
      const head: Omit<PublishedProgramme, 'programme'> = {
        versionId: published.versionId,
        versionName: published.versionName,
        publishedAt: published.publishedAt.toISOString(),
      }
      // The programme's JSON is spliced in as kept, not parsed and written again.
      const body = `${JSON.stringify(head).slice(0, -1)},"programme":${programme}}`
      return c.body(body, 200, {
        'Content-Type': 'application/json; charset=UTF-8',
        'Cache-Control': 'no-cache',
        ETag: etag,
      })
    })
    .get('/p/:slug', async (c) => {
      // A language chosen on the page, else the one the browser prefers.
      const asked = c.req.query(FIRST_PARAM)
      if (asked !== undefined && !(FIRST_LANGS as readonly string[]).includes(asked)) {
        c.header('Content-Security-Policy', PAGE_CSP)
        return c.html(badFirstPage(asked), 400)
      }
      const kept = getCookie(c, FIRST_COOKIE)
      const first =
        (asked as Lang | undefined) ??
        (FIRST_LANGS.find((lang) => lang === kept) ||
          preferredFirst(c.req.header('Accept-Language')))
      // A choice made on the page is kept by this browser for its next visits.
      if (asked !== undefined) {
        setCookie(c, FIRST_COOKIE, asked, {
          path: '/p',
          maxAge: FIRST_COOKIE_SECONDS,
          sameSite: 'Lax',
          httpOnly: true,
        })
      }
      const found = await publishedFile(
        c,
        c.req.param('slug'),
        ExportFile.Html,
        ExportLang.Both,
        first,
      ).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return null
        throw error
      })
      // A person follows this link: they get a page, not a JSON error.
      if (!found) {
        c.header('Content-Security-Policy', PAGE_CSP)
        return c.html(NOT_PUBLISHED_PAGE, 404)
      }
      const { body, etag } = found
      const headers = { 'Cache-Control': 'no-cache', ETag: etag, Vary: 'Accept-Language, Cookie' }
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers)
      return send(c, EXPORT_FILE_TYPES[ExportFile.Html], body, headers)
    })
}
