/** What a test sends to the HTTP API: JSON body, the cookie and Origin a browser would. */
export interface ApiRequest {
  method?: string
  body?: unknown
  cookie?: string
  origin?: string
}

/** A request to the API of the server at `baseUrl`, as the app's pages make it. */
export function apiRequest(
  baseUrl: string,
  path: string,
  init: ApiRequest = {},
): Promise<Response> {
  const headers: Record<string, string> = {}
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.cookie) headers.cookie = init.cookie
  if (init.origin) headers.origin = init.origin
  return fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
}
