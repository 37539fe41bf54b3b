/**
 * CSV (RFC 4180) for the committees' spreadsheets: a field holding a comma,
 * a quote or a line break is quoted, its quotes doubled; lines end in CRLF.
 * The UTF-8 byte-order mark makes Excel read Japanese right.
 */
const NEEDS_QUOTES = /[",\r\n]/

const field = (value: string): string =>
  NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value

export function csvWithBom(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}
