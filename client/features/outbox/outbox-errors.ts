import { ErrorCode } from '../../../shared/errors'
import { ApiError } from '../../lib/api'
import type { OutboxMessages } from './outbox-messages'

/** Why a send was refused, in the reader's language where Kaigi knows the reason. */
export function refusalText(failure: unknown, m: OutboxMessages): string {
  const detail = failure instanceof Error ? failure.message : String(failure)
  if (!(failure instanceof ApiError)) return m.refused(detail)
  if (failure.code === ErrorCode.FormClosed) return m.formClosed
  if (failure.code === ErrorCode.LetterIncomplete) return m.incomplete(detail)
  return m.refused(detail)
}
