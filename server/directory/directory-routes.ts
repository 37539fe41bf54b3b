import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import {
  DIRECTORY_ENTRY_LINKED,
  DIRECTORY_HEADINGS,
  DirectoryCollectiviteFieldsSchema,
  DirectoryColumn,
  type DirectoryEntryResponse,
  type DirectoryImportReport,
  type DirectoryList,
} from '../../shared/directory'
import { readEdition } from '../../shared/doc/edition'
import { ErrorCode } from '../../shared/errors'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { EditionStore } from '../editions/edition-store'
import type { SummaryCache } from '../editions/summaries'
import { csvWithBom } from '../exports/csv'
import { readBody } from '../http/read-body'
import { requirePrincipal } from '../http/session'
import type { RoomRegistry } from '../sync/room-registry'
import { DirectoryStore } from './directory-store'
import { matchKey, planImport } from './import-plan'

const COLUMNS = Object.values(DirectoryColumn)

/** Why a new entry is refused (409): the directory has it already; the issue names it by its id. */
export const DIRECTORY_ENTRY_EXISTS = 'directory_entry_exists'

/**
 * The directory holds contact details: editors and owners of any edition
 * read and write it; viewers and anyone else are refused.
 */
async function requireDirectoryAccess(c: Context<AppEnv>, access: AccessStore): Promise<void> {
  const principal = requirePrincipal(c)
  if (principal.admin) return
  const { memberships } = await access.members.me(principal)
  if (!memberships.some((each) => each.role === Role.Owner || each.role === Role.Editor)) {
    throw new AppError(403, ErrorCode.Forbidden, 'only editors and owners may see the directory')
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The spreadsheet sent as the body: CSV, or an Excel workbook (its first sheet). */
async function readSheet(c: Context<AppEnv>) {
  // The spreadsheet readers load with the first import, not at start.
  const { csvGrid, sheetOf, xlsxGrid } = await import('./directory-sheet')
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === XLSX) {
    const bytes = Buffer.from(await c.req.arrayBuffer())
    if (bytes.length === 0) throw new AppError(400, ErrorCode.InvalidInput, 'the file is empty')
    return sheetOf(await xlsxGrid(bytes))
  }
  if (type !== 'text/csv') {
    throw new AppError(400, ErrorCode.BadRequest, `send the spreadsheet as text/csv or ${XLSX}`)
  }
  const text = await c.req.text()
  if (text.trim() === '') throw new AppError(400, ErrorCode.InvalidInput, 'the file is empty')
  return sheetOf(csvGrid(text))
}

/** The editions of Kaigi by number and back, from their committed documents. */
interface EditionNumbers {
  /** Each edition's number, by its id. */
  ofId: Map<string, number>
  /** The edition of each number: the first created when two say the same. */
  ofNumber: Map<number, string>
  docNames: string[]
}

/** The directory of collectivités: list, create, change, delete, import with a preview, export. */
export function directoryRoutes(
  database: Database,
  access: AccessStore,
  rooms: RoomRegistry,
  summaries: SummaryCache,
) {
  const store = new DirectoryStore(database.db)

  const editionNumbers = async (): Promise<EditionNumbers> => {
    // Oldest first: of two editions with one number, the first made keeps it.
    const rows = await new EditionStore(database).all()
    const numbers: EditionNumbers = { ofId: new Map(), ofNumber: new Map(), docNames: [] }
    for (const row of rows) {
      numbers.docNames.push(row.docName)
      const number = (await summaries.of(row.docName))?.number
      if (number === undefined) continue
      numbers.ofId.set(row.id, number)
      if (!numbers.ofNumber.has(number)) numbers.ofNumber.set(number, row.id)
    }
    return numbers
  }

  const plan = async (c: Context<AppEnv>) => {
    await requireDirectoryAccess(c, access)
    const sheet = await readSheet(c)
    return planImport(sheet, await store.entries(), (await editionNumbers()).ofNumber)
  }

  const entryAnswer = async (id: string): Promise<DirectoryEntryResponse> => {
    const collectivite = await store.get(id, (await editionNumbers()).ofId)
    if (!collectivite) throw new AppError(404, ErrorCode.NotFound, `no directory entry ${id}`)
    return { collectivite }
  }

  /** Refuses a second entry of the same collectivité: same French or Japanese name, same country. */
  const requireNoTwin = async (
    fields: { nameFr: string; nameJa: string; country: string },
    self: string | null,
  ) => {
    const twin = (await store.entries()).find(
      (entry) =>
        entry.id !== self &&
        entry.country === fields.country &&
        ((fields.nameFr !== '' && matchKey(fields.nameFr) === matchKey(entry.nameFr)) ||
          (fields.nameJa !== '' && matchKey(fields.nameJa) === matchKey(entry.nameJa))),
    )
    if (!twin) return
    throw new AppError(
      409,
      ErrorCode.InUse,
      `the directory has this collectivité already (${twin.nameFr || twin.nameJa})`,
      [{ path: twin.id, message: 'the entry of the same name', code: DIRECTORY_ENTRY_EXISTS }],
      DIRECTORY_ENTRY_EXISTS,
    )
  }

  return new Hono<AppEnv>()
    .get('/api/directory', async (c) => {
      await requireDirectoryAccess(c, access)
      const body: DirectoryList = {
        collectivites: await store.list((await editionNumbers()).ofId),
      }
      return c.json(body)
    })
    .post('/api/directory', async (c) => {
      await requireDirectoryAccess(c, access)
      const fields = await readBody(c, DirectoryCollectiviteFieldsSchema)
      await requireNoTwin(fields, null)
      const id = await store.create(fields)
      return c.json(await entryAnswer(id), 201)
    })
    .put('/api/directory/:id', async (c) => {
      await requireDirectoryAccess(c, access)
      const id = c.req.param('id')
      const fields = await readBody(c, DirectoryCollectiviteFieldsSchema)
      if (!(await store.get(id))) {
        throw new AppError(404, ErrorCode.NotFound, `no directory entry ${id}`)
      }
      await requireNoTwin(fields, id)
      if (!(await store.update(id, fields))) {
        throw new AppError(404, ErrorCode.NotFound, `no directory entry ${id}`)
      }
      return c.json(await entryAnswer(id))
    })
    .delete('/api/directory/:id', async (c) => {
      await requireDirectoryAccess(c, access)
      const id = c.req.param('id')
      // An edition's collectivité linked to it would lose its letters' recipient
      // without a word: the link is undone on its card first, where it is seen.
      const linked: string[] = []
      for (const docName of (await editionNumbers()).docNames) {
        const names = await rooms.read(docName, (doc) =>
          readEdition(doc)
            .value.collectivites.filter((each) => each.directoryId === id)
            .map((each) => `${docName}/${each.id}`),
        )
        linked.push(...names)
      }
      if (linked.length > 0) {
        throw new AppError(
          409,
          ErrorCode.InUse,
          `${linked.length} collectivités of editions link to this entry: unlink them first`,
          linked.map((path) => ({
            path,
            message: 'links to this entry',
            code: DIRECTORY_ENTRY_LINKED,
          })),
          DIRECTORY_ENTRY_LINKED,
        )
      }
      if (!(await store.remove(id))) {
        throw new AppError(404, ErrorCode.NotFound, `no directory entry ${id}`)
      }
      return c.body(null, 204)
    })
    .post('/api/directory/import/preview', async (c) => {
      const { report } = await plan(c)
      const body: DirectoryImportReport = report
      return c.json(body)
    })
    .post('/api/directory/import', async (c) => {
      // The refused rows are left out; what is written is written in one batch.
      const { report, writes } = await plan(c)
      await store.apply(writes)
      const body: DirectoryImportReport = report
      return c.json(body)
    })
    .get('/api/directory/export.csv', async (c) => {
      await requireDirectoryAccess(c, access)
      const rows: string[][] = [COLUMNS.map((column) => DIRECTORY_HEADINGS[column][0] ?? column)]
      for (const each of await store.list((await editionNumbers()).ofId)) {
        const collectivite = [each.nameFr, each.nameJa, each.country, each.kind, each.address]
        const numbers = each.editions.flatMap((edition) =>
          edition.number === null ? [] : [String(edition.number)],
        )
        const editionsCell = numbers.join('; ')
        if (each.contacts.length === 0) rows.push([...collectivite, '', '', '', '', editionsCell])
        for (const contact of each.contacts) {
          rows.push([
            ...collectivite,
            contact.name,
            contact.function,
            contact.email,
            contact.language,
            editionsCell,
          ])
        }
      }
      return c.body(csvWithBom(rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="directory.csv"',
      })
    })
}
