/**
 * CSV (RFC 4180) for the committees' spreadsheets: a field holding a comma,
 * a quote or a line break is quoted, its quotes doubled; lines end in CRLF.
 * The UTF-8 byte-order mark makes Excel read Japanese right.
 */
const NEEDS_QUOTES = /[",\r\n]/

/** What a spreadsheet would run as a formula: such a field gets a leading `'`. */
const FORMULA = /^[=+\-@\t\r]/

function field(raw: string): string {
  // Public forms fill these cells: "=HYPERLINK(…)" must stay text in Excel.
  const value = FORMULA.test(raw) ? `'${raw}` : raw
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export function csvWithBom(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}
