/** Presence colours, told apart from each other, each at least 4.5:1 against white: as text on white and under white text (a name chip). */
const PALETTE = [
  '#b3443c',
  '#2f6db5',
  '#397e48',
  '#8a5bb5',
  '#9f6719',
  '#1f8079',
  '#b54a86',
  '#5b6b8a',
] as const

/** A person's colour, the same in every browser: derived from their id. */
export function personColor(personId: string): string {
  let hash = 0
  for (let i = 0; i < personId.length; i++) hash = (hash * 31 + personId.charCodeAt(i)) | 0
  return PALETTE[Math.abs(hash) % PALETTE.length] as string
}
