import { Hono } from 'hono'
import * as Y from 'yjs'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import { diffProgrammes, newId, readEdition, restoreProgramme } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import { NOW, SaveVersionSchema, type VersionList } from '../../shared/versions'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { VersionReader } from '../editions/published-programme'
import { readBody } from '../http/read-body'
import { memberActor, requireRole } from '../http/roles'
import type { MailSends } from '../mail-sends/mail-sends'
import { SERVER_ORIGIN } from '../sync/room-deps'
import type { RoomRegistry } from '../sync/room-registry'
import { VersionStore } from './version-store'

const MEMBERS = [Role.Owner, Role.Editor, Role.Viewer]
const EDITORS = [Role.Owner, Role.Editor]
/** Saved versions kept decoded for previews and comparisons: a member may read one in a loop. */
const DECODED_BYTES = 32 * 1024 * 1024

/**
 * Named versions of an edition: saved from the live document, listed,
 * compared with each other or with now, and restored as a new change.
 */
export function versionRoutes(
  database: Database,
  access: AccessStore,
  rooms: RoomRegistry,
  /** Queues the registered collectivités' change notice with each publication; none without. */
  sends?: MailSends,
) {
  const store = new VersionStore(database)

  const saved = new VersionReader(database, DECODED_BYTES)
  const missing = (versionId: string) =>
    new AppError(404, ErrorCode.NotFound, `no version ${versionId}`)
  const snapshotOf = async (editionId: string, versionId: string) => {
    const snapshot = await saved.snapshot(editionId, versionId)
    if (!snapshot) throw missing(versionId)
    return snapshot
  }
  const liveSnapshot = (editionId: string) =>
    rooms.read(editionDocName(editionId), (doc) => readEdition(doc).value)

  return new Hono<AppEnv>()
    .get('/api/editions/:id/versions', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, MEMBERS)
      const body: VersionList = { versions: await store.list(editionId) }
      return c.json(body)
    })
    .post('/api/editions/:id/versions', async (c) => {
      const editionId = c.req.param('id')
      const caller = await requireRole(c, access, editionId, EDITORS)
      const { name } = await readBody(c, SaveVersionSchema)
      // The state as committed: an update the room holds but the database may
      // still refuse is not saved (rooms.read waits for the commits under way).
      const state = await rooms.read(editionDocName(editionId), (doc) => Y.encodeStateAsUpdate(doc))
      const id = newId()
      await store.save({
        id,
        editionId,
        name,
        authorId: caller.personId,
        authorName: c.get('principal')?.name ?? '',
        state,
      })
      return c.json({ id }, 201)
    })
    .get('/api/editions/:id/versions/:versionId/diff', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, MEMBERS)
      const before = await snapshotOf(editionId, c.req.param('versionId'))
      const to = c.req.query('to') ?? NOW
      const after = to === NOW ? await liveSnapshot(editionId) : await snapshotOf(editionId, to)
      return c.json({ changes: diffProgrammes(before, after) })
    })
    .get('/api/editions/:id/versions/:versionId', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, MEMBERS)
      // The preview: the version's edition as plain values, read-only.
      const versionId = c.req.param('versionId')
      const snapshot = await saved.snapshotJson(editionId, versionId)
      if (snapshot === null) throw missing(versionId)
      return c.body(snapshot, 200, { 'Content-Type': 'application/json; charset=UTF-8' })
    })
    .post('/api/editions/:id/versions/:versionId/publish', async (c) => {
      const editionId = c.req.param('id')
      const caller = await requireRole(c, access, editionId, [Role.Owner])
      const versionId = c.req.param('versionId')
      // The notice to the registered is queued with the publication itself.
      const published = await store.publish(editionId, versionId, async (at) =>
        sends
          ? sends.changeNoticeStatements(
              editionId,
              await liveSnapshot(editionId),
              versionId,
              at,
              caller.personId,
            )
          : [],
      )
      if (!published) throw missing(versionId)
      sends?.queued()
      return c.body(null, 204)
    })
    .post('/api/editions/:id/versions/:versionId/restore', async (c) => {
      const editionId = c.req.param('id')
      const caller = await requireRole(c, access, editionId, EDITORS)
      if (caller.readOnlyEdition) {
        throw new AppError(400, ErrorCode.BadRequest, 'this edition is a record: it is not changed')
      }
      const version = await snapshotOf(editionId, c.req.param('versionId'))
      await rooms.change(
        editionDocName(editionId),
        (doc) => restoreProgramme(doc, version, SERVER_ORIGIN),
        memberActor(c, caller),
      )
      return c.body(null, 204)
    })
}
