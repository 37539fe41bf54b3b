import type { ContactLanguage } from '../../../shared/directory'
import type { EditionSnapshot } from '../../../shared/doc/edition'
import type { LetterInputs } from '../../../shared/letters/letter-inputs'
import type { PackFile } from '../../../shared/letters/pack'
import type { ProgrammeView } from '../programme-view'

/**
 * What the export thread is asked to make of one collectivité's pack: the
 * live edition, what the server gathered for its letter, the language, and
 * which of the five files. The server has checked, before asking, that the
 * letter lacks no field (pack-check.ts): the thread only lays out.
 */
export interface PackJob {
  edition: EditionSnapshot
  inputs: LetterInputs
  lang: ContactLanguage
  files: readonly PackFile[]
  /** The programme as of now, for `programme.pdf` only. */
  view?: ProgrammeView
  /** When the files are made: their creation date. */
  at: Date
}

/** The files of a job, by name. */
export type PackFiles = Partial<Record<PackFile, Uint8Array>>

/** A zip's files: their paths inside it, and their bytes. */
export type ZipEntries = Record<string, Uint8Array>
