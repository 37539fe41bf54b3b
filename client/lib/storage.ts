/** The slice of `localStorage` the stores use; also easy to fake. */
export interface KeyValueStore {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
}

/**
 * `localStorage`, or a map in memory where the browser refuses it (a private
 * window, storage disabled): the page still works, it only forgets.
 */
export function browserStorage(): KeyValueStore {
  const memory = new Map<string, string>()
  const attempt = <T>(action: (storage: Storage) => T, fallback: () => T): T => {
    try {
      return action(window.localStorage)
    } catch {
      return fallback()
    }
  }
  return {
    get: (key) =>
      attempt(
        (storage) => storage.getItem(key),
        () => memory.get(key) ?? null,
      ),
    set: (key, value) =>
      attempt(
        (storage) => storage.setItem(key, value),
        () => void memory.set(key, value),
      ),
    remove: (key) =>
      attempt(
        (storage) => storage.removeItem(key),
        () => void memory.delete(key),
      ),
  }
}
