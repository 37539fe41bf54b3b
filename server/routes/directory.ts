import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import {
  DIRECTORY_HEADINGS,
  DirectoryColumn,
  type DirectoryImportReport,
  type DirectoryList,
} from '../../shared/directory'
import { ErrorCode } from '../../shared/errors'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { csvGrid, sheetOf, xlsxGrid } from '../directory/directory-sheet'
import { DirectoryStore } from '../directory/directory-store'
import { planImport } from '../directory/import-plan'
import { csvWithBom } from '../export/csv'
import { requirePrincipal } from '../middleware/session'

const COLUMNS = Object.values(DirectoryColumn)

/**
 * The directory holds contact details: editors and owners of any edition
 * read and write it; viewers and anyone else are refused.
 */
async function requireDirectoryAccess(c: Context<AppEnv>, access: AccessStore): Promise<void> {
  const principal = requirePrincipal(c)
  if (principal.admin) return
  const { memberships } = await access.me(principal)
  if (!memberships.some((each) => each.role === Role.Owner || each.role === Role.Editor)) {
    throw new AppError(403, ErrorCode.Forbidden, 'only editors and owners may see the directory')
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The spreadsheet sent as the body: CSV, or an Excel workbook (its first sheet). */
async function readSheet(c: Context<AppEnv>) {
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

/** The directory of collectivités: list, import with a preview, export. */
export function directoryRoutes(database: Database, access: AccessStore) {
  const store = new DirectoryStore(database.db)

  const plan = async (c: Context<AppEnv>) => {
    await requireDirectoryAccess(c, access)
    const sheet = await readSheet(c)
    return planImport(sheet, await store.entries())
  }

  return new Hono<AppEnv>()
    .get('/api/directory', async (c) => {
      await requireDirectoryAccess(c, access)
      const body: DirectoryList = { collectivites: await store.list() }
      return c.json(body)
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
      for (const each of await store.list()) {
        const collectivite = [each.nameFr, each.nameJa, each.country, each.kind, each.address]
        if (each.contacts.length === 0) rows.push([...collectivite, '', '', '', ''])
        for (const contact of each.contacts) {
          rows.push([
            ...collectivite,
            contact.name,
            contact.function,
            contact.email,
            contact.language,
          ])
        }
      }
      return c.body(csvWithBom(rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="directory.csv"',
      })
    })
}
