/**
 * The outbox's attachments, made when a message is sent from the edition as
 * it then is committed: a collectivité's pack files exactly as
 * `GET /api/editions/<id>/pack/<collectiviteId>/<file>` makes them (the
 * proposed programme: the live draft), and the published programme's
 * calendar as `GET /api/editions/<id>/export/programme.ics` makes it. Every
 * file is laid out on the export thread. The files that are the same for
 * every collectivité of a language (the agenda, the programme, the
 * calendar) are made once per state of the edition and kept, so that a
 * send to the whole directory lays each out once.
 */
import { toBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import type { Database } from '../../db'
import type { ContactLanguage } from '../../shared/directory'
import { type EditionSnapshot, readEdition } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import { ExportFile, ExportSource } from '../../shared/exports'
import { PackFile } from '../../shared/letters/pack'
import type { AttachmentRecipe } from '../../shared/mail'
import { AppError } from '../app-error'
import {
  latestPublishedVersion,
  programmeEntities,
  VersionReader,
} from '../editions/published-programme'
import type { SummaryCache } from '../editions/summaries'
import { FileCache } from '../exports/file-cache'
import { programmeView } from '../exports/programme-view'
import type { ExportRenderer } from '../exports/renderer'
import { letterSources } from '../letters/letter-sources'
import { requireComplete } from '../letters/pack-check'
import type { RoomRegistry } from '../sync/room-registry'
import { attachmentName } from './attachment-names'
import type { AttachmentMaker } from './outbox-store'

export interface AttachmentDeps {
  database: Database
  rooms: RoomRegistry
  renderer: ExportRenderer
  summaries: SummaryCache
  publicUrl?: string | undefined
}

const CONTENT_TYPE: Record<PackFile, string> = {
  [PackFile.LetterPdf]: 'application/pdf',
  [PackFile.LetterDocx]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  [PackFile.AgendaPdf]: 'application/pdf',
  [PackFile.FormPdf]: 'application/pdf',
  [PackFile.ProgrammePdf]: 'application/pdf',
}

/** The files alike for every collectivité of a language. */
const SHARED_FILES: ReadonlySet<PackFile> = new Set([PackFile.AgendaPdf, PackFile.ProgrammePdf])

/** Shared files kept: a few editions' agendas, programmes and calendars in two languages. */
const KEPT_BYTES = 32 * 1024 * 1024
const DECODED_BYTES = 16 * 1024 * 1024

/** An AttachmentMaker on the export thread, as the pack and export routes make their files. */
export function packAttachments(deps: AttachmentDeps): AttachmentMaker {
  const kept = new FileCache(KEPT_BYTES)
  const decoded = new VersionReader(deps.database, DECODED_BYTES)

  const keptOr = async (key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> => {
    const found = kept.get(key)
    if (found instanceof Uint8Array) return found
    const made = await make()
    kept.set(key, made)
    return made
  }

  /** The edition as committed, and a stamp that changes with every committed update. */
  const committed = (editionId: string) =>
    deps.rooms.read(editionDocName(editionId), (doc) => ({
      edition: readEdition(doc).value as EditionSnapshot,
      stamp: toBase64(Y.encodeStateVector(doc)),
    }))

  const packFile = async (
    editionId: string,
    collectiviteId: string,
    file: PackFile,
    lang: ContactLanguage,
  ): Promise<Uint8Array> => {
    const { edition, stamp } = await committed(editionId)
    const collectivite = edition.collectivites.find((each) => each.id === collectiviteId)
    if (!collectivite) {
      throw new AppError(
        404,
        ErrorCode.NotFound,
        `no collectivité ${collectiviteId} in this edition`,
      )
    }
    const make = async () => {
      const sources = await letterSources(deps, editionId, edition, [collectivite])
      const inputs = sources.inputs(collectivite)
      requireComplete(file, edition, inputs, lang)
      const at = new Date()
      const made = await deps.renderer.renderPack({
        edition,
        inputs,
        lang,
        files: [file],
        at,
        ...(file === PackFile.ProgrammePdf
          ? {
              view: programmeView(editionId, programmeEntities(edition), {
                source: ExportSource.Draft,
                at,
              }),
            }
          : {}),
      })
      const bytes = made[file]
      if (!bytes) throw new Error(`the export thread made no ${file}`)
      return new Uint8Array(bytes)
    }
    return SHARED_FILES.has(file) ? keptOr(`${editionId}/${stamp}/${file}/${lang}`, make) : make()
  }

  const calendar = async (editionId: string): Promise<Uint8Array> => {
    const published = await latestPublishedVersion(deps.database, editionId)
    if (!published) {
      throw new AppError(404, ErrorCode.NotFound, `no published programme for ${editionId}`)
    }
    const key = `${editionId}/${published.versionId}@${published.publishedAt.getTime()}/ics`
    return keptOr(key, async () => {
      const entities = await decoded.entities(editionId, published.versionId)
      if (!entities) throw new Error(`version ${published.versionId} is gone`)
      const view = programmeView(editionId, entities, {
        source: ExportSource.Published,
        versionId: published.versionId,
        versionName: published.versionName,
        at: published.publishedAt,
      })
      const body = await deps.renderer.render(ExportFile.Ics, view, {
        lang: 'both',
        ...(deps.publicUrl ? { baseUrl: deps.publicUrl } : {}),
      })
      return typeof body === 'string' ? new TextEncoder().encode(body) : body
    })
  }

  return async (editionId: string, recipe: AttachmentRecipe, language: ContactLanguage) => {
    if (recipe.kind === 'calendar') {
      return {
        filename: attachmentName(recipe, language),
        content: await calendar(editionId),
        contentType: 'text/calendar; charset=utf-8',
      }
    }
    const file = recipe.file as PackFile
    return {
      filename: attachmentName(recipe, language),
      content: await packFile(editionId, recipe.collectiviteId, file, language),
      contentType: CONTENT_TYPE[file],
    }
  }
}
