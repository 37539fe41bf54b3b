/**
 * `npm run backup -- <file>`: writes a consistent copy of the database of
 * DATABASE_URL to <file> while the server runs (SQLite's VACUUM INTO), then
 * prints the file, its size and each table's row count.
 */
import { backupDatabase } from '../server/operations/backup'
import { OperationRefused } from '../server/operations/database-file'

const DEFAULT_DATABASE_URL = 'file:./data/kaigi.db'
const target = process.argv[2]
if (!target || process.argv.length > 3) {
  console.error('usage: npm run backup -- <new file>')
  process.exit(1)
}
try {
  const report = await backupDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, target)
  console.log(`Backup written to ${report.file} (${report.bytes} bytes)`)
  for (const { table, count } of report.rows) console.log(`  ${table}: ${count} rows`)
} catch (error) {
  console.error(
    `backup refused: ${error instanceof OperationRefused ? error.message : String(error)}`,
  )
  process.exit(1)
}
