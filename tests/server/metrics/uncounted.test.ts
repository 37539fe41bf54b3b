import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * Opens the metrics in a Node process of its own (this one has loaded
 * prom-client already) and tells whether prom-client was loaded, and what
 * a committed batch and a refusal left in `/metrics`' text.
 */
function openIn(token: string | undefined): { promClient: boolean; rendered: string } {
  const script = `
    import { createRequire } from 'node:module'
    import { openMetrics } from './server/metrics/metrics.ts'
    const metrics = await openMetrics(${JSON.stringify(token)})
    metrics.batchCommitted([0.001])
    metrics.refused('upgrade')
    const rendered = await metrics.render()
    const loaded = Object.keys(createRequire(import.meta.url).cache)
    console.log(JSON.stringify({ promClient: loaded.some((file) => file.includes('/prom-client/')), rendered }))
  `
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  )
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout)
}

describe('metrics', () => {
  it('are not counted, and prom-client is never loaded, without a scraper’s token', () => {
    expect(openIn(undefined)).toEqual({ promClient: false, rendered: '' })
  })

  it('are counted with prom-client for a scraper holding the token', () => {
    const opened = openIn('a-scraper-token-0123456789')
    expect(opened.promClient).toBe(true)
    expect(opened.rendered).toContain('kaigi_updates_accepted_total 1')
    expect(opened.rendered).toContain('kaigi_sync_refusals_total{reason="upgrade"} 1')
  })
})
