import type { Context } from 'hono'
import type { z } from 'zod'
import { ErrorCode, fieldIssues } from '../../shared/errors'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'

/** Parses a JSON body with `schema`, or refuses it naming each wrong field. */
export async function readBody<T extends z.ZodType>(
  c: Context<AppEnv>,
  schema: T,
): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await c.req.json().catch(() => undefined))
  if (!parsed.success) {
    throw new AppError(
      400,
      ErrorCode.InvalidInput,
      'invalid request body',
      fieldIssues(parsed.error),
    )
  }
  return parsed.data
}
