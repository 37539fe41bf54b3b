import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildClient } from '../../scripts/client-build'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The client built once for this run's browser tests (see `useBrowserSuite`). */
    clientDir?: string
  }
}

/**
 * The global setup of the browser tests' project: builds the client once
 * for every browser test file of a `vitest run`, into a folder of its own
 * that no other run shares, and removes it after the run. A run without
 * browser test files never starts this project, and builds nothing.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const clientDir = mkdtempSync(join(tmpdir(), 'kaigi-client-'))
  const remove = () => rmSync(clientDir, { recursive: true, force: true })
  try {
    await buildClient(clientDir)
  } catch (error) {
    remove()
    throw error
  }
  project.provide('clientDir', clientDir)
  return remove
}
