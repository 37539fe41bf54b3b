import type { z } from 'zod'
import type { ErrorBody, FieldIssue } from '../../shared/errors'

/** A refusal from the API: its HTTP status, error code, message and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The finer reason of a refusal, if the server gave one. */
    readonly reason: string | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Whether `error` says that nobody is signed in on this browser (an API answered 401). */
export const isUnauthorized = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401

/**
 * Calls the API at `path` and parses its answer with `schema` (none for an
 * empty answer). A refusal becomes an `ApiError`; a network failure stays a
 * `TypeError`, which callers tell apart from a refusal.
 */
export async function callApi<T>(
  path: string,
  schema: z.ZodType<T> | null,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null
    throw new ApiError(
      response.status,
      body?.error?.code ?? null,
      body?.error?.message ?? `${init.method ?? 'GET'} ${path}: ${response.status}`,
      body?.error?.issues ?? [],
      body?.error?.reason ?? null,
    )
  }
  if (schema === null) return undefined as T
  return schema.parse(await response.json())
}
