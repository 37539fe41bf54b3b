import type { InStatement, InValue } from '@libsql/client'
import Libsql from 'libsql'

type Connection = InstanceType<typeof Libsql>
/** A statement prepared once, with whether it returns rows (the driver asks SQLite each time). */
interface Prepared {
  statement: ReturnType<Connection['prepare']>
  returnsRows: boolean
}
type DriverValue = string | number | bigint | Uint8Array | null

/** Prepared statements kept: the log's inserts and upserts take few shapes. */
const PREPARED_KEPT = 64

/**
 * The connection that writes every edit of a local database file, and the
 * mail worker's claims.
 *
 * @libsql/client compiles each statement it is given anew and learns by a
 * caught exception that an INSERT returns no rows: an edit's one-row
 * commit, 30 ms after the last, took p50 0.74 ms through it against 0.60
 * through a statement prepared once, on the same file (about 0.14 ms of
 * CPU too). So the hot writes go through libSQL's own driver, the one the
 * client itself wraps, on a connection of their own with the same pragmas,
 * and keep their statements prepared.
 *
 * A second connection to the file is safe here: both are driven from this
 * one thread, and neither holds a transaction across an `await` (the
 * client's batches run to their end synchronously, as these writes do), so
 * the two never wait on each other's lock. A write is visible to the
 * client's next read, which starts a read transaction of its own.
 */
export class LocalWriter {
  private connection: Connection | null = null
  private readonly prepared = new Map<string, Prepared>()
  private closed = false

  constructor(
    private readonly path: string,
    private readonly pragmas: readonly string[],
  ) {}

  /** Writes `statements` in one transaction: all of them, or none. */
  write(statements: readonly InStatement[]): void {
    const connection = this.open()
    const [only] = statements
    // One statement is atomic by itself.
    if (only && statements.length === 1) {
      this.run(connection, only)
      return
    }
    connection.exec('BEGIN IMMEDIATE')
    try {
      for (const statement of statements) this.run(connection, statement)
      connection.exec('COMMIT')
    } catch (error) {
      this.rollBack(connection)
      throw error
    }
  }

  /**
   * Runs one writing statement that returns rows (`RETURNING`), by itself
   * atomic, and gives its rows, each by column name.
   */
  writeReturning(statement: InStatement): Record<string, DriverValue>[] {
    return this.run(this.open(), statement)
  }

  /** Closes the connection; a write from then on fails, as the client's do. */
  close(): void {
    this.closed = true
    this.drop()
  }

  /**
   * Leaves a failed transaction. A connection that cannot is dropped, so
   * that the next write opens one that is in none; the write's own error
   * is the one its caller hears.
   */
  private rollBack(connection: Connection): void {
    try {
      if (connection.inTransaction) connection.exec('ROLLBACK')
    } catch {
      this.drop()
    }
  }

  private drop(): void {
    this.prepared.clear()
    this.connection?.close()
    this.connection = null
  }

  /** Opened at the first write: a start that writes nothing pays nothing. */
  private open(): Connection {
    if (this.closed) throw new Error('the database is closed')
    if (this.connection) return this.connection
    const connection = new Libsql(this.path)
    try {
      for (const pragma of this.pragmas) connection.exec(pragma)
    } catch (error) {
      connection.close()
      throw error
    }
    this.connection = connection
    return connection
  }

  /** Runs `statement`; its rows if it returns any, none otherwise. */
  private run(connection: Connection, statement: InStatement): Record<string, DriverValue>[] {
    const { sql, args = [] } = typeof statement === 'string' ? { sql: statement } : statement
    const prepared = this.statement(connection, sql)
    let bound: DriverValue[] | Record<string, DriverValue>
    if (Array.isArray(args)) bound = args.map(driverValue)
    else {
      bound = {}
      // The client accepts names with their sigil; the driver wants them bare.
      for (const [name, value] of Object.entries(args)) {
        bound[/^[@$:]/.test(name) ? name.slice(1) : name] = driverValue(value)
      }
    }
    // A statement that returns rows (RETURNING) is done only once they are
    // all read: run() would leave it, and its write transaction, open.
    if (prepared.returnsRows) return prepared.statement.all(bound) as Record<string, DriverValue>[]
    prepared.statement.run(bound)
    return []
  }

  private statement(connection: Connection, sql: string): Prepared {
    const kept = this.prepared.get(sql)
    if (kept) return kept
    const statement = connection.prepare(sql)
    const prepared = { statement, returnsRows: statement.reader }
    if (this.prepared.size >= PREPARED_KEPT) {
      // The oldest goes: a Map iterates in insertion order.
      const [oldest] = this.prepared.keys()
      if (oldest !== undefined) this.prepared.delete(oldest)
    }
    this.prepared.set(sql, prepared)
    return prepared
  }
}

/** A value as @libsql/client would bind it (its `intMode` left at "number"). */
function driverValue(value: InValue | undefined): DriverValue {
  if (value === undefined) throw new TypeError('undefined cannot be written to the database')
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError('only finite numbers can be written to the database')
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.valueOf()
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  return value
}
