/** The path `/device/<token>`: the one-time link that signs another device in. */
const DEVICE_PATH = /^\/device\/([^/]+)\/?$/

/** The token of a device link in `url`, or null if `url` is no such page. */
export function deviceTokenOf(url: URL): string | null {
  const part = DEVICE_PATH.exec(url.pathname)?.[1]
  if (part === undefined) return null
  try {
    return decodeURIComponent(part) || null
  } catch {
    return null
  }
}
