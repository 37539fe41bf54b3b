import { CsvError, parse } from 'csv-parse/sync'
import { InvalidInputError, InvalidSpreadsheetError, readSheet } from 'read-excel-file/node'
import {
  DIRECTORY_HEADINGS,
  DirectoryColumn,
  MAX_DIRECTORY_ROWS,
  REQUIRED_DIRECTORY_COLUMNS,
} from '../../shared/directory'
import { ErrorCode } from '../../shared/errors'
import { AppError } from '../app-error'

/** A row of the committees' spreadsheet: its row number (the headings are row 1) and its cells by column. */
export interface SheetRow {
  line: number
  cells: Partial<Record<DirectoryColumn, string>>
}

/** A read spreadsheet: the columns it has, and its rows. */
export interface Sheet {
  columns: ReadonlySet<DirectoryColumn>
  rows: SheetRow[]
}

/** A heading as compared: full-width brackets and spaces folded (NFKC), no case, no spaces. */
const headingKey = (heading: string) => heading.normalize('NFKC').toLowerCase().replace(/\s+/g, '')

const COLUMN_OF_HEADING = new Map<string, DirectoryColumn>(
  Object.values(DirectoryColumn).flatMap((column) =>
    DIRECTORY_HEADINGS[column].map((heading) => [headingKey(heading), column] as const),
  ),
)

/** The export's `'` before a cell a spreadsheet would run as a formula: read back, it goes. */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/

/**
 * Reads the grid of a spreadsheet (CSV or Excel) as directory rows: the
 * first row names the columns, in French, Japanese or English; a column of
 * another name is ignored; an empty row is skipped but keeps its number.
 * A file without the required columns, with a column twice, or too long is
 * refused whole.
 */
export function sheetOf(grid: readonly (readonly string[])[]): Sheet {
  const [headings = [], ...body] = grid
  const positions = new Map<DirectoryColumn, number>()
  headings.forEach((heading, index) => {
    const column = COLUMN_OF_HEADING.get(headingKey(heading))
    if (!column) return
    if (positions.has(column)) {
      throw new AppError(400, ErrorCode.InvalidInput, `the column "${heading}" appears twice`, [
        { path: column, message: 'this column appears twice', code: 'duplicate_column' },
      ])
    }
    positions.set(column, index)
  })
  const missing = REQUIRED_DIRECTORY_COLUMNS.filter((column) => !positions.has(column))
  if (missing.length > 0) {
    throw new AppError(
      400,
      ErrorCode.InvalidInput,
      `the file lacks the columns ${missing.map((column) => DIRECTORY_HEADINGS[column][0]).join(', ')}`,
      missing.map((column) => ({
        path: column,
        message: `no column "${DIRECTORY_HEADINGS[column][0]}"`,
        code: 'missing_column',
      })),
    )
  }
  if (body.length > MAX_DIRECTORY_ROWS) {
    throw new AppError(
      400,
      ErrorCode.InvalidInput,
      `the file has ${body.length} rows: at most ${MAX_DIRECTORY_ROWS} are read at once`,
    )
  }
  const rows: SheetRow[] = []
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return
    const row: SheetRow = { line: index + 2, cells: {} }
    for (const [column, position] of positions) {
      row.cells[column] = (cells[position] ?? '').replace(ESCAPED_FORMULA, '').trim()
    }
    rows.push(row)
  })
  return { columns: new Set(positions.keys()), rows }
}

/** The grid of a CSV file (comma or semicolon separated, as French spreadsheets save it). */
export function csvGrid(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true }) as string[][]
  } catch (error) {
    if (error instanceof CsvError) {
      throw new AppError(
        400,
        ErrorCode.InvalidInput,
        `the file is not a readable CSV: ${error.message}`,
      )
    }
    throw error
  }
}

/** The grid of the first sheet of an Excel workbook (.xlsx); a number or date cell reads as text. */
export async function xlsxGrid(bytes: Buffer): Promise<string[][]> {
  try {
    const data = await readSheet(bytes)
    return data.map((row) =>
      row.map((cell) => {
        if (cell === null) return ''
        if (cell instanceof Date) return cell.toISOString().slice(0, 10)
        return String(cell)
      }),
    )
  } catch (error) {
    if (error instanceof InvalidSpreadsheetError || error instanceof InvalidInputError) {
      throw new AppError(
        400,
        ErrorCode.InvalidInput,
        `the file is not a readable workbook: ${error.message}`,
      )
    }
    throw error
  }
}
