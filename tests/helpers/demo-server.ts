import { afterEach } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import type { EditionSeed } from '../../server/editions/seed'
import { applyStored } from '../../server/sync/doc-store'
import { LibsqlDocStore } from '../../server/sync/libsql-doc-store'
import { startServer, type TestServer } from './start-server'

/**
 * The demo's editions alone, without the form and the directory that come
 * with the 8th: for tests that start from no form or an empty directory.
 */
export const DEMO_EDITIONS_ONLY: readonly EditionSeed[] = DEMO_SEEDS.map(
  ({ id, readOnly, fill }) => ({ id, readOnly, fill }),
)

/**
 * For a test file whose tests each start a server of the demo editions:
 * `server()` starts one, stopped and removed after its test, as is each
 * thing registered with `afterTest`.
 */
export function demoServers(): {
  server(): Promise<TestServer>
  afterTest(cleanup: () => Promise<void> | void): void
} {
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })
  return {
    async server() {
      const started = await startServer({ seeds: DEMO_SEEDS })
      cleanups.push(async () => {
        await started.close()
        started.cleanup()
      })
      return started
    },
    afterTest: (cleanup) => cleanups.push(cleanup),
  }
}

/** What the database holds of `docName` once every queued update is written, in a fresh document. */
export async function storedDoc(s: TestServer, docName: string): Promise<Y.Doc> {
  await s.kaigi.writer.drain()
  const doc = new Y.Doc()
  applyStored(doc, await new LibsqlDocStore(s.kaigi.database).load(docName))
  return doc
}
