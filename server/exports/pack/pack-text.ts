/** The pack's texts from a job: the filled letter and its paragraphs, the edition's title. */
import type { LocalizedText } from '../../../shared/doc/edition'
import { letterFacts } from '../../../shared/letters/letter-facts'
import { fillLetter, type LetterFacts, letterText } from '../../../shared/letters/letter-fields'
import { textIn } from '../programme-view'
import { type LetterBlock, letterBlocks } from './letter-blocks'
import type { PackJob } from './pack-job'

/** A text in the letter's language, or in the other where it has none. */
export const inLang = (text: LocalizedText, lang: PackJob['lang']): string =>
  textIn(text, lang).trim()

export interface FilledLetterView {
  /** The letterhead: the edition's title. */
  head: string
  /** The file's title. */
  subject: string
  facts: LetterFacts
  blocks: LetterBlock[]
}

/**
 * The job's letter, filled: its paragraphs as written. Throws on a field
 * without a value (the server checks first: this is the last guard).
 */
export function filledLetter(job: PackJob): FilledLetterView {
  const facts = letterFacts(job.edition, job.inputs, job.lang)
  const template = job.edition.meta.letter[job.lang]
  const filled = fillLetter(template, facts)
  if (filled.missing.length > 0 || filled.unknown.length > 0 || template.trim() === '') {
    throw new Error(
      `the letter is incomplete: ${[...filled.missing, ...filled.unknown].join(', ')}`,
    )
  }
  const head = inLang(job.edition.meta.title, job.lang)
  const recipient = job.inputs.recipient
  const to = recipient ? inLang(recipient.name, job.lang) : ''
  return {
    head,
    subject: to ? `${head} — ${to}` : head,
    facts,
    blocks: letterBlocks(letterText(filled), facts, job.lang),
  }
}
