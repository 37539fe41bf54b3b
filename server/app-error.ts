import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorBody, ErrorCode, FieldIssue } from '../shared/errors'

/** The one error type of the HTTP API, turned into a response by `onError`. */
export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly reason?: string,
  ) {
    super(message)
  }

  toBody(): ErrorBody {
    const issues = this.issues.length > 0 ? { issues: [...this.issues] } : {}
    const reason = this.reason ? { reason: this.reason } : {}
    return { error: { code: this.code, message: this.message, ...issues, ...reason } }
  }
}
