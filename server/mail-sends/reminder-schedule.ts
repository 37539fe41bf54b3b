import type { RowWrite } from '../../db/row-write'
/**
 * The reminder on the day the committees choose: its messages are queued
 * when they choose it, each due at 09:00 that day on the edition's clocks
 * (the mail worker takes none before it is due), so that the outbox itself
 * keeps the schedule and a restart loses nothing. A collectivité that
 * registers meanwhile has its pending reminder withdrawn in the same
 * transaction as its registration; choosing another day replaces the
 * pending ones.
 */
import { type EditionSnapshot, zonedToInstant } from '../../shared/doc/edition'
import { ErrorCode } from '../../shared/errors'
import { MessageState, type OutboxSend, SendKind } from '../../shared/mail'
import { AppError } from '../app-error'

/** The hour a chosen day's reminder is due, on the edition's clocks. */
export const REMINDER_TIME = '09:00'

/** The moment the reminder of `day` is due; 400 unless it is after `now` and before the deadline. */
export function reminderInstant(
  day: string,
  edition: EditionSnapshot,
  deadline: Date,
  now: number,
): Date {
  const at = zonedToInstant(day, REMINDER_TIME, edition.meta.timeZone)
  const refuse = (message: string) =>
    new AppError(400, ErrorCode.InvalidInput, message, [{ path: 'day', message }])
  if (at.getTime() <= now) throw refuse(`the reminder's day ${day} has passed`)
  if (at.getTime() >= deadline.getTime()) {
    throw refuse(`the reminder's day ${day} is not before the form's deadline`)
  }
  return at
}

/** A reminder message not yet tried and not claimed: it may still be withdrawn. */
const PENDING = `state = '${MessageState.Queued}' AND attempts = 0 AND lease_until IS NULL
  AND send_id IN (SELECT id FROM outbox_sends WHERE kind = '${SendKind.Reminder}' AND edition_id = ?)`

/** The reminder sends left with no message once theirs are withdrawn. */
const emptySends = (editionId: string): RowWrite => ({
  sql: `DELETE FROM outbox_sends WHERE edition_id = ? AND kind = '${SendKind.Reminder}'
    AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.send_id = outbox_sends.id)`,
  args: [editionId],
})

/** Withdraws the scheduled reminders of the edition (those due after `now`). */
export function cancelScheduled(editionId: string, now: number): RowWrite[] {
  return [
    {
      sql: `DELETE FROM outbox_messages WHERE ${PENDING} AND next_attempt_at > ?`,
      args: [editionId, now],
    },
    emptySends(editionId),
  ]
}

/** Withdraws a collectivité's pending reminder: it has registered. */
export function cancelFor(editionId: string, collectiviteId: string): RowWrite[] {
  return [
    {
      sql: `DELETE FROM outbox_messages WHERE ${PENDING} AND collectivite_id = ?`,
      args: [editionId, collectiviteId],
    },
    emptySends(editionId),
  ]
}

/** Makes send `sendId`'s messages due at `at`. */
export const dueAt = (sendId: string, at: Date): RowWrite => ({
  sql: 'UPDATE outbox_messages SET next_attempt_at = ? WHERE send_id = ?',
  args: [at.getTime(), sendId],
})

/** The reminder waiting for its day, as the outbox lists it: when, and to how many. */
export function scheduledReminder(
  sends: readonly OutboxSend[],
  now: number,
): { at: string; count: number } | null {
  for (const send of sends) {
    if (send.kind !== SendKind.Reminder) continue
    const waiting = send.messages.filter(
      (message) =>
        message.state === MessageState.Queued &&
        message.attempts === 0 &&
        message.nextAttemptAt !== null &&
        new Date(message.nextAttemptAt).getTime() > now,
    )
    const first = waiting[0]
    if (first?.nextAttemptAt) return { at: first.nextAttemptAt, count: waiting.length }
  }
  return null
}
