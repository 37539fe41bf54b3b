/** Presence colours, readable on white and told apart from each other. */
const PALETTE = [
  '#b3443c',
  '#2f6db5',
  '#3f8a4f',
  '#8a5bb5',
  '#b5761f',
  '#21867f',
  '#b54a86',
  '#5b6b8a',
] as const

/** A person's colour, the same in every browser: derived from their id. */
export function personColor(personId: string): string {
  let hash = 0
  for (let i = 0; i < personId.length; i++) hash = (hash * 31 + personId.charCodeAt(i)) | 0
  return PALETTE[Math.abs(hash) % PALETTE.length] as string
}
