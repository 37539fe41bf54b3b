/** What a test sends to the HTTP API: JSON body, the cookie and Origin a browser would. */
export interface ApiRequest {
  method?: string
  body?: unknown
  cookie?: string
  origin?: string
}

/** An app that answers requests in the process, without a socket (Hono's `app.request`). */
export interface InProcessApp {
  request(path: string, init: RequestInit): Response | Promise<Response>
}

/**
 * A request to the API, as the app's pages make it: to the server at
 * `target` (a base URL), or to the app itself in the process, for a route
 * whose test needs no socket.
 */
export async function apiRequest(
  target: string | InProcessApp,
  path: string,
  init: ApiRequest = {},
): Promise<Response> {
  const headers: Record<string, string> = {}
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.cookie) headers.cookie = init.cookie
  if (init.origin) headers.origin = init.origin
  const request: RequestInit = {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  }
  return typeof target === 'string'
    ? fetch(`${target}${path}`, request)
    : target.request(path, request)
}
