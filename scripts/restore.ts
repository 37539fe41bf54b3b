/**
 * `npm run restore -- <file>`: with Kaigi stopped, sets the database of
 * DATABASE_URL aside (`<name>.before-restore-<time>`) and puts the backup
 * <file> in its place; `npm start` then migrates it if it is older.
 */
import { OperationRefused } from '../server/operations/database-file'
import { restoreDatabase } from '../server/operations/restore'

const DEFAULT_DATABASE_URL = 'file:./data/kaigi.db'
const file = process.argv[2]
if (!file || process.argv.length > 3) {
  console.error('usage: npm run restore -- <backup file>')
  process.exit(1)
}
try {
  const report = await restoreDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, file)
  console.log(
    `Restored ${file} as ${report.database} (${report.migrations} migrations applied in it)`,
  )
  if (report.setAside) console.log(`The database it replaced is kept as ${report.setAside}`)
  console.log('Start Kaigi (npm start): it applies any newer migrations.')
} catch (error) {
  console.error(
    `restore refused: ${error instanceof OperationRefused ? error.message : String(error)}`,
  )
  process.exit(1)
}
