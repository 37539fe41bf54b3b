import { createSignal } from 'solid-js'
import type { DirectoryCollectivite } from '../../../shared/directory'
import { fetchDirectory } from './directory-api'

// One copy of the directory for all the cards of an edition's collectivités,
// asked again only after a change made from one of them.
const [version, setVersion] = createSignal(0)
let cached: { version: number; entries: Promise<DirectoryCollectivite[]> } | null = null

/** A number that changes whenever the shared copy is out of date: a resource's source. */
export const directoryVersion = version

/** The directory, fetched once per version. */
export function sharedDirectory(): Promise<DirectoryCollectivite[]> {
  const now = version()
  if (cached?.version !== now) {
    const entries = fetchDirectory()
    // A failure is not kept: the next card asks again.
    entries.catch(() => {
      if (cached?.entries === entries) cached = null
    })
    cached = { version: now, entries }
  }
  return cached.entries
}

/** Marks the shared copy out of date (an entry added from a card). */
export const refreshDirectory = () => setVersion((n) => n + 1)
