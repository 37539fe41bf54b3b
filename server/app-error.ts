import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorBody, ErrorCode } from '../shared/errors'

/** The one error type of the HTTP API, turned into a response by `onError`. */
export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } }
  }
}
