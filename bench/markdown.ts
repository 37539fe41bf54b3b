/**
 * Markdown tables padded into columns, so one rendering reads well both in
 * the terminal and pasted into the README.
 */
export function table(
  header: string[],
  rows: string[][],
  align: Array<'left' | 'right'> = [],
): string {
  const widths = header.map((cell, i) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  )
  const pad = (cell: string, i: number) =>
    (align[i] ?? (i === 0 ? 'left' : 'right')) === 'left'
      ? cell.padEnd(widths[i] ?? 0)
      : cell.padStart(widths[i] ?? 0)
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`
  const rule = widths.map((width, i) =>
    (align[i] ?? (i === 0 ? 'left' : 'right')) === 'left'
      ? `:${'-'.repeat(width - 1)}`
      : `${'-'.repeat(width - 1)}:`,
  )
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n')
}

/** Milliseconds with sensible precision. */
export const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1)
export const seconds = (value: number): string => value.toFixed(2)
export const mebibytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0)
export const count = (value: number): string => Math.round(value).toLocaleString('en-US')
export const ratio = (value: number): string => `${value.toFixed(2)}x`
export const percent = (share: number): string => `${Math.round(share * 100)}%`
/** A CPU share in cores (1.00 = one core busy all the time). */
export const cores = (share: number): string => `${share.toFixed(2)} cores`
