import { createResource, onCleanup } from 'solid-js'
import type { Version } from '../../../shared/versions'
import { useAuth } from '../access/auth'
import { fetchVersions } from './api'

/**
 * How often an open Versions or Export tab asks for the list again: another
 * member may have saved or published a version meanwhile. Versions live in
 * the database, not in the synced document, so no edit brings them.
 */
const REFRESH_MS = 15_000

/**
 * The edition's versions, newest first, kept up to date while the view is
 * open: every 15 s while the page is visible, and at once when it becomes
 * visible again.
 */
export function createVersionList(editionId: () => string) {
  const auth = useAuth()
  // A refresh that fails (the network coming back) keeps the list shown: only
  // a first load that fails is an error to show.
  let shown: { editionId: string; versions: Version[] } | null = null
  const [versions, { refetch }] = createResource(editionId, async (id) => {
    try {
      const versions = await auth.guard(fetchVersions(id))
      shown = { editionId: id, versions }
      return versions
    } catch (error) {
      if (shown?.editionId === id) return shown.versions
      throw error
    }
  })
  const refresh = () => {
    if (document.visibilityState === 'visible') void refetch()
  }
  const timer = setInterval(refresh, REFRESH_MS)
  document.addEventListener('visibilitychange', refresh)
  onCleanup(() => {
    clearInterval(timer)
    document.removeEventListener('visibilitychange', refresh)
  })
  return { versions, refetch }
}

/** The version in force as the published programme: the latest published. */
export const latestPublished = (versions: readonly Version[]): Version | null =>
  versions
    .filter((version) => version.publishedAt !== null)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))[0] ?? null
