import { fileURLToPath } from 'node:url'

/** The checkout the bench runs in: servers start there, results are written there. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
