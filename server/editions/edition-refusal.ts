import { EditionError, EditionErrorCode } from '../../shared/doc/edition'
import { ErrorCode } from '../../shared/errors'
import { AppError } from '../app-error'

/**
 * A refused edit of an edition as the HTTP answer that names what is wrong
 * (400 with the fields); anything else as it is.
 */
export function editionRefusal(error: unknown): unknown {
  if (!(error instanceof EditionError)) return error
  if (
    error.code === EditionErrorCode.InvalidInput ||
    error.code === EditionErrorCode.UnknownReference
  ) {
    return new AppError(400, ErrorCode.InvalidInput, error.message, error.issues)
  }
  return error
}
