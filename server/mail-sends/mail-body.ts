/**
 * A message's body as paragraphs, written once and given both as plain
 * text and as HTML: the same words in each part, links clickable in HTML,
 * a list of lines kept as lines.
 */

/** One block of a message: a paragraph, a link with its label, or lines kept apart. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'lines'; lines: string[] }

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text })
export const link = (label: string, url: string): Block => ({ kind: 'link', label, url })
export const lines = (each: string[]): Block => ({ kind: 'lines', lines: each })

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')

/** The blocks as plain text, a blank line between each. */
export function textOf(blocks: readonly Block[]): string {
  return `${blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return block.text
        case 'link':
          return `${block.label}\n${block.url}`
        default:
          return block.lines.join('\n')
      }
    })
    .join('\n\n')}\n`
}

/** The blocks as an HTML document in `lang`, each paragraph's own line ends kept. */
export function htmlOf(blocks: readonly Block[], lang: string): string {
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${escapeHtml(block.text).replaceAll('\n', '<br>')}</p>`
        case 'link':
          return `<p>${escapeHtml(block.label)}<br><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></p>`
        default:
          return `<ul>${block.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
      }
    })
    .join('\n')
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>\n`
}
