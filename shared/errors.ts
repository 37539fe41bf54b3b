/** Error codes carried in `{ error: { code, message } }` HTTP responses. */
export const ErrorCode = {
  BadRequest: 'bad_request',
  InvalidInput: 'invalid_input',
  InvalidDocName: 'invalid_doc_name',
  NotFound: 'not_found',
  /** No valid session: sign in through an invitation link. */
  Unauthorized: 'unauthorized',
  /** Signed in, but this person's role does not allow it. */
  Forbidden: 'forbidden',
  /** The invitation link is unknown, expired, revoked or used up. */
  InvitationInvalid: 'invitation_invalid',
  /** A state-changing request from another site's page. */
  CrossOrigin: 'cross_origin',
  TooManyRequests: 'too_many_requests',
  /** The meeting takes no suggestions now: its chair closed the intake. */
  IntakeClosed: 'intake_closed',
  /** The participation form's deadline has passed. */
  FormClosed: 'form_closed',
  /** What is asked would leave something pointing at nothing (unlink it first), or make a second of one thing. */
  InUse: 'in_use',
  PayloadTooLarge: 'payload_too_large',
  /** An invitation pack's file lacks a fact (a letter's field without a value, an empty template). */
  LetterIncomplete: 'letter_incomplete',
  NotReady: 'not_ready',
  Internal: 'internal',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** One problem in a request body, at `path` ('title.ja'), for a form to show beside its field. */
export interface FieldIssue {
  path: string
  message: string
  /**
   * What is wrong, for a form to say it in the reader's language: zod's
   * issue code ('too_small', 'too_big', 'invalid_format', 'invalid_type',
   * 'invalid_value', 'unrecognized_keys', 'custom') or a refusal of Kaigi's.
   */
  code?: string
}

/** The issues of a failed zod parse, one per wrong field. */
export function fieldIssues(error: {
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>
}): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }))
}

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode
    message: string
    issues?: FieldIssue[]
    /** A finer reason within `code`, for a page to word it (an invitation's `InvitationProblem`). */
    reason?: string
  }
}
