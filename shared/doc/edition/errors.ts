import type { FieldIssue } from '../../errors'

/**
 * The one error the edition's mutators throw. They check everything before
 * writing, so a thrown EditionError means the document did not change.
 */

export const EditionErrorCode = {
  /** The input does not match the schema (see `issues`). */
  InvalidInput: 'invalid_input',
  /** The entry to change does not exist (another member may have deleted it). */
  NotFound: 'not_found',
  /** The input refers to an entry that does not exist. */
  UnknownReference: 'unknown_reference',
  /** An entry with the requested id already exists. */
  AlreadyExists: 'already_exists',
  /** The entry is still used elsewhere (a collectivité named by persons): merge or detach first. */
  InUse: 'in_use',
  /** The edition's metadata was already written. */
  AlreadyInitialized: 'already_initialized',
  /** The document was written by a newer version of Kaigi: changing it could lose data. */
  UnsupportedSchemaVersion: 'unsupported_schema_version',
} as const
export type EditionErrorCode = (typeof EditionErrorCode)[keyof typeof EditionErrorCode]

/** One problem in an input, at `path` ('durationMinutes', 'title.ja'). */
/** One problem in an input, at `path` ('durationMinutes', 'title.ja'), as the HTTP errors carry it. */
export type InputIssue = FieldIssue

/** A refused edit: its code, a message for logs, and the input's issues for a form. */
export class EditionError extends Error {
  override name = 'EditionError'
  constructor(
    readonly code: EditionErrorCode,
    message: string,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message)
  }
}
