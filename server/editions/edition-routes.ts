import { Hono } from 'hono'
import * as Y from 'yjs'
import type { Database } from '../../db'
import { canEdit, type Me } from '../../shared/access'
import {
  copyEditionStructure,
  EditionError,
  type EditionSnapshot,
  initEdition,
  readEdition,
} from '../../shared/doc/edition'
import {
  type CreatedEdition,
  CreateEditionSchema,
  type EditionList,
  editionDocName,
} from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { readBody } from '../http/read-body'
import { requirePrincipal } from '../http/session'
import { createLogger, type Logger } from '../logger'
import { applyStored, type DocStore, type DocumentRecords } from '../sync/doc-store'
import { SERVER_ORIGIN } from '../sync/room-deps'
import { EditionStore } from './edition-store'
import { firstSnapshot } from './seed'
import { SummaryCache } from './summaries'

/**
 * `GET /api/editions`: the editions, newest (highest number) first, each with
 * its document name and summary; editions without valid metadata last.
 * `POST /api/editions`: creates an edition from its number, title, host city
 * and country, time zone and dates; with `copyFrom`, started from the
 * structure of an edition the caller can see (copy.ts says what is copied).
 */
export function editionRoutes(
  database: Database,
  store: DocStore,
  documents: DocumentRecords,
  access: AccessStore,
  log: Logger = createLogger('silent'),
  summaries = new SummaryCache(store, documents, log),
) {
  const editions = new EditionStore(database)
  return new Hono<AppEnv>()
    .get('/api/editions', async (c) => {
      const roles = visibleRoles(await access.members.me(requirePrincipal(c)))
      const rows = await editions.all()
      const listed = await Promise.all(
        rows.flatMap((row) => {
          const role = roles.get(row.id)
          if (!role) return []
          return [
            (async () => ({
              id: row.id,
              docName: row.docName,
              readOnly: row.readOnly,
              role,
              createdAt: row.createdAt.toISOString(),
              summary: await summaries.of(row.docName),
            }))(),
          ]
        }),
      )
      const number = (item: EditionList['editions'][number]) => item.summary?.number ?? 0
      const body: EditionList = { editions: listed.sort((a, b) => number(b) - number(a)) }
      return c.json(body)
    })
    .post('/api/editions', async (c) => {
      const principal = requirePrincipal(c)
      const me = await access.members.me(principal)
      if (!me.person.admin && !me.memberships.some((m) => canEdit(m.role))) {
        throw new AppError(403, ErrorCode.Forbidden, 'viewers cannot create editions')
      }
      const { copyFrom, ...init } = await readBody(c, CreateEditionSchema)
      // Checked before anything is created: an edition one cannot see is one that does not exist.
      if (copyFrom !== undefined && !visibleRoles(me).has(copyFrom)) {
        throw new AppError(404, ErrorCode.NotFound, `no edition ${copyFrom}`)
      }
      const source = copyFrom === undefined ? null : await committedEdition(store, copyFrom)
      const id = await freeId(
        editions,
        documents,
        `${slug(init.hostCity.fr)}-${init.year ?? init.startDate?.slice(0, 4) ?? 'draft'}`,
      )
      const fill = (doc: Y.Doc) => {
        initEdition(doc, init, SERVER_ORIGIN)
        if (source === null) return
        copyEditionStructure(
          source,
          doc,
          SERVER_ORIGIN,
          init.startDate ?? null,
          init.endDate ?? null,
        )
      }
      try {
        const first = firstSnapshot({ id, fill })
        const now = new Date()
        // Its creator owns it, in the same transaction as the edition itself.
        await documents.create(
          [first],
          [
            editions.newRow({ id, docName: first.docName, readOnly: false }, now),
            access.members.ownerRow(id, principal.personId, now),
          ],
        )
      } catch (error) {
        if (error instanceof EditionError) {
          throw new AppError(400, ErrorCode.InvalidInput, error.message, error.issues)
        }
        throw error
      }
      const body: CreatedEdition = { id, docName: editionDocName(id) }
      return c.json(body, 201)
    })
}

/** The caller's role in each edition they may see: the editions `GET /api/editions` lists. */
const visibleRoles = (me: Me) => new Map(me.memberships.map((m) => [m.editionId, m.role]))

/**
 * Edition `id` as its document is committed: all that anyone has been shown
 * of it, since an edit is relayed only once committed.
 */
async function committedEdition(store: DocStore, id: string): Promise<EditionSnapshot> {
  const doc = new Y.Doc()
  try {
    applyStored(doc, await store.load(editionDocName(id)))
    return readEdition(doc).value
  } finally {
    doc.destroy()
  }
}

/** A URL-friendly form of a city's French name: "Aix-en-Provence" → "aix-en-provence". */
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48) || 'edition'

/**
 * `wanted`, or `wanted-2`, `wanted-3`… the first that no edition has and
 * whose document name holds nothing yet.
 */
async function freeId(
  editions: EditionStore,
  documents: DocumentRecords,
  wanted: string,
): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? wanted : `${wanted}-${n}`
    if (!(await editions.exists(id)) && !(await documents.holds(editionDocName(id)))) return id
  }
}
