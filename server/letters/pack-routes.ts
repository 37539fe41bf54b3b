/**
 * The invitation pack, for an edition's editors and owners only (its
 * letters carry the directory's contacts, which are never public):
 * `GET /api/editions/<id>/letters/inputs?collectivite=<id>` what the letter
 * screen's preview fills a template with; `GET /api/editions/<id>/pack` who
 * the pack writes to and what its letters still lack; `GET
 * /api/editions/<id>/pack/<collectiviteId>/<file>` one collectivité's
 * letter (PDF, Word) or attachment (agenda, form, programme), in its
 * language; `GET /api/editions/<id>/pack.zip` every linked collectivité's
 * five files, a folder each. Files are made on the export thread; a file
 * that would print a blank is refused with 409 naming what it lacks.
 */
import { type Context, Hono } from 'hono'
import type { Redis } from 'ioredis'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import type { ContactLanguage } from '../../shared/directory'
import type { Collectivite, EditionSnapshot } from '../../shared/doc/edition'
import { ErrorCode, type FieldIssue } from '../../shared/errors'
import { ExportSource } from '../../shared/exports'
import type { LetterInputs } from '../../shared/letters/letter-inputs'
import {
  isPackFile,
  PACK_FILES,
  PackFile,
  type PackRecipient,
  type PackState,
} from '../../shared/letters/pack'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { programmeEntities, VersionReader } from '../editions/published-programme'
import type { SummaryCache } from '../editions/summaries'
import type { PackJob, ZipEntries } from '../exports/pack/pack-job'
import { type ProgrammeView, programmeView } from '../exports/programme-view'
import type { ExportRenderer } from '../exports/renderer'
import { byReader, spend } from '../http/rate-limit'
import { requireRole } from '../http/roles'
import { createLimiter } from '../limits/limiter'
import type { RoomRegistry } from '../sync/room-registry'
import { VersionStore } from '../versions/version-store'
import { letterSources, readSnapshot } from './letter-sources'
import { editionMissing, fileProblems, requireComplete } from './pack-check'

export interface PackRouteDeps {
  database: Database
  access: AccessStore
  rooms: RoomRegistry
  renderer: ExportRenderer
  summaries: SummaryCache
  publicUrl?: string | undefined
  /** Shares the renders' limit with the other processes on it; null for one process. */
  redis?: Redis | null | undefined
}

/** Files made per person, as for the programme's exports: a pack.zip counts as one. */
const RENDERS = { burst: 30, perSecond: 0.5 }

const CONTENT_TYPE: Record<PackFile, string> = {
  [PackFile.LetterPdf]: 'application/pdf',
  [PackFile.LetterDocx]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  [PackFile.AgendaPdf]: 'application/pdf',
  [PackFile.FormPdf]: 'application/pdf',
  [PackFile.ProgrammePdf]: 'application/pdf',
}

/** Saved versions kept decoded for the pack's programme (`?version=`). */
const DECODED_BYTES = 16 * 1024 * 1024

/** The files that differ from one collectivité to the next; the others are the same per language. */
const OWN_FILES: readonly PackFile[] = [PackFile.LetterPdf, PackFile.LetterDocx, PackFile.FormPdf]
const SHARED_FILES: readonly PackFile[] = [PackFile.AgendaPdf, PackFile.ProgrammePdf]

/** A name as a folder of the zip: no character a file system refuses, none that climbs out. */
export function folderName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 80)
  return cleaned || 'collectivite'
}

const displayName = (collectivite: Collectivite, lang: ContactLanguage): string =>
  collectivite.name[lang].trim() ||
  collectivite.name.fr.trim() ||
  collectivite.name.ja.trim() ||
  collectivite.id

export function packRoutes(deps: PackRouteDeps) {
  const renders = createLimiter('pack-renders', RENDERS, deps.redis ?? null)
  const decoded = new VersionReader(deps.database, DECODED_BYTES)
  const savedVersions = new VersionStore(deps.database)

  /**
   * The programme the pack proposes: the live draft, or with `?version=<id>`
   * a saved version of it (named as published if it was, else as a draft).
   */
  const programmeOf = async (
    c: Context<AppEnv>,
    editionId: string,
    edition: EditionSnapshot,
  ): Promise<ProgrammeView> => {
    const versionId = c.req.query('version')
    if (versionId === undefined) {
      return programmeView(editionId, programmeEntities(edition), {
        source: ExportSource.Draft,
        at: new Date(),
      })
    }
    const row = await savedVersions.facts(editionId, versionId)
    const entities = row ? await decoded.entities(editionId, versionId) : null
    if (!row || !entities) {
      throw new AppError(404, ErrorCode.NotFound, `no version ${versionId} of this edition`)
    }
    return programmeView(
      editionId,
      entities,
      row.publishedAt
        ? {
            source: ExportSource.Published,
            versionId,
            versionName: row.name,
            at: row.publishedAt,
          }
        : { source: ExportSource.Draft, at: new Date() },
    )
  }

  const editor = (c: Context<AppEnv>, editionId: string) =>
    requireRole(c, deps.access, editionId, [Role.Owner, Role.Editor])
  // Only editors reach the pack: each is one reader wherever they are.
  const admit = (c: Context<AppEnv>) => spend(renders, byReader(c))
  const collectiviteOf = (edition: EditionSnapshot, id: string): Collectivite => {
    const found = edition.collectivites.find((each) => each.id === id)
    if (!found) throw new AppError(404, ErrorCode.NotFound, `no collectivité ${id} in this edition`)
    return found
  }
  const job = (
    edition: EditionSnapshot,
    inputs: LetterInputs,
    lang: ContactLanguage,
    files: readonly PackFile[],
    view?: ProgrammeView,
  ): PackJob => ({
    edition,
    inputs,
    lang,
    files,
    at: new Date(),
    ...(view && files.includes(PackFile.ProgrammePdf) ? { view } : {}),
  })

  return new Hono<AppEnv>()
    .get('/api/editions/:id/letters/inputs', async (c) => {
      const editionId = c.req.param('id')
      await editor(c, editionId)
      const edition = await readSnapshot(deps.rooms, editionId)
      const id = c.req.query('collectivite')
      const collectivite = id ? collectiviteOf(edition, id) : null
      const sources = await letterSources(
        deps,
        editionId,
        edition,
        collectivite ? [collectivite] : [],
      )
      const body: LetterInputs = sources.inputs(collectivite)
      return c.json(body, 200, { 'Cache-Control': 'no-store' })
    })
    .get('/api/editions/:id/pack', async (c) => {
      const editionId = c.req.param('id')
      await editor(c, editionId)
      const edition = await readSnapshot(deps.rooms, editionId)
      const sources = await letterSources(deps, editionId, edition, edition.collectivites, {
        links: false,
      })
      const recipients = edition.collectivites.map((collectivite): PackRecipient => {
        const inputs = sources.inputs(collectivite)
        const entry = sources.entryOf(collectivite)
        return {
          collectiviteId: collectivite.id,
          name: collectivite.name,
          country: collectivite.country,
          language: inputs.recipient?.language ?? 'fr',
          directoryId: entry ? entry.id : null,
          contactName: inputs.recipient?.contact?.name ?? null,
        }
      })
      const formLinks = sources.deadline !== null && deps.publicUrl !== undefined
      const body: PackState = {
        recipients,
        missing: editionMissing(edition, sources.inputs(null), formLinks),
      }
      return c.json(body, 200, { 'Cache-Control': 'no-store' })
    })
    .get('/api/editions/:id/pack/:collectiviteId/:file', async (c) => {
      const editionId = c.req.param('id')
      await editor(c, editionId)
      const file = c.req.param('file')
      if (!isPackFile(file)) throw new AppError(404, ErrorCode.NotFound, `no pack file ${file}`)
      const edition = await readSnapshot(deps.rooms, editionId)
      const collectivite = collectiviteOf(edition, c.req.param('collectiviteId'))
      const sources = await letterSources(deps, editionId, edition, [collectivite])
      const inputs = sources.inputs(collectivite)
      const lang = inputs.recipient?.language ?? 'fr'
      requireComplete(file, edition, inputs, lang)
      const view =
        file === PackFile.ProgrammePdf ? await programmeOf(c, editionId, edition) : undefined
      await admit(c)
      const made = await deps.renderer.renderPack(job(edition, inputs, lang, [file], view))
      const body = made[file]
      if (!body) throw new Error(`the export thread made no ${file}`)
      return c.body(new Uint8Array(body), 200, {
        'Content-Type': CONTENT_TYPE[file],
        // The collectivité's name in its language, for the browsers that read it; ids for the others.
        'Content-Disposition': `attachment; filename="${editionId}-${collectivite.id}-${file}"; filename*=UTF-8''${encodeURIComponent(`${folderName(displayName(collectivite, lang))} - ${file}`)}`,
        'Cache-Control': 'no-store',
      })
    })
    .get('/api/editions/:id/pack.zip', async (c) => {
      const editionId = c.req.param('id')
      await editor(c, editionId)
      const edition = await readSnapshot(deps.rooms, editionId)
      const linked = edition.collectivites.filter((each) => each.directoryId)
      const sources = await letterSources(deps, editionId, edition, linked)
      const recipients = linked
        .filter((each) => sources.entryOf(each))
        .map((collectivite) => {
          const inputs = sources.inputs(collectivite)
          return { collectivite, inputs, lang: inputs.recipient?.language ?? 'fr' }
        })
      if (recipients.length === 0) {
        throw new AppError(
          409,
          ErrorCode.LetterIncomplete,
          'no collectivité of this edition is linked to the directory: the pack has no one to write to',
        )
      }
      // Every letter checked before any is made: a pack is whole or not made.
      const issues: FieldIssue[] = []
      const refused = new Set<string>()
      for (const { collectivite, inputs, lang } of recipients) {
        for (const file of PACK_FILES) {
          for (const issue of fileProblems(file, edition, inputs, lang)) {
            issues.push({
              ...issue,
              path: `collectivites.${collectivite.id}.${file}.${issue.path}`,
            })
            refused.add(displayName(collectivite, lang))
          }
        }
      }
      if (issues.length > 0) {
        const fields = [...new Set(issues.map((issue) => issue.message))]
        throw new AppError(
          409,
          ErrorCode.LetterIncomplete,
          `the pack cannot be made: ${[...refused].join(', ')} lack ${fields.join(', ')}`,
          issues,
          issues[0]?.code,
        )
      }
      const view = await programmeOf(c, editionId, edition)
      await admit(c)
      const shared = new Map<ContactLanguage, ZipEntries>()
      for (const lang of new Set(recipients.map((each) => each.lang))) {
        const made = await deps.renderer.renderPack(
          job(edition, sources.inputs(null), lang, SHARED_FILES, view),
        )
        shared.set(lang, made as ZipEntries)
      }
      const entries: ZipEntries = {}
      const taken = new Set<string>()
      for (const { collectivite, inputs, lang } of recipients) {
        const base = folderName(displayName(collectivite, lang))
        let folder = base
        for (let n = 2; taken.has(folder.toLowerCase()); n++) folder = `${base} (${n})`
        taken.add(folder.toLowerCase())
        const own = await deps.renderer.renderPack(job(edition, inputs, lang, OWN_FILES))
        for (const file of PACK_FILES) {
          const bytes = own[file] ?? shared.get(lang)?.[file]
          if (!bytes) throw new Error(`the export thread made no ${file}`)
          entries[`${folder}/${file}`] = bytes
        }
      }
      const zip = await deps.renderer.zip(entries)
      return c.body(new Uint8Array(zip), 200, {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${editionId}-pack.zip"`,
        'Cache-Control': 'no-store',
      })
    })
}
